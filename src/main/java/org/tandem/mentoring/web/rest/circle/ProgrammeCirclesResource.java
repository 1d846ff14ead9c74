package org.tandem.mentoring.web.rest.circle;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.tandem.mentoring.service.circle.CircleRefusals;
import org.tandem.mentoring.service.circle.PeerCircles;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/**
 * {@code /rest/tandem/1.0/programmes/{programmeId}/circles}: the programme's alumni peer circles, for its
 * coordinators only: 404 for a programme the caller cannot see, 403 for one they see but do not coordinate.
 */
@Named
@Path("/programmes/{programmeId}/circles")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammeCirclesResource {

    private final PeerCircles circles;

    public ProgrammeCirclesResource(PeerCircles circles) {
        this.circles = circles;
    }

    /** 200 with {@code {"themes": [{"themeId", "theme", "people": [{"key", "name"}]}], "circles": [...]}}. */
    @GET
    public Response list(@PathParam("programmeId") int programmeId) {
        PeerCircles.Overview overview = circles.overview(programmeId);
        return Json.ok(Map.of("themes", overview.groups().stream().map(g -> Map.of("themeId", g.themeId(),
                "theme", g.theme(), "people", CircleJson.people(g.people()))).toList(),
                "circles", overview.circles().stream().map(CircleJson::circle).toList()));
    }

    /**
     * Forms a circle: {@code {"name": "...", "themeId": 12, "members": ["key", ...]}} with 3 to 8 former mentees of
     * the programme. 201 with the circle; 400 with field errors.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("programmeId") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, CircleRefusals.PREFIX);
        String name = body.text("name");
        Integer themeId = body.integer("themeId");
        java.util.List<String> members = body.texts("members");
        body.requireValid();
        return Json.created(CircleJson.circle(circles.create(programmeId, name, themeId, members)));
    }

    /** Deletes one of the programme's circles. 204; 404. */
    @DELETE
    @Path("/{circleId}")
    public Response delete(@PathParam("programmeId") int programmeId, @PathParam("circleId") int circleId) {
        circles.delete(programmeId, circleId);
        return Response.noContent().build();
    }
}
