package org.tandem.mentoring.web.rest.circle;

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
import org.tandem.mentoring.service.circle.PeerCircles;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/** {@code /rest/tandem/1.0/circles}: the caller's own alumni peer circles, and leaving one. */
@Named
@Path("/circles")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CircleResource {

    private final PeerCircles circles;

    public CircleResource(PeerCircles circles) {
        this.circles = circles;
    }

    /** 200 with {@code {"circles": [{"id", "programmeId", "programme", "name", "theme", "members"}]}}. */
    @GET
    @Path("/mine")
    public Response mine() {
        return Json.ok(Map.of("circles", circles.mine().stream().map(CircleJson::circle).toList()));
    }

    /** The caller leaves the circle ({@code {}} as the body: JSON only). 204; 404 for a circle they are not in. */
    @POST
    @Path("/{circleId}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response leave(@PathParam("circleId") int circleId, String text) {
        JsonBody.read(text, "circle").requireValid();
        circles.leave(circleId);
        return Response.noContent().build();
    }
}
