package org.tandem.mentoring.web.rest.themes;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.admin.DefaultTaxonomyService;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/themes/default}: the default learning-theme taxonomy for Confluence administrators
 * (the service decides who may). JSON only, so no XSRF token (a cross-site form cannot send JSON without a CORS
 * preflight); every call needs a Confluence administrator ({@link AdminOnly}: anyone else gets 403 at once) in a
 * secure session ({@link WebSudoRequired}).
 *
 * <p>Refusals: {@code {"status": 400, "message": "...", "fieldErrors": {"name": {"key": "...", "message": "..."}}}},
 * and 403, 404, 409 (stale version or theme in use) with {@code status} and {@code message}.
 */
@Named
@Path("/themes/default")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class DefaultThemesResource {

    private static final String PREFIX = "tandem.admin.themes.error.";

    private final DefaultTaxonomyService taxonomy;
    private final I18nResolver i18n;

    public DefaultThemesResource(DefaultTaxonomyService taxonomy, I18nResolver i18n) {
        this.taxonomy = taxonomy;
        this.i18n = i18n;
    }

    /** 200: {@code {"categories": [{"code", "label", "themes": [{"id", "version", "category", "name"}]}]}}. */
    @GET
    public Response list() {
        return Json.ok(categories(taxonomy.list()));
    }

    /** 201 with the new theme; body {@code {"category": "...", "name": "..."}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String category = body.text("category");
        String name = body.text("name");
        body.requireValid();
        return Json.created(theme(taxonomy.add(category, name)));
    }

    /** 200 with the renamed theme; body {@code {"version": n, "name": "..."}}. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rename(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version("tandem.admin.themes.error.version");
        String name = body.text("name");
        body.requireValid();
        return Json.ok(theme(taxonomy.rename(id, version, name)));
    }

    /** 204 when removed. */
    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") int id) {
        taxonomy.remove(id);
        return Response.noContent().build();
    }

    private Map<String, Object> categories(List<LearningTheme> themes) {
        Map<String, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
        for (LearningTheme theme : themes) {
            byCategory.computeIfAbsent(theme.category(), code -> new ArrayList<>()).add(theme(theme));
        }
        List<Map<String, Object>> categories = new ArrayList<>();
        byCategory.forEach((code, list) -> {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("code", code);
            category.put("label", label(code));
            category.put("themes", list);
            categories.add(category);
        });
        return Map.of("categories", categories);
    }

    /** The i18n name of a known category code, the code itself for a category an administrator typed in. */
    private String label(String code) {
        return DefaultLearningThemes.byCategory().containsKey(code)
                ? i18n.getText("tandem.theme.category." + code) : code;
    }

    private static Map<String, Object> theme(LearningTheme theme) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", theme.id());
        json.put("version", theme.version());
        json.put("category", theme.category());
        json.put("name", theme.name());
        return json;
    }
}
