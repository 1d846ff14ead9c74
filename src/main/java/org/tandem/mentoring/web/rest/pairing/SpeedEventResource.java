package org.tandem.mentoring.web.rest.pairing;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.pairing.SpeedEvents;
import org.tandem.mentoring.service.pairing.SpeedPlan;
import org.tandem.mentoring.service.pairing.SpeedPlans;
import org.tandem.mentoring.service.pairing.SpeedRankings;
import org.tandem.mentoring.service.pairing.SpeedScheduleMail;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/speed-events}: the programme's speed-mentoring events. The
 * programme's coordinators only, but for {@code mine}, each participant's own schedule: 404 for a programme the
 * caller cannot see, 403 for one they see but do not coordinate, 409 outside enrolment and matching or when stale;
 * and for {@code ranking}, each participant's own ranking of the people they met (403 for those who met nobody).
 */
@Named
@Path("/programmes/{programmeId}/speed-events")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SpeedEventResource {

    private static final String PREFIX = "tandem.pairing.error.";

    private final SpeedEvents events;
    private final SpeedPlans plans;
    private final SpeedRankings rankings;
    private final SpeedScheduleMail mail;

    public SpeedEventResource(SpeedEvents events, SpeedPlans plans, SpeedRankings rankings,
            SpeedScheduleMail mail) {
        this.events = events;
        this.plans = plans;
        this.rankings = rankings;
        this.mail = mail;
    }

    /** 200 with {@code {"events": [...]}}, earliest first. */
    @GET
    public Response list(@PathParam("programmeId") int programmeId) {
        return Json.ok(Map.of("events", events.list(programmeId).stream().map(SpeedEventResource::json).toList()));
    }

    /**
     * Adds an event: {@code {"startsAt": "2027-01-14T15:00:00Z", "place": "Room 4 or a video link",
     * "minutesPerRound": 8, "rounds": 6, "tables": 5, "participants": ["key", ...], "mentorsSeated": true}}; no
     * participants means the approved applicants. 201 with the event; 400 with field errors.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("programmeId") int programmeId, String text) {
        return Json.created(json(events.create(read(programmeId, 0, text, false))));
    }

    /** Changes an event: the fields of {@link #create} and the {@code version} read. 200; 400; 404; 409. */
    @PUT
    @Path("/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId,
            String text) {
        return Json.ok(json(events.update(read(programmeId, eventId, text, true))));
    }

    /** Deletes an event at {@code ?version=n}. 204; 404; 409 when stale. */
    @DELETE
    @Path("/{eventId}")
    public Response delete(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId,
            @QueryParam("version") Integer version) {
        if (version == null) {
            throw Refusal.Invalid.of(PREFIX + "invalid", "version", FieldError.of(PREFIX + "version.missing"));
        }
        events.delete(programmeId, eventId, version);
        return Response.noContent().build();
    }

    /**
     * 200 with the event's plan: {@code {"eventId", "mentorsSeated", "rounds": [{"number", "tables": [{"number",
     * "seated": {"key", "name"}, "visitors": [...]}], "sittingOut": [...]}]}}; 409 when the seated side does not fit.
     */
    @GET
    @Path("/{eventId}/plan")
    public Response plan(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId) {
        return Json.ok(json(plans.plan(programmeId, eventId)));
    }

    /**
     * Mails each participant their schedule with a calendar entry, but those who had it as it is now. 200 with
     * {@code {"mailed": [names], "unchanged": [names], "noAddress": [names]}}; 409 when the plan does not fit.
     */
    @POST
    @Path("/{eventId}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId,
            String text) {
        JsonBody.read(text, PREFIX).requireValid();
        SpeedScheduleMail.Mailing mailing = mail.send(programmeId, eventId);
        return Json.ok(Map.of("mailed", mailing.mailed(), "unchanged", mailing.unchanged(),
                "noAddress", mailing.noAddress()));
    }

    /**
     * 200 with {@code {"events": [{"event": {...}, "slots": [{"round", "table", "meet": [{"key", "name"}]}]}]}}:
     * the caller's own schedule at each event of the programme they take part in (table 0: a break). Anybody who
     * may see the programme; empty for those who take part in none.
     */
    @GET
    @Path("/mine")
    public Response mine(@PathParam("programmeId") int programmeId) {
        return Json.ok(Map.of("events", plans.mine(programmeId).stream().map(mine -> Map.of("event",
                json(mine.event()), "slots", mine.slots().stream().map(slot -> Map.of("round", slot.round(),
                        "table", slot.table(), "meet", people(slot.meet()))).toList())).toList()));
    }

    /**
     * 200 with the caller's own ranking of the event: {@code {"eventId", "open", "saved", "version", "people":
     * [{"key", "name", "notPaired"}]}}, the people they met in their order (in meeting order until they rank);
     * 403 for somebody who met nobody there; 404.
     */
    @GET
    @Path("/{eventId}/ranking")
    public Response ranking(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId) {
        return Json.ok(json(rankings.mine(programmeId, eventId)));
    }

    /**
     * Saves the caller's ranking: {@code {"ranked": ["key", ...], "notPaired": ["key", ...], "version"}} (0 for the
     * first), each person met exactly once, most wanted first. 200 with the ranking; 400; 403; 404; 409 before the
     * event is over or when stale.
     */
    @PUT
    @Path("/{eventId}/ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rank(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId,
            String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        List<String> ranked = body.texts("ranked");
        List<String> notPaired = body.texts("notPaired");
        body.requireValid();
        return Json.ok(json(rankings.save(programmeId, eventId, ranked,
                notPaired == null ? Set.of() : Set.copyOf(notPaired), version)));
    }

    /**
     * 200 with who at the event has ranked: {@code {"people": [{"key", "name", "ranked"}], "ranked", "total"}},
     * never the order; the programme's coordinators only.
     */
    @GET
    @Path("/{eventId}/rankings-status")
    public Response rankingsStatus(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId) {
        List<SpeedRankings.Status> status = rankings.status(programmeId, eventId);
        return Json.ok(Map.of("people", status.stream().map(s -> Map.of("key", s.key(), "name", s.name(),
                "ranked", s.ranked())).toList(), "ranked", status.stream().filter(SpeedRankings.Status::ranked)
                .count(), "total", status.size()));
    }

    /**
     * Mails everybody at the event who has not ranked yet (once a day at most); the programme's coordinators only.
     * 200 with {@code {"reminded": n}}, those mailed now; 409 before the event is over.
     */
    @POST
    @Path("/{eventId}/remind")
    public Response remind(@PathParam("programmeId") int programmeId, @PathParam("eventId") int eventId) {
        return Json.ok(Map.of("reminded", rankings.remind(programmeId, eventId)));
    }

    private static Map<String, Object> json(SpeedRankings.Mine mine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", mine.event().id());
        json.put("startsAt", mine.event().startsAt().toString());
        json.put("open", mine.open());
        json.put("saved", mine.saved());
        json.put("version", mine.version());
        json.put("people", mine.people().stream().map(person -> Map.of("key", person.key(), "name", person.name(),
                "notPaired", mine.notPaired().contains(person.key()))).toList());
        return json;
    }

    private static SpeedEvent read(int programmeId, int eventId, String text, boolean versioned) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = versioned ? body.version() : 0;
        String place = body.text("place");
        Integer minutes = body.integer("minutesPerRound");
        Integer rounds = body.integer("rounds");
        Integer tables = body.integer("tables");
        Boolean seated = body.flag("mentorsSeated");
        List<String> participants = body.texts("participants");
        String start = body.text("startsAt");
        body.requireValid();
        Instant startsAt = null;
        if (start != null && !start.isBlank()) {
            try {
                startsAt = OffsetDateTime.parse(start.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw Refusal.Invalid.of(PREFIX + "invalid", "startsAt",
                        FieldError.of(PREFIX + "speed.start-format"));
            }
        }
        return new SpeedEvent(eventId, programmeId, startsAt, place, minutes == null ? 0 : minutes,
                rounds == null ? 0 : rounds, tables == null ? 0 : tables, participants, !Boolean.FALSE.equals(seated),
                version);
    }

    private static Map<String, Object> json(SpeedPlan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", plan.eventId());
        json.put("mentorsSeated", plan.mentorsSeated());
        json.put("rounds", plan.rounds().stream().map(round -> Map.of("number", round.number(),
                "tables", round.tables().stream().map(table -> Map.of("number", table.number(),
                        "seated", json(table.seated()), "visitors", people(table.visitors()))).toList(),
                "sittingOut", people(round.sittingOut()))).toList());
        return json;
    }

    private static List<Map<String, Object>> people(List<SpeedPlan.Person> people) {
        return people.stream().map(SpeedEventResource::json).toList();
    }

    private static Map<String, Object> json(SpeedPlan.Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", person.key());
        json.put("name", person.name());
        json.put("mentor", person.mentor());
        json.put("department", person.department());
        return json;
    }

    static Map<String, Object> json(SpeedEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("programmeId", event.programmeId());
        json.put("version", event.version());
        json.put("startsAt", event.startsAt().toString());
        json.put("place", event.place());
        json.put("minutesPerRound", event.minutesPerRound());
        json.put("rounds", event.rounds());
        json.put("tables", event.tables());
        json.put("participants", event.participantKeys());
        json.put("allApproved", event.allApproved());
        json.put("mentorsSeated", event.mentorsSeated());
        return json;
    }
}
