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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.pairing.PairingRefusals;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.service.pairing.RankingRuns;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/pairings}: the pairings of one programme as the signed-in person
 * may see them, and the coordinator's work on them (run, add, swap, publish, history). Who may see and do what is
 * decided by {@link PairingQueries} and {@link PairingRuns}: 404 for a programme that is not the caller's to see, 403 for a step that is
 * not the caller's to take. Every change is JSON only.
 */
@Named
@Path("/programmes/{programmeId}/pairings")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammePairingsResource {

    private static final String PREFIX = "tandem.pairing.error.";

    /** Where a run takes its pairs from: the programme's settings, or the rankings after a speed event. */
    private enum Source { SETTINGS, RANKINGS }

    private final PairingQueries queries;
    private final PairingRuns runs;
    private final RankingRuns rankingRuns;
    private final PairingJson json;

    public ProgrammePairingsResource(PairingQueries queries, PairingRuns runs, RankingRuns rankingRuns,
            I18nResolver i18n, ViewerLanguage language) {
        this.queries = queries;
        this.runs = runs;
        this.rankingRuns = rankingRuns;
        this.json = new PairingJson(i18n, language);
    }

    /**
     * 200 with the pairings the caller may see, filtered by {@code state} (STAGED, PROPOSED, ACTIVE, DECLINED,
     * ENDED) and {@code themeId} (a learning theme the mentee asked for) when given; 400 for a bad filter; 404.
     */
    @GET
    public Response list(@PathParam("programmeId") int programmeId, @QueryParam("state") String state,
            @QueryParam("themeId") String themeId) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        PairingState wanted = state(state, errors);
        Integer theme = themeId(themeId, errors);
        if (!errors.isEmpty()) {
            throw PairingRefusals.invalid(errors);
        }
        return Json.ok(json.pairings(queries.list(programmeId, wanted, theme)));
    }

    /**
     * Runs matching with the programme's settings and stages the proposals, replacing the last run's; the pairs
     * staged by hand stay unless {@code {"discardHandPairs": true}}. With {@code {"source": "rankings", "eventId",
     * "method": "stable" | "fit"}} the pairs come from the rankings after that speed-mentoring event instead
     * ({@link RankingRuns}). 200 with the run; 400; 403; 404; 409.
     */
    @POST
    @Path("/run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        boolean discard = Boolean.TRUE.equals(body.flag("discardHandPairs"));
        Source source = body.optionalChoice("source", Source.class);
        if (source == Source.RANKINGS) {
            Integer eventId = body.integer("eventId");
            RankingRuns.Method method = body.choice("method", RankingRuns.Method.class);
            body.requireValid();
            if (eventId == null) {
                throw Refusal.Invalid.of(PREFIX + "invalid", "eventId", FieldError.of(PREFIX + "speed.event-missing"));
            }
            return Json.ok(json.run(rankingRuns.run(programmeId, eventId, method, discard)));
        }
        body.requireValid();
        return Json.ok(json.run(runs.run(programmeId, discard)));
    }

    /**
     * Stages a pair by hand: {@code {"menteeKey", "mentorKey", "reason"}} (a reason is required when the pair has
     * soft warnings; hard rules are never overridden). 201 with the pairing; 400; 403; 404; 409.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        String mentee = body.text("menteeKey");
        String mentor = body.text("mentorKey");
        String reason = body.text("reason");
        body.requireValid();
        return Json.created(json.pairing(runs.add(programmeId, mentee, mentor, reason)));
    }

    /**
     * Swaps the mentors of two staged pairings: {@code {"first": {"id", "version"}, "second": {"id", "version"},
     * "reason"}}. 200 with both pairings; 400; 403; 404; 409.
     */
    @POST
    @Path("/swap")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response swap(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int[] first = body.reference("first");
        int[] second = body.reference("second");
        String reason = body.text("reason");
        body.requireValid();
        return Json.ok(runs.swap(programmeId, first[0], first[1], second[0], second[1], reason).stream()
                .map(json::pairing).toList());
    }

    /** Publishes every staged pairing to its pair: 200 with the proposed pairings; 403; 404; 409. */
    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("programmeId") int programmeId, String text) {
        JsonBody.read(text, PREFIX).requireValid();
        return Json.ok(json.pairings(runs.publish(programmeId)));
    }

    /** The decision log: 200 for coordinators; 403; 404. */
    @GET
    @Path("/history")
    public Response history(@PathParam("programmeId") int programmeId) {
        return Json.ok(runs.history(programmeId).stream().map(json::event).toList());
    }

    /** A state query parameter: empty means no filter. */
    private static PairingState state(String value, Map<String, FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PairingState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("state", FieldError.of(PREFIX + "state.invalid"));
            return null;
        }
    }

    /** A theme id query parameter: empty means no filter. */
    private static Integer themeId(String value, Map<String, FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().matches("\\d{1,9}")) {
            return Integer.valueOf(value.strip());
        }
        errors.put("themeId", FieldError.of(PREFIX + "type.number"));
        return null;
    }
}
