package org.tandem.mentoring.web.rest.orgchart;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartNightly;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/orgchart/nightly}: the nightly org chart file, its runs' kept reports, and a run now.
 * Administrators only ({@link AdminOnly}, and the service checks again), in a secure session. JSON only.
 */
@Named
@Path("/orgchart/nightly")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class OrgChartNightlyResource {

    private static final String PREFIX = "tandem.orgchart.nightly.";

    private final OrgChartNightly nightly;
    private final OrgChartJson json;

    public OrgChartNightlyResource(OrgChartNightly nightly, I18nResolver i18n) {
        this.nightly = nightly;
        this.json = new OrgChartJson(i18n);
    }

    /** 200 with {@code {"fileName", "mode", "maxRemovals", "folder", "active"}}. */
    @GET
    public Response settings() {
        return Json.ok(settings(nightly.settings()));
    }

    /** 200 with the settings saved; body {@code {"fileName": "...", "mode": "UPDATE", "maxRemovals": 50}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String fileName = body.text("fileName");
        ImportMode mode = body.choice("mode", ImportMode.class);
        Integer maxRemovals = body.integer("maxRemovals");
        body.requireValid();
        Map<String, FieldError> missing = new LinkedHashMap<>();
        if (fileName == null) {
            missing.put("fileName", FieldError.of(PREFIX + "required"));
        }
        if (maxRemovals == null) {
            missing.put("maxRemovals", FieldError.of(PREFIX + "required"));
        }
        if (!missing.isEmpty()) {
            throw new Refusal.Invalid(PREFIX + "invalid", missing);
        }
        return Json.ok(settings(nightly.save(fileName, mode, maxRemovals)));
    }

    /** 200 with {@code {"summary": "..."}}: runs the nightly import now, as the job would; body {"confirm": true}. */
    @POST
    @Path("/run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        Boolean confirm = body.flag("confirm");
        body.requireValid();
        if (!Boolean.TRUE.equals(confirm)) {
            throw new Refusal.Invalid(PREFIX + "invalid", Map.of("confirm", FieldError.of(PREFIX + "required")));
        }
        return Json.ok(Map.of("summary", nightly.runNow()));
    }

    /** 200 with the kept report of an import record; 404 when there is none. */
    @GET
    @Path("/reports/{id}")
    public Response report(@PathParam("id") long id) {
        return Json.ok(json.kept(nightly.report(id)
                .orElseThrow(() -> new Refusal.NotFound("tandem.orgchart.nightly.report.not-found"))));
    }

    private static Map<String, Object> settings(OrgChartNightly.Settings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fileName", settings.fileName());
        json.put("mode", settings.mode().name());
        json.put("maxRemovals", settings.maxRemovals());
        json.put("folder", settings.folder());
        json.put("active", settings.active());
        return json;
    }
}
