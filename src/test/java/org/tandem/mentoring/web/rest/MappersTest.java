package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.web.PropertiesI18n;

public class MappersTest {

    private final PropertiesI18n i18n = new PropertiesI18n("/i18n/tandem.properties");
    private final RefusalMapper refusals = new RefusalMapper(i18n);
    private final FailureMapper failures = new FailureMapper(i18n);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void refusal_shouldAnswerEachKindWithItsStatus() throws Exception {
        assertEquals(403, refusals.toResponse(new Refusal.Forbidden("tandem.programme.admin.error.forbidden"))
                .getStatus());
        assertEquals(404, refusals.toResponse(new Refusal.NotFound("tandem.programme.admin.error.not-found", "8"))
                .getStatus());
        Response conflict = refusals.toResponse(new Refusal.Conflict("tandem.programme.admin.error.stale"));
        assertEquals(409, conflict.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, conflict.getMediaType());
        JsonNode body = body(conflict);
        assertEquals(409, body.get("status").asInt());
        assertEquals(i18n.getText("tandem.programme.admin.error.stale"), body.get("message").asText());
        assertNull(body.get("fieldErrors"));
        assertNull(body.get("id"));
    }

    @Test
    public void invalid_shouldDescribeEveryFieldAndPutKeyArgumentsInWords() throws Exception {
        Response response = refusals.toResponse(new Refusal.Invalid("tandem.programme.admin.error.phase.illegal",
                List.of("tandem.programme.phase.matching", "tandem.programme.phase.archived"),
                Map.of("durationMonths", FieldError.of("tandem.programme.admin.error.duration.range", 1, 36))));

        assertEquals(400, response.getStatus());
        JsonNode body = body(response);
        assertEquals("A programme cannot move from Matching to Archived.", body.get("message").asText());
        JsonNode field = body.get("fieldErrors").get("durationMonths");
        assertEquals("tandem.programme.admin.error.duration.range", field.get("key").asText());
        assertEquals(i18n.getText("tandem.programme.admin.error.duration.range", 1, 36), field.get("message").asText());
    }

    @Test
    public void malformedBody_shouldBeA400InTheSameShape() throws Exception {
        Refusal refusal = org.junit.Assert.assertThrows(Refusal.class, () -> JsonBody.read("[", "tandem.enrol.error."));

        JsonNode body = body(refusals.toResponse(refusal));

        assertEquals(400, body.get("status").asInt());
        assertEquals(i18n.getText(JsonBody.MALFORMED), body.get("message").asText());
        assertEquals(0, body.get("fieldErrors").size());
    }

    @Test
    public void unexpected_shouldAnswer500WithAnIdAndNoDetails() throws Exception {
        Response response = failures.toResponse(new IllegalStateException("disk full at Store.java:12"));

        assertEquals(500, response.getStatus());
        String text = json.writeValueAsString(response.getEntity());
        assertFalse(text, text.contains("Store.java") || text.contains("IllegalStateException"));
        JsonNode body = json.readTree(text);
        assertEquals(500, body.get("status").asInt());
        String id = body.get("id").asText();
        assertEquals(36, id.length());
        assertEquals(i18n.getText(FailureMapper.UNEXPECTED, id), body.get("message").asText());
        assertTrue(body.get("message").asText().contains(id));
    }

    @Test
    public void frameworkErrors_shouldKeepTheirStatusInTheSameShape() throws Exception {
        Response unsupported = failures.toResponse(new NotSupportedException());
        assertEquals(415, unsupported.getStatus());
        assertEquals(i18n.getText("tandem.rest.error.media-type"), body(unsupported).get("message").asText());
        assertEquals(415, body(unsupported).get("status").asInt());

        Response notFound = failures.toResponse(new NotFoundException());
        assertEquals(404, notFound.getStatus());
        assertEquals(i18n.getText("tandem.rest.error.not-found"), body(notFound).get("message").asText());

        Response notAllowed = failures.toResponse(new NotAllowedException("POST", new String[] {"PUT"}));
        assertEquals(405, notAllowed.getStatus());
        assertTrue(notAllowed.getHeaderString("Allow").contains("POST"));
        assertNull(body(notAllowed).get("id"));
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree(json.writeValueAsString(response.getEntity()));
    }
}
