package org.tandem.mentoring.web.rest.enrolment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
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
import java.util.Map;
import org.tandem.mentoring.service.enrolment.EnrolmentService;
import org.tandem.mentoring.service.enrolment.FieldError;
import org.tandem.mentoring.service.enrolment.InvalidApplicationException;
import org.tandem.mentoring.service.enrolment.Verdict;

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

    private final EnrolmentService enrolment;
    private final EnrolmentResponses responses;

    public ApplicationResource(EnrolmentService enrolment, I18nResolver i18n) {
        this.enrolment = enrolment;
        this.responses = new EnrolmentResponses(i18n);
    }

    /** 200 with the caller's own applications in every programme. */
    @GET
    @Path("/mine")
    public Response mine() {
        return responses.many(enrolment::mine);
    }

    /**
     * 200 with the applications in every programme that wait for the caller {@code as=manager} or
     * {@code as=coordinator}; 400 for anything else.
     */
    @GET
    @Path("/awaiting-me")
    public Response awaitingMe(@QueryParam("as") String as) {
        return responses.many(() -> {
            if ("manager".equals(as)) {
                return enrolment.awaitingMeAsManagerEverywhere();
            }
            if ("coordinator".equals(as)) {
                return enrolment.awaitingMeAsCoordinatorEverywhere();
            }
            throw InvalidApplicationException.of("as", FieldError.of("tandem.enrol.error.awaiting.as"));
        });
    }

    /** 200; 404. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") int id) {
        return responses.one(Response.Status.OK, () -> enrolment.get(id));
    }

    /** The applicant edits: the form fields and {@code version}. 200; 400; 403; 404; 409. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") int id, Map<String, Object> body) {
        return responses.one(Response.Status.OK, () -> {
            ApplicationRequests request = ApplicationRequests.of(body);
            var form = request.form();
            int version = request.version();
            request.requireValid();
            return enrolment.edit(id, version, form);
        });
    }

    /** The applicant withdraws: {@code {"version": n}}. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") int id, Map<String, Object> body) {
        return responses.one(Response.Status.OK, () -> {
            ApplicationRequests request = ApplicationRequests.of(body);
            int version = request.version();
            request.requireValid();
            return enrolment.withdraw(id, version);
        });
    }

    /** The nominee confirms a nomination: {@code {"version": n}}. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") int id, Map<String, Object> body) {
        return responses.one(Response.Status.OK, () -> {
            ApplicationRequests request = ApplicationRequests.of(body);
            int version = request.version();
            request.requireValid();
            return enrolment.confirm(id, version);
        });
    }

    /**
     * The applicant's manager decides: {@code {"version": n, "verdict": "APPROVE"|"DECLINE", "reason": "..."}}
     * (a reason is required to decline). 200; 400; 403; 404; 409.
     */
    @POST
    @Path("/{id}/manager-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideAsManager(@PathParam("id") int id, Map<String, Object> body) {
        return responses.one(Response.Status.OK, () -> {
            ApplicationRequests request = ApplicationRequests.of(body);
            int version = request.version();
            Verdict verdict = request.verdict();
            String reason = request.text("reason");
            request.requireValid();
            return enrolment.decideAsManager(id, version, verdict, reason);
        });
    }

    /** A coordinator decides, with the same body as the manager. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/coordinator-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideAsCoordinator(@PathParam("id") int id, Map<String, Object> body) {
        return responses.one(Response.Status.OK, () -> {
            ApplicationRequests request = ApplicationRequests.of(body);
            int version = request.version();
            Verdict verdict = request.verdict();
            String reason = request.text("reason");
            request.requireValid();
            return enrolment.decideAsCoordinator(id, version, verdict, reason);
        });
    }
}
