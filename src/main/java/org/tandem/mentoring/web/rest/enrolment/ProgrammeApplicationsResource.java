package org.tandem.mentoring.web.rest.enrolment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.Applications;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/applications}: the applications of one programme, as the
 * signed-in person may see them, and applying. Who may see and do what is decided by {@link EnrolmentQueries} and {@link Applications}.
 */
@Named
@Path("/programmes/{programmeId}/applications")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammeApplicationsResource {

    private final EnrolmentQueries queries;
    private final Applications applications;

    public ProgrammeApplicationsResource(EnrolmentQueries queries, Applications applications) {
        this.queries = queries;
        this.applications = applications;
    }

    /** 200 with the applications the caller may see (all for coordinators; own and reports' otherwise); 404. */
    @GET
    public Response list(@PathParam("programmeId") int programmeId) {
        return ApplicationForms.json(queries.list(programmeId));
    }

    /** 200 with the applications waiting for the caller {@code as=manager} or {@code as=coordinator}; 400, 403, 404. */
    @GET
    @Path("/awaiting-me")
    public Response awaitingMe(@PathParam("programmeId") int programmeId, @QueryParam("as") String as) {
        if ("manager".equals(as)) {
            return ApplicationForms.json(queries.awaitingMeAsManager(programmeId));
        }
        if ("coordinator".equals(as)) {
            return ApplicationForms.json(queries.awaitingMeAsCoordinator(programmeId));
        }
        throw ApplicationForms.badAwaitingAs();
    }

    /** Applies as the caller: 201 with the application; 400 with field errors; 404. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = ApplicationForms.read(text);
        ApplicationForm form = ApplicationForms.form(body);
        body.requireValid();
        return Json.created(ApplicationJson.of(applications.apply(programmeId, form)));
    }

    /**
     * Nominates a direct report of the caller ({@code nominee}: a user key) as a mentee: 201 with the application,
     * which waits for the nominee to confirm; 400; 404.
     */
    @POST
    @Path("/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response nominate(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = ApplicationForms.read(text);
        String nominee = body.text("nominee");
        ApplicationForm form = ApplicationForms.form(body);
        body.requireValid();
        return Json.created(ApplicationJson.of(applications.nominate(programmeId, nominee, form)));
    }
}
