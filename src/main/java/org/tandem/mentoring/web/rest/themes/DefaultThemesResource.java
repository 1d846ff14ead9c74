package org.tandem.mentoring.web.rest.themes;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.admin.AdminNotAllowedException;
import org.tandem.mentoring.service.admin.DefaultTaxonomyService;
import org.tandem.mentoring.service.admin.TaxonomyException;

/**
 * {@code /rest/tandem/1.0/themes/default}: the default learning-theme taxonomy for Confluence administrators
 * (the service decides who may). JSON only, so no XSRF token (a cross-site form cannot send JSON without a CORS
 * preflight); every call needs a secure administrator session ({@link WebSudoRequired}).
 *
 * <p>Refusals: {@code {"status": 400, "message": "...", "fieldErrors": {"name": {"key": "...", "message": "..."}}}},
 * and 403, 404, 409 (stale version or theme in use) with {@code status} and {@code message}.
 */
@Named
@Path("/themes/default")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
@WebSudoRequired
public class DefaultThemesResource {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultThemesResource.class);

    private final DefaultTaxonomyService taxonomy;
    private final I18nResolver i18n;

    public DefaultThemesResource(DefaultTaxonomyService taxonomy, I18nResolver i18n) {
        this.taxonomy = taxonomy;
        this.i18n = i18n;
    }

    /** 200: {@code {"categories": [{"code", "label", "themes": [{"id", "version", "category", "name"}]}]}}. */
    @GET
    public Response list() {
        return respond(Response.Status.OK, () -> categories(taxonomy.list()));
    }

    /** 201 with the new theme; body {@code {"category": "...", "name": "..."}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Map<String, Object> body) {
        Map<String, Object> values = body == null ? Map.of() : body;
        return respond(Response.Status.CREATED,
                () -> theme(taxonomy.add(text(values.get("category")), text(values.get("name")))));
    }

    /** 200 with the renamed theme; body {@code {"version": n, "name": "..."}}. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rename(@PathParam("id") int id, Map<String, Object> body) {
        Map<String, Object> values = body == null ? Map.of() : body;
        if (!(values.get("version") instanceof Integer version)) {
            return error(Response.Status.BAD_REQUEST, i18n.getText("tandem.admin.themes.error.invalid"),
                    Map.of("version", field("tandem.admin.themes.error.version")));
        }
        return respond(Response.Status.OK, () -> theme(taxonomy.rename(id, version, text(values.get("name")))));
    }

    /** 204 when removed. */
    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") int id) {
        return respond(Response.Status.NO_CONTENT, () -> {
            taxonomy.remove(id);
            return null;
        });
    }

    private Response respond(Response.Status status, Supplier<Object> work) {
        try {
            Object entity = work.get();
            Response.ResponseBuilder builder = Response.status(status);
            return entity == null ? builder.build() : builder.type(MediaType.APPLICATION_JSON).entity(entity).build();
        } catch (AdminNotAllowedException e) {
            return error(Response.Status.FORBIDDEN, i18n.getText("tandem.admin.themes.error.forbidden"), null);
        } catch (TaxonomyException e) {
            return refusal(e);
        } catch (RuntimeException e) {
            LOG.error("Default taxonomy request failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, i18n.getText("tandem.admin.themes.error.unexpected"), null);
        }
    }

    private Response refusal(TaxonomyException e) {
        return switch (e.kind()) {
            case INVALID -> {
                Map<String, Map<String, String>> fields = new LinkedHashMap<>();
                e.fieldErrors().forEach((name, key) -> fields.put(name, field(key)));
                yield error(Response.Status.BAD_REQUEST, i18n.getText("tandem.admin.themes.error.invalid"), fields);
            }
            case NOT_FOUND -> error(Response.Status.NOT_FOUND, i18n.getText("tandem.admin.themes.error.not-found"), null);
            case STALE -> error(Response.Status.CONFLICT, i18n.getText("tandem.admin.themes.error.stale"), null);
            case IN_USE -> error(Response.Status.CONFLICT, i18n.getText("tandem.admin.themes.error.in-use"), null);
        };
    }

    private Map<String, String> field(String key) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("key", key);
        described.put("message", i18n.getText(key, String.valueOf(DefaultTaxonomyService.MAX_LENGTH)));
        return described;
    }

    private static Response error(Response.Status status, String message,
            Map<String, Map<String, String>> fieldErrors) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("status", status.getStatusCode());
        entity.put("message", message);
        if (fieldErrors != null) {
            entity.put("fieldErrors", fieldErrors);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
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

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }
}
