package org.tandem.mentoring.web.rest.waiting;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.waiting.MyMentoring;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/my-mentoring}: what waits for the signed-in person across programmes, each with the link
 * to the page where they act, how many of each kind, and their own mail choices ({@code PUT .../settings}). Nobody
 * else's.
 */
@Named
@Path("/my-mentoring")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MyMentoringResource {

    private static final String PREFIX = "tandem.waiting.error.";

    private final MyMentoring myMentoring;

    public MyMentoringResource(MyMentoring myMentoring) {
        this.myMentoring = myMentoring;
    }

    /** 200; 403 for an anonymous caller. */
    @GET
    public Response mine() {
        return Json.ok(json(myMentoring.mine()));
    }

    /** {@code {"reminders": true|false, "plainText": true|false}}. 200; 400. */
    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choose(String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        boolean reminders = body.requiredFlag("reminders", PREFIX + "reminders");
        Boolean plain = body.flag("plainText");
        body.requireValid();
        return Json.ok(json(myMentoring.choose(reminders, plain != null && plain)));
    }

    private static Map<String, Object> json(MyMentoring.View view) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> items = view.waiting().stream().map(MyMentoringResource::item).toList();
        out.put("waiting", items);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        view.waiting().forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
        out.put("counts", counts);
        out.put("reminders", view.remindersOn());
        out.put("plainText", view.plainText());
        return out;
    }

    private static Map<String, Object> item(Waiting w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", w.key());
        out.put("kind", w.kind());
        out.put("programmeId", w.programmeId());
        out.put("programme", w.programmeTitle());
        out.put("subject", w.subject());
        out.put("link", w.link());
        out.put("since", w.since().toString());
        out.put("decision", w.decision());
        return out;
    }
}
