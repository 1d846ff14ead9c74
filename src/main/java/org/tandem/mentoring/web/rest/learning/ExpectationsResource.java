package org.tandem.mentoring.web.rest.learning;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.learning.ExpectationsMeetings;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/expectations/{pairingId}}: the expectations meeting of a pairing, read by the pair and
 * the mentee's current manager (details for the mentee and that manager only), recorded by either of those two.
 */
@Named
@Path("/expectations")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ExpectationsResource {

    private static final String PREFIX = "tandem.learning.error.";

    private final ExpectationsMeetings meetings;

    public ExpectationsResource(ExpectationsMeetings meetings) {
        this.meetings = meetings;
    }

    /** 200; 404. */
    @GET
    @Path("/{pairingId}")
    public Response get(@PathParam("pairingId") int pairingId) {
        return Json.ok(LearningJson.expectations(meetings.state(pairingId)));
    }

    /**
     * {@code {"version": n (0 for a new record), "heldOn": "yyyy-mm-dd", "themeIds": [..], "supportTime": "...",
     * "supportTasks": "...", "notes": "..."}}. 200; 400; 404; 409.
     */
    @POST
    @Path("/{pairingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("pairingId") int pairingId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        ExpectationsMeetings.Form form = new ExpectationsMeetings.Form(body.date("heldOn"),
                body.integers("themeIds"), body.text("supportTime"), body.text("supportTasks"), body.text("notes"));
        body.requireValid();
        return Json.ok(LearningJson.expectations(meetings.record(pairingId, version, form)));
    }
}
