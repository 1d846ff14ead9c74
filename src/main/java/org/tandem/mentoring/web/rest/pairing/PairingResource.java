package org.tandem.mentoring.web.rest.pairing;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.pairing.ConsentAnswer;
import org.tandem.mentoring.service.pairing.PairingConsents;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/pairings/{id}}: one pairing and the steps on it. Every change carries the {@code version}
 * the caller read: 409 when somebody changed the pairing since, its state no longer allows the step, or the mentor
 * has no place left. 404 for a pairing that is not the caller's to see, 403 for a step that is not the caller's.
 */
@Named
@Path("/pairings")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PairingResource {

    private static final String PREFIX = "tandem.pairing.error.";

    private final PairingQueries queries;
    private final PairingRuns runs;
    private final PairingConsents consents;
    private final PairingJson json;

    public PairingResource(PairingQueries queries, PairingRuns runs, PairingConsents consents, I18nResolver i18n,
            ViewerLanguage language) {
        this.queries = queries;
        this.runs = runs;
        this.consents = consents;
        this.json = new PairingJson(i18n, language);
    }

    /** 200 with every pairing that waits for the caller's answer, in every programme. */
    @GET
    @Path("/awaiting-me")
    public Response awaitingMe() {
        return Json.ok(json.pairings(queries.awaitingMe()));
    }

    /** 200; 404. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") int id) {
        return Json.ok(json.pairing(queries.get(id)));
    }

    /** A coordinator removes a staged pairing: {@code {"version": n}}. 204; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remove(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        body.requireValid();
        runs.remove(id, version);
        return Response.noContent().build();
    }

    /**
     * Answers a proposed pairing: {@code {"version": n, "answer": "ACCEPT"|"DECLINE"|"ACKNOWLEDGE"|"APPROVE",
     * "reason": "..."}}. 200; 400; 403; 404; 409.
     */
    @POST
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consent(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        ConsentAnswer answer = body.choice("answer", ConsentAnswer.class);
        String reason = body.text("reason");
        body.requireValid();
        return Json.ok(json.pairing(consents.answer(id, version, answer, reason)));
    }

    /** Either side ends an active pairing: {@code {"version": n, "reason": "..."}}. 200; 400; 403; 404; 409. */
    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response end(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        String reason = body.text("reason");
        body.requireValid();
        return Json.ok(json.pairing(consents.end(id, version, reason)));
    }
}
