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
import org.tandem.mentoring.domain.learning.Fit;
import org.tandem.mentoring.service.learning.FitChecks;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/fit}: "is this a good fit?" for a member of the pairing (their own answer only), and a
 * coordinator's list of pairings that need a rematch (not who asked).
 */
@Named
@Path("/fit")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FitResource {

    private static final String PREFIX = "tandem.learning.error.";

    private final FitChecks fits;

    public FitResource(FitChecks fits) {
        this.fits = fits;
    }

    /** 200; 404. */
    @GET
    @Path("/{pairingId}")
    public Response get(@PathParam("pairingId") int pairingId) {
        return Json.ok(LearningJson.fit(fits.question(pairingId)));
    }

    /** {@code {"answer": "GOOD"|"UNDECIDED"|"NOT_A_FIT"}}. 200; 400; 404; 409. */
    @POST
    @Path("/{pairingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("pairingId") int pairingId, String text) {
        JsonBody body = JsonBody.read(text, PREFIX);
        Fit answer = body.choice("answer", Fit.class);
        body.requireValid();
        return Json.ok(LearningJson.fit(fits.answer(pairingId, answer)));
    }

    /** A coordinator's pairings of a programme that need a rematch. 200; 404. */
    @GET
    @Path("/programmes/{id}/rematches")
    public Response rematches(@PathParam("id") int programmeId) {
        return Json.ok(fits.rematchesNeeded(programmeId));
    }
}
