package org.tandem.mentoring.web.rest.themes;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.admin.DefaultTaxonomyService;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.web.rest.RestPipeline;

public class DefaultThemesResourceTest {

    private final PropertiesI18n i18n = new PropertiesI18n();
    private DefaultTaxonomyService taxonomy;
    private DefaultThemesResource resource;

    @Before
    public void setUp() {
        taxonomy = mock(DefaultTaxonomyService.class);
        resource = new DefaultThemesResource(taxonomy, i18n);
    }

    private static JsonNode json(Response response) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        return mapper.readTree(mapper.writeValueAsString(response.getEntity()));
    }

    @Test
    public void list_shouldGroupByCategoryWithI18nNamesForKnownCodesAndRawTextForNewOnes() throws Exception {
        when(taxonomy.list()).thenReturn(List.of(new LearningTheme(1, 1, null, "struggling", "Delegating"),
                new LearningTheme(2, 4, null, "Remote <work>", "Time zones"),
                new LearningTheme(3, 1, null, "struggling", "Prioritising")));

        Response response = call(() -> resource.list());

        assertEquals(200, response.getStatus());
        JsonNode categories = json(response).get("categories");
        assertEquals(2, categories.size());
        assertEquals("struggling", categories.get(0).get("code").asText());
        assertEquals(i18n.getText("tandem.theme.category.struggling"), categories.get(0).get("label").asText());
        assertEquals(2, categories.get(0).get("themes").size());
        assertEquals("Prioritising", categories.get(0).get("themes").get(1).get("name").asText());
        assertEquals("Remote <work>", categories.get(1).get("label").asText());
        assertEquals(4, categories.get(1).get("themes").get(0).get("version").asInt());
    }

    @Test
    public void add_shouldAnswer201WithTheTheme() throws Exception {
        when(taxonomy.add("struggling", "Saying no")).thenReturn(new LearningTheme(5, 1, null, "struggling",
                "Saying no"));

        Response response = call(() -> resource.add(RestPipeline.json(Map.of("category", "struggling", "name", "Saying no"))));

        assertEquals(201, response.getStatus());
        JsonNode body = json(response);
        assertEquals(5, body.get("id").asInt());
        assertEquals("Saying no", body.get("name").asText());
    }

    @Test
    public void add_shouldAnswer400WithFieldErrorsNextToTheFields() throws Exception {
        when(taxonomy.add(anyString(), anyString())).thenThrow(new Refusal.Invalid("tandem.admin.themes.error.invalid", Map.of("name", FieldError.of("tandem.admin.themes.error.too-long", "255"))));

        Response response = call(() -> resource.add(RestPipeline.json(Map.of("category", "struggling", "name", "x".repeat(256)))));

        assertEquals(400, response.getStatus());
        JsonNode body = json(response);
        assertEquals(400, body.get("status").asInt());
        assertEquals(i18n.getText("tandem.admin.themes.error.invalid"), body.get("message").asText());
        assertEquals("tandem.admin.themes.error.too-long", body.get("fieldErrors").get("name").get("key").asText());
        assertEquals("At most 255 characters.", body.get("fieldErrors").get("name").get("message").asText());
    }

    @Test
    public void add_shouldAnswer403ToSomebodyWhoIsNotAnAdmin() throws Exception {
        when(taxonomy.add("struggling", "X")).thenThrow(new Refusal.Forbidden("tandem.admin.themes.error.forbidden"));

        Response response = call(() -> resource.add(RestPipeline.json(Map.of("category", "struggling", "name", "X"))));

        assertEquals(403, response.getStatus());
        assertEquals(i18n.getText("tandem.admin.themes.error.forbidden"), json(response).get("message").asText());
        assertNull(json(response).get("fieldErrors"));
    }

    @Test
    public void add_shouldPassNonTextValuesAsMissing() {
        when(taxonomy.add(null, null)).thenThrow(new Refusal.Invalid("tandem.admin.themes.error.invalid", Map.of("category", FieldError.of("tandem.admin.themes.error.required", "255"))));

        assertEquals(400, call(() -> resource.add(RestPipeline.json(Map.of("category", 3, "name", List.of())))).getStatus());
        assertEquals(400, call(() -> resource.add(RestPipeline.json(null))).getStatus());
    }

    @Test
    public void rename_shouldAnswer200WithTheNewVersion() throws Exception {
        when(taxonomy.rename(7, 3, "Handing over")).thenReturn(new LearningTheme(7, 4, null, "struggling",
                "Handing over"));

        Response response = call(() -> resource.rename(7, RestPipeline.json(Map.of("version", 3, "name", "Handing over"))));

        assertEquals(200, response.getStatus());
        assertEquals(4, json(response).get("version").asInt());
    }

    @Test
    public void rename_shouldAnswer400WithoutAVersion() throws Exception {
        Response response = call(() -> resource.rename(7, RestPipeline.json(Map.of("version", "3", "name", "Handing over"))));

        assertEquals(400, response.getStatus());
        assertEquals("tandem.admin.themes.error.version",
                json(response).get("fieldErrors").get("version").get("key").asText());
        verifyNoInteractions(taxonomy);
    }

    @Test
    public void rename_shouldAnswer409WhenStaleAnd404WhenMissing() throws Exception {
        when(taxonomy.rename(7, 2, "A")).thenThrow(new Refusal.Conflict("tandem.admin.themes.error.stale"));
        when(taxonomy.rename(99, 1, "A"))
                .thenThrow(new Refusal.NotFound("tandem.admin.themes.error.not-found"));

        Response stale = call(() -> resource.rename(7, RestPipeline.json(Map.of("version", 2, "name", "A"))));
        Response missing = call(() -> resource.rename(99, RestPipeline.json(Map.of("version", 1, "name", "A"))));

        assertEquals(409, stale.getStatus());
        assertEquals(i18n.getText("tandem.admin.themes.error.stale"), json(stale).get("message").asText());
        assertEquals(404, missing.getStatus());
        assertEquals(404, json(missing).get("status").asInt());
    }

    @Test
    public void remove_shouldAnswer204() {
        Response response = call(() -> resource.remove(8));

        assertEquals(204, response.getStatus());
        assertFalse(response.hasEntity());
        verify(taxonomy).remove(8);
    }

    @Test
    public void remove_shouldAnswer409WithAClearMessageWhileSomebodyHasChosenTheTheme() throws Exception {
        doThrow(new Refusal.Conflict("tandem.admin.themes.error.in-use")).when(taxonomy).remove(7);

        Response response = call(() -> resource.remove(7));

        assertEquals(409, response.getStatus());
        assertEquals(i18n.getText("tandem.admin.themes.error.in-use"), json(response).get("message").asText());
    }

    @Test
    public void remove_shouldAnswer500WithoutDetailsWhenSomethingUnexpectedFails() throws Exception {
        doThrow(new IllegalStateException("database down")).when(taxonomy).remove(anyInt());

        Response response = call(() -> resource.remove(7));

        assertEquals(500, response.getStatus());
        assertEquals(i18n.getText("tandem.rest.error.unexpected", json(response).get("id").asText()),
                json(response).get("message").asText());
    }

    @Test
    public void resource_shouldNeedAnAdministratorInASecureSessionAndSpeakJsonOnly() throws Exception {
        Class<DefaultThemesResource> type = DefaultThemesResource.class;
        assertEquals("/themes/default", type.getAnnotation(Path.class).value());
        assertNotNull(type.getAnnotation(AdminOnly.class));
        assertNotNull(type.getAnnotation(WebSudoRequired.class));
        assertArrayEquals(new String[] {MediaType.APPLICATION_JSON}, type.getAnnotation(Produces.class).value());
        assertNotNull(type.getMethod("list").getAnnotation(GET.class));
        assertNotNull(type.getMethod("add", String.class).getAnnotation(POST.class));
        assertArrayEquals(new String[] {MediaType.APPLICATION_JSON},
                type.getMethod("add", String.class).getAnnotation(Consumes.class).value());
        assertNotNull(type.getMethod("rename", int.class, String.class).getAnnotation(PUT.class));
        assertArrayEquals(new String[] {MediaType.APPLICATION_JSON},
                type.getMethod("rename", int.class, String.class).getAnnotation(Consumes.class).value());
        assertEquals("/{id}", type.getMethod("rename", int.class, String.class).getAnnotation(Path.class).value());
        assertNotNull(type.getMethod("remove", int.class).getAnnotation(DELETE.class));
        assertEquals("/{id}", type.getMethod("remove", int.class).getAnnotation(Path.class).value());
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
