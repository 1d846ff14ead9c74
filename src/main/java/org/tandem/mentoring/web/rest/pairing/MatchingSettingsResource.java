package org.tandem.mentoring.web.rest.pairing;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.service.pairing.MatchPreview;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.service.pairing.PairingSettings;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/matching}: the programme's matching settings and the preview of
 * how many mentees its hard rules let be matched. The programme's coordinators only: 404 for a programme the caller
 * cannot see, 403 for one they see but do not coordinate.
 */
@Named
@Path("/programmes/{programmeId}/matching")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MatchingSettingsResource {

    private static final String PREFIX = "tandem.pairing.error.";

    private final PairingSettings settings;
    private final PairingRuns runs;

    public MatchingSettingsResource(PairingSettings settings, PairingRuns runs) {
        this.settings = settings;
        this.runs = runs;
    }

    /** 200 with {@code {"version", "objective", "weights": {"THEME_FIT": n, ...}, "excludeSameManagerPeers"}}. */
    @GET
    @Path("/settings")
    public Response settings(@PathParam("programmeId") int programmeId) {
        return Json.ok(json(settings.settings(programmeId)));
    }

    /**
     * Saves the settings: {@code {"version": n, "objective": "MOST_MATCHED", "weights": {"THEME_FIT": 10, ...},
     * "excludeSameManagerPeers": false}}, every criterion's weight 0 to 100. 200 with the settings; 400 with field
     * errors (the weights' fields are the criteria's names); 403; 404; 409 when stale.
     */
    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        int version = body.version();
        Objective objective = body.optionalChoice("objective", Objective.class);
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        JsonBody given = body.object("weights");
        for (Criterion criterion : Criterion.values()) {
            Integer weight = given == null ? null : given.integer(criterion.name());
            if (weight != null) {
                weights.put(criterion, weight);
            }
        }
        boolean sameManager = Boolean.TRUE.equals(body.flag("excludeSameManagerPeers"));
        if (given != null) {
            given.requireValid();
        }
        body.requireValid();
        return Json.ok(json(settings.save(programmeId, version, objective, weights, sameManager)));
    }

    /** 200 with {@code {"matchable": n, "mentees": n}}: mentees a run could match at all, of those waiting. */
    @GET
    @Path("/preview")
    public Response preview(@PathParam("programmeId") int programmeId) {
        MatchPreview preview = runs.preview(programmeId);
        return Json.ok(Map.of("matchable", preview.matchable(), "mentees", preview.mentees()));
    }

    private static Map<String, Object> json(MatchingSettings stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("programmeId", stored.programmeId());
        json.put("version", stored.version());
        json.put("objective", stored.objective().name());
        Map<String, Object> weights = new LinkedHashMap<>();
        stored.weights().forEach((criterion, weight) -> weights.put(criterion.name(), weight));
        json.put("weights", weights);
        json.put("excludeSameManagerPeers", stored.excludeSameManagerPeers());
        json.put("maxWeight", MatchingSettings.MAX_WEIGHT);
        return json;
    }
}
