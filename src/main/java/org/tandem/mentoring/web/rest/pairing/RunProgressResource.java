package org.tandem.mentoring.web.rest.pairing;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.mentoring.service.pairing.RunProgress;
import org.tandem.mentoring.web.rest.Json;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/runs}: where the programme's matching run is, asked by the
 * pairing board while it waits for the run's answer, on whichever node of a cluster the request lands. The
 * programme's coordinators only: 404 for a programme the caller cannot see, 403 for one they see but do not
 * coordinate.
 */
@Named
@Path("/programmes/{programmeId}/runs")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RunProgressResource {

    private final RunProgress progress;

    public RunProgressResource(RunProgress progress) {
        this.progress = progress;
    }

    /**
     * 200 with {@code {"phase": "read" | "prepare" | "solve" | "store" | "done" | "failed" | "idle", "running",
     * "elapsedMs"}}: the phase of the last run and the milliseconds since it started (the time it took once it
     * ended); {@code idle} when there was none, or its record was not written for minutes (its node stopped), then
     * with {@code "stale": true}. 403; 404.
     */
    @GET
    @Path("/progress")
    public Response progress(@PathParam("programmeId") int programmeId) {
        RunProgress.Status status = progress.status(programmeId);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phase", status.phase() == null ? "idle" : status.phase().code());
        json.put("running", status.running());
        json.put("elapsedMs", status.elapsedMs());
        if (status.stale()) {
            json.put("stale", true);
        }
        return Json.ok(json);
    }
}
