package org.tandem.mentoring.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.programme.CharterForm;
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ProgrammeRefusals;
import org.tandem.mentoring.service.programme.ProgrammeRerun;
import org.tandem.mentoring.service.programme.ThemeOffer;

/**
 * {@code /rest/tandem/1.0/programmes}: programmes as the signed-in person may see them, and what their
 * coordinators change (phase, charter, own learning themes). Changes are JSON only; the service checks who is
 * asking: 404 for a programme whose space is not the caller's to see, 403 for a non-coordinator, 409 for a stale
 * version or a theme in use, 400 with field errors for bad input or an illegal move.
 */
@Named
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammeResource {

    private static final String PREFIX = "tandem.programme.admin.error.";

    private final ProgrammeOverviewService overviews;
    private final ProgrammeAdministration administration;
    private final ProgrammeRerun rerun;

    public ProgrammeResource(ProgrammeOverviewService overviews, ProgrammeAdministration administration,
            ProgrammeRerun rerun) {
        this.overviews = overviews;
        this.administration = administration;
        this.rerun = rerun;
    }

    /** One programme; 404 when it does not exist or its space is not the caller's to see. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") int id) {
        return Json.ok(overviews.forProgramme(id).map(ProgrammeJson::of)
                .orElseThrow(() -> ProgrammeRefusals.notFound(id)));
    }

    /**
     * Replaces the charter: {@code {"version", "purpose", "goals", "confidentialityRules", "startDate"
     * (yyyy-mm-dd), "durationMonths", "cadence", "managerApprovalRequired", "sponsorApprovalRequired"}}.
     * 200 with the programme; 400; 403; 404; 409.
     */
    @PUT
    @Path("/{id}/charter")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editCharter(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        CharterForm form = new CharterForm(body.version(), body.text("purpose"), body.text("goals"),
                body.text("confidentialityRules"), body.date("startDate"), body.integer("durationMonths"),
                body.optionalChoice("cadence", Cadence.class), body.flag("managerApprovalRequired"),
                body.flag("sponsorApprovalRequired"));
        body.requireValid();
        return Json.ok(programme(administration.editCharter(id, form)));
    }

    /**
     * Lets mentors be below their mentee in the mentee's line of authority, or not: {@code {"version": n,
     * "relaxDown": true, "reason": "..."}}; the reason is required when relaxing. 200 with the programme; 400; 403;
     * 404; 409.
     */
    @PUT
    @Path("/{id}/line-of-authority")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response relaxLineOfAuthority(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        boolean relax = Boolean.TRUE.equals(body.flag("relaxDown"));
        String reason = body.text("reason");
        body.requireValid();
        return Json.ok(programme(administration.relaxLineOfAuthority(id, version, relax, reason)));
    }

    /** Moves the programme: {@code {"version": n, "phase": "MATCHING"}}. 200 with the programme; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePhase(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        ProgrammePhase phase = body.choice("phase", ProgrammePhase.class);
        body.requireValid();
        return Json.ok(programme(administration.changePhase(id, version, phase)));
    }

    /**
     * Runs a closing or ended programme again in a new space: {@code {"name": "...", "spaceKey": "..."}}. 201 with
     * the new programme (a draft); 400 with field errors; 403 for a non-coordinator or one who may not create
     * spaces; 404; 409 when the programme is not closing or over, or the space could not be made.
     */
    @POST
    @Path("/{id}/rerun")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rerun(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String name = body.text("name");
        String spaceKey = body.text("spaceKey");
        body.requireValid();
        return Json.created(programme(rerun.rerun(id, name, spaceKey)));
    }

    /** The themes on offer: {@code {"coordinator": bool, "themes": [...]}}. 200; 404. */
    @GET
    @Path("/{id}/themes")
    public Response themes(@PathParam("id") int id) {
        ThemeOffer offer = administration.themes(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("programmeId", offer.programmeId());
        json.put("coordinator", offer.coordinator());
        json.put("themes", offer.themes().stream().map(ThemeJson::of).toList());
        return Json.ok(json);
    }

    /** Adds a theme of the programme's own: {@code {"category": "...", "name": "..."}}. 201; 400; 403; 404. */
    @POST
    @Path("/{id}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTheme(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String category = body.text("category");
        String name = body.text("name");
        body.requireValid();
        return Json.created(ThemeJson.of(administration.addTheme(id, category, name)));
    }

    /** Renames one of the programme's own themes: {@code {"version", "category", "name"}}. 200; 400; 403; 404; 409. */
    @PUT
    @Path("/{id}/themes/{themeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renameTheme(@PathParam("id") int id, @PathParam("themeId") int themeId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        String category = body.text("category");
        String name = body.text("name");
        body.requireValid();
        return Json.ok(ThemeJson.of(administration.renameTheme(id, themeId, version, category, name)));
    }

    /** Removes one of the programme's own themes. 204; 400 (default taxonomy); 403; 404; 409 (chosen by someone). */
    @DELETE
    @Path("/{id}/themes/{themeId}")
    public Response removeTheme(@PathParam("id") int id, @PathParam("themeId") int themeId) {
        administration.removeTheme(id, themeId);
        return Response.noContent().build();
    }

    /** The programme after a change, as the caller now sees it. */
    private Object programme(Programme changed) {
        return overviews.forProgramme(changed.id()).map(ProgrammeJson::of)
                .orElseThrow(() -> ProgrammeRefusals.notFound(changed.id()));
    }
}
