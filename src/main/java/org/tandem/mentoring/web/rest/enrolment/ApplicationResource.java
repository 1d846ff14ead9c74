package org.tandem.mentoring.web.rest.enrolment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.enrolment.ApplicationDecisions;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.Applications;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.service.enrolment.Verdict;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/applications/{id}}: one application and the steps on it. Every change carries the
 * {@code version} the caller read: 409 when somebody changed the application since, or its state no longer allows
 * the step. 404 for an application that is not the caller's to see, 403 for a step that is not the caller's to take.
 */
@Named
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ApplicationResource {

    private final EnrolmentQueries queries;
    private final Applications applications;
    private final ApplicationDecisions decisions;

    public ApplicationResource(EnrolmentQueries queries, Applications applications, ApplicationDecisions decisions) {
        this.queries = queries;
        this.applications = applications;
        this.decisions = decisions;
    }

    /** 200 with the caller's own applications in every programme. */
    @GET
    @Path("/mine")
    public Response mine() {
        return ApplicationForms.json(queries.mine());
    }

    /**
     * 200 with the applications in every programme that wait for the caller {@code as=manager} or
     * {@code as=coordinator}; 400 for anything else.
     */
    @GET
    @Path("/awaiting-me")
    public Response awaitingMe(@QueryParam("as") String as) {
        if ("manager".equals(as)) {
            return ApplicationForms.json(queries.awaitingMeAsManagerEverywhere());
        }
        if ("coordinator".equals(as)) {
            return ApplicationForms.json(queries.awaitingMeAsCoordinatorEverywhere());
        }
        throw ApplicationForms.badAwaitingAs();
    }

    /** 200; 404. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") int id) {
        return ApplicationForms.json(queries.get(id));
    }

    /** The applicant edits: the form fields and {@code version}. 200; 400; 403; 404; 409. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") int id, String text) {
        JsonBody body = ApplicationForms.read(text);
        ApplicationForm form = ApplicationForms.form(body);
        int version = body.version();
        body.requireValid();
        return ApplicationForms.json(applications.edit(id, version, form));
    }

    /** The applicant withdraws: {@code {"version": n}}. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") int id, String text) {
        return ApplicationForms.json(applications.withdraw(id, ApplicationForms.version(text)));
    }

    /** The nominee confirms a nomination: {@code {"version": n}}. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") int id, String text) {
        return ApplicationForms.json(applications.confirm(id, ApplicationForms.version(text)));
    }

    /**
     * The applicant's manager decides: {@code {"version": n, "verdict": "APPROVE"|"DECLINE", "reason": "..."}}
     * (a reason is required to decline). 200; 400; 403; 404; 409.
     */
    @POST
    @Path("/{id}/manager-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideAsManager(@PathParam("id") int id, String text) {
        JsonBody body = ApplicationForms.read(text);
        int version = body.version();
        Verdict verdict = body.choice("verdict", Verdict.class);
        String reason = body.text("reason");
        body.requireValid();
        return ApplicationForms.json(decisions.decideAsManager(id, version, verdict, reason));
    }

    /** A coordinator decides, with the same body as the manager. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/coordinator-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideAsCoordinator(@PathParam("id") int id, String text) {
        JsonBody body = ApplicationForms.read(text);
        int version = body.version();
        Verdict verdict = body.choice("verdict", Verdict.class);
        String reason = body.text("reason");
        body.requireValid();
        return ApplicationForms.json(decisions.decideAsCoordinator(id, version, verdict, reason));
    }
}
