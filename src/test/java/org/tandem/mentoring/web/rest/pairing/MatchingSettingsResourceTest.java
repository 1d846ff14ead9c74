package org.tandem.mentoring.web.rest.pairing;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.tandem.mentoring.web.rest.RestPipeline.json;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.pairing.MatchPreview;
import org.tandem.mentoring.service.pairing.PairingRefusals;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.service.pairing.PairingSettings;
import org.tandem.mentoring.web.rest.RestPipeline;

/** The matching settings over REST: the JSON both ways, type errors per field, and the service's refusals. */
public class MatchingSettingsResourceTest {

    private final PairingSettings settings = mock(PairingSettings.class);
    private final PairingRuns runs = mock(PairingRuns.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final MatchingSettingsResource resource = new MatchingSettingsResource(settings, runs);
    private final ObjectMapper mapper = new ObjectMapper();

    @Before
    public void setUp() {
        when(i18n.getText(anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> "text:" + call.getArgument(0));
    }

    private static Map<String, Object> weights(int themes) {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion.name(), criterion == Criterion.THEME_FIT ? themes : 1);
        }
        return weights;
    }

    @Test
    public void save_shouldPassEveryFieldOnAndAnswerWithTheStoredSettings() throws Exception {
        Map<Criterion, Integer> expected = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            expected.put(criterion, criterion == Criterion.THEME_FIT ? 40 : 1);
        }
        when(settings.save(7, 3, Objective.MOST_MATCHED, expected, true))
                .thenReturn(new MatchingSettings(7, Objective.MOST_MATCHED, expected, true, 4));

        Response response = call(() -> resource.save(7, json(Map.of("version", 3, "objective", "most-matched",
                "weights", weights(40), "excludeSameManagerPeers", true))));

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertEquals(4, body.get("version").asInt());
        assertEquals("MOST_MATCHED", body.get("objective").asText());
        assertEquals(40, body.get("weights").get("THEME_FIT").asInt());
        assertEquals(true, body.get("excludeSameManagerPeers").asBoolean());
        assertEquals(MatchingSettings.MAX_WEIGHT, body.get("maxWeight").asInt());
    }

    @Test
    public void save_shouldNameEachMistypedFieldAndCallNothing() throws Exception {
        Map<String, Object> weights = weights(10);
        weights.put("LANGUAGE", "lots");
        Response bad = call(() -> resource.save(7, json(Map.of("version", 0, "weights", weights))));
        Response notAnObject = call(() -> resource.save(7, json(Map.of("version", 0, "objective", "SOMETIMES",
                "weights", "heavy"))));

        assertEquals(400, bad.getStatus());
        assertEquals("tandem.pairing.error.type.number",
                body(bad).get("fieldErrors").get("LANGUAGE").get("key").asText());
        assertEquals(400, notAnObject.getStatus());
        JsonNode fields = body(notAnObject).get("fieldErrors");
        assertEquals("tandem.pairing.error.type.object", fields.get("weights").get("key").asText());
        assertEquals("tandem.pairing.error.objective.invalid", fields.get("objective").get("key").asText());
        verify(settings, never()).save(anyInt(), anyInt(), any(), anyMap(), anyBoolean());
    }

    @Test
    public void endpoints_shouldAnswerTheServicesRefusals() {
        when(settings.settings(7)).thenThrow(new Refusal.Forbidden(PairingRefusals.FORBIDDEN + "not-coordinator"));
        when(settings.save(eq(8), anyInt(), any(), anyMap(), anyBoolean()))
                .thenThrow(new Refusal.Conflict(PairingRefusals.STALE));
        when(runs.preview(9)).thenThrow(PairingRefusals.programmeNotFound(9));

        assertEquals(403, call(() -> resource.settings(7)).getStatus());
        assertEquals(409, call(() -> resource.save(8, json(Map.of("version", 1, "objective", "BEST_TOTAL_SCORE",
                "weights", weights(1))))).getStatus());
        assertEquals(404, call(() -> resource.preview(9)).getStatus());
    }

    @Test
    public void preview_shouldGiveTheCount() throws Exception {
        when(runs.preview(7)).thenReturn(new MatchPreview(3, 5));

        JsonNode body = body(call(() -> resource.preview(7)));

        assertEquals(3, body.get("matchable").asInt());
        assertEquals(5, body.get("mentees").asInt());
    }

    private JsonNode body(Response response) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(response.getEntity()));
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
