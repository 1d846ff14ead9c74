package org.tandem.mentoring.web.rest.orgchart;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.orgchart.OrgChartLookup;
import org.tandem.mentoring.web.rest.Json;

/**
 * {@code /rest/tandem/1.0/orgchart/view}: the org chart as an administrator looks at it. Administrators only
 * ({@link AdminOnly}, and the service checks again), in a secure session ({@link WebSudoRequired}).
 */
@Named
@Path("/orgchart/view")
@AdminOnly
@WebSudoRequired
public class OrgChartViewResource {

    private final OrgChartLookup lookup;

    public OrgChartViewResource(OrgChartLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * 200 with {@code {"person", "managers", "reports"}} for a username, e-mail address or user key; 404 when it
     * matches nobody in the chart, 400 when it is blank or matches several people.
     */
    @GET
    @Path("/person")
    @Produces(MediaType.APPLICATION_JSON)
    public Response person(@QueryParam("q") String query) {
        OrgChartLookup.Place place = lookup.find(query);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("person", person(place.person()));
        json.put("managers", people(place.managers()));
        json.put("reports", people(place.reports()));
        return Json.ok(json);
    }

    /** 200 with the whole chart as a CSV download the import reads. */
    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export() {
        lookup.checkAllowed();
        StreamingOutput body = out -> lookup.export(new BufferedWriter(new OutputStreamWriter(out,
                StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"org-chart.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static List<Map<String, Object>> people(List<OrgChartLookup.Person> people) {
        return people.stream().map(OrgChartViewResource::person).toList();
    }

    private static Map<String, Object> person(OrgChartLookup.Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userKey", person.userKey());
        json.put("name", person.name());
        json.put("department", person.department());
        json.put("level", person.level());
        json.put("location", person.location());
        return json;
    }
}
