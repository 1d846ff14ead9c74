package org.tandem.mentoring.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;

/** {@code /rest/tandem/1.0/programmes}: programmes as the signed-in person may see them. */
@Named
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammeResource {

    private final ProgrammeOverviewService overviews;

    public ProgrammeResource(ProgrammeOverviewService overviews) {
        this.overviews = overviews;
    }

    /** One programme; 404 when it does not exist or its space is not the caller's to see. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") int id) {
        return overviews.forProgramme(id)
                .map(overview -> Response.ok(ProgrammeJson.of(overview)).build())
                .orElseGet(() -> Errors.notFound("programme", id));
    }
}
