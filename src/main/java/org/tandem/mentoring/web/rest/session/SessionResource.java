package org.tandem.mentoring.web.rest.session;

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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.session.PairingHomeService;
import org.tandem.mentoring.service.session.SessionService;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * The pair's sessions over REST, for the members of the pairing only: everyone else, whoever they are, gets a 404,
 * since whether a pair meets is the pair's. Notes are returned to members only.
 * <ul>
 * <li>{@code GET /session-pairings/{id}}: the pairing home; {@code POST .../sessions}: a new session and its page;
 * {@code POST .../cadence}; {@code GET .../next-session.ics}</li>
 * <li>{@code GET /sessions/{id}}: facts, action items, notes; {@code POST /sessions/{id}/notes} (the caller's own);
 * {@code POST /sessions/{id}/action-items}; {@code POST /action-items/{id}/done}</li>
 * </ul>
 */
@Named
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SessionResource {

    private static final String PREFIX = "tandem.session.error.";

    private final SessionService sessions;
    private final PairingHomeService homes;

    public SessionResource(SessionService sessions, PairingHomeService homes) {
        this.sessions = sessions;
        this.homes = homes;
    }

    @GET
    @Path("session-pairings/{id}")
    public Response home(@PathParam("id") int id) {
        return Json.ok(homes.home(id));
    }

    /** {@code {"start": "2026-03-02T09:00", "zone": "Europe/Berlin", "minutes": 45, "format": "VIDEO",
     * "themes": [3]}}. 201; 400; 404. */
    @POST
    @Path("session-pairings/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String start = body.text("start");
        String zone = body.text("zone");
        Integer minutes = body.integer("minutes");
        SessionFormat format = body.choice("format", SessionFormat.class);
        java.util.List<Integer> themes = body.integers("themes");
        Boolean closing = body.flag("closing");
        body.requireValid();
        return Json.created(sessions.create(id, localStart(start), zone, minutes, format, themes,
                Boolean.TRUE.equals(closing)));
    }

    /** {@code {"cadence": "WEEKLY"|null, "version": n}}. 200; 400; 404; 409. */
    @POST
    @Path("session-pairings/{id}/cadence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cadence(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        Cadence cadence = body.optionalChoice("cadence", Cadence.class);
        int version = body.version();
        body.requireValid();
        return Json.ok(sessions.setCadence(id, cadence, version));
    }

    /** The next session as an iCalendar file. 200; 404. */
    @GET
    @Path("session-pairings/{id}/next-session.ics")
    @Produces("text/calendar")
    public Response ics(@PathParam("id") int id) {
        return Response.ok(homes.nextSessionIcs(id, null), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"next-session.ics\"").build();
    }

    @GET
    @Path("sessions/{id}")
    public Response session(@PathParam("id") int id) {
        return Json.ok(sessions.get(id));
    }

    /** The caller's own notes: {@code {"text": "...", "version": n}} (0 for the first). 200; 400; 404; 409. */
    @POST
    @Path("sessions/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String note = body.text("text");
        int version = body.version();
        body.requireValid();
        return Json.ok(sessions.writeNote(id, note, version));
    }

    /** {@code {"text": "...", "owner": "userkey", "due": "2026-03-09"}}. 201; 400; 404. */
    @POST
    @Path("sessions/{id}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addActionItem(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String what = body.text("text");
        String owner = body.text("owner");
        java.time.LocalDate due = body.date("due");
        body.requireValid();
        return Json.created(sessions.addActionItem(id, what, owner, due));
    }

    /** {@code {"done": true, "version": n}}; both are required. 200; 400; 404; 409. */
    @POST
    @Path("action-items/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response done(@PathParam("id") int id, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        boolean done = body.requiredFlag("done", "tandem.session.field.required");
        int version = body.version();
        body.requireValid();
        return Json.ok(sessions.setDone(id, done, version));
    }

    private static LocalDateTime localStart(String start) {
        try {
            return start == null ? null : LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            throw Refusal.Invalid.of(PREFIX + "invalid", "start", FieldError.of("tandem.session.field.start"));
        }
    }
}
