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
import java.util.Map;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.service.learning.Learnings;
import org.tandem.mentoring.service.learning.ManagerMentoring;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/learning}: the learnings of a session (its mentee only), sharing them, the manager's
 * feedback on a shared one, the manager's reports, and a coordinator's counts by theme. 404 for whatever the
 * caller may not know exists.
 */
@Named
@Path("/learning")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LearningResource {

    private static final String PREFIX = "tandem.learning.error.";

    private final Learnings learnings;
    private final ManagerMentoring managers;

    public LearningResource(Learnings learnings, ManagerMentoring managers) {
        this.learnings = learnings;
        this.managers = managers;
    }

    /** The mentee's learnings on a session. 200; 404. */
    @GET
    @Path("/sessions/{id}")
    public Response ofSession(@PathParam("id") int sessionId) {
        Learnings.SessionLearnings found = learnings.ofSession(sessionId);
        return Json.ok(found.learnings().stream().map(l -> LearningJson.learning(l, found.themeNames())).toList());
    }

    /** The mentee records a learning: {@code {"themeId": n, "text": "..."}}. 201; 400; 404; 409. */
    @POST
    @Path("/sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") int sessionId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        Integer themeId = body.integer("themeId");
        String learnt = body.text("text");
        body.requireValid();
        Learning stored = learnings.record(sessionId, themeId, learnt);
        return Json.created(LearningJson.learning(stored, Map.of()));
    }

    /** The mentee shares or unshares: {@code {"version": n, "shared": true}}, both required. 200; 400; 404; 409. */
    @POST
    @Path("/{id}/share")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        boolean shared = body.requiredFlag("shared", PREFIX + "field.missing");
        body.requireValid();
        return Json.ok(LearningJson.learning(learnings.share(id, version, shared), Map.of()));
    }

    /** The mentee's current manager answers a shared learning: {@code {"version": n, "feedback": "..."}}. */
    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response feedback(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        String feedback = body.text("feedback");
        body.requireValid();
        Learning answered = learnings.feedback(id, version, feedback);
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("id", answered.id());
        json.put("version", answered.version());
        json.put("feedback", answered.feedback());
        return Json.ok(json);
    }

    /** The signed-in manager's reports in active pairings, with what they shared. 200. */
    @GET
    @Path("/my-reports")
    public Response myReports() {
        return Json.ok(managers.forViewer().stream().map(LearningJson::report).toList());
    }

    /** A coordinator's counts of shared learnings by theme (small groups left out). 200; 404. */
    @GET
    @Path("/programmes/{id}/shared-by-theme")
    public Response sharedByTheme(@PathParam("id") int programmeId) {
        return Json.ok(learnings.sharedCountsByTheme(programmeId));
    }
}
