package org.tandem.mentoring.web.rest.dashboard;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.dashboard.ManagerDashboards;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.dashboard.ManagerSections;
import org.tandem.mentoring.web.dashboard.ProgrammeSections;
import org.tandem.mentoring.web.dashboard.Section;

/**
 * {@code /rest/tandem/1.0/dashboards}: each table of a dashboard as CSV, with the dashboard's own checks and
 * suppression (the tables come from the same sections the macros render).
 * <ul>
 * <li>{@code GET programmes/{id}/{table}}: a coordinator's table of the programme; 404 for anybody else.</li>
 * <li>{@code GET programmes/all}: the side-by-side view of the programmes the viewer coordinates.</li>
 * <li>{@code GET manager/{direct|all}/{table}}: the viewer's own reports ({@code waiting}, {@code reports}).</li>
 * </ul>
 */
@Named
@Path("/dashboards")
@LicensedOnly
public class DashboardResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final ProgrammeDashboards programmes;
    private final ManagerDashboards managers;
    private final I18nResolver i18n;
    private final Surveys surveys;

    public DashboardResource(ProgrammeDashboards programmes, ManagerDashboards managers, I18nResolver i18n,
            Surveys surveys) {
        this.programmes = programmes;
        this.managers = managers;
        this.i18n = i18n;
        this.surveys = surveys;
    }

    @GET
    @Path("/programmes/{id}/{table}")
    @Produces(CSV)
    public Response programme(@PathParam("id") int programmeId, @PathParam("table") String table) {
        var dashboard = programmes.forProgramme(programmeId);
        return csv(new ProgrammeSections(i18n).of(dashboard, surveys.results(dashboard),
                programmes.retention(dashboard)).stream()
                .filter(s -> s.getId().equals(table)).findFirst().orElseThrow(DashboardResource::notFound), table);
    }

    @GET
    @Path("/programmes/all")
    @Produces(CSV)
    public Response across() {
        var rows = programmes.acrossProgrammes();
        if (rows.isEmpty()) {
            throw notFound();
        }
        return csv(new ProgrammeSections(i18n).across(rows, programmes.smallGroups().k()), "programmes");
    }

    @GET
    @Path("/manager/{scope}/{table}")
    @Produces(CSV)
    public Response manager(@PathParam("scope") String scope, @PathParam("table") String table) {
        var dashboard = managers.forViewer("all".equals(scope));
        if (dashboard.people().isEmpty()) {
            throw notFound();
        }
        return csv(new ManagerSections(i18n).of(dashboard).stream().filter(s -> s.getId().equals(table))
                .findFirst().orElseThrow(DashboardResource::notFound), table);
    }

    private static Response csv(Section section, String name) {
        return Response.ok(section.toCsv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"tandem-" + name.replaceAll("[^a-z-]", "")
                        + ".csv\"").build();
    }

    private static Refusal.NotFound notFound() {
        return new Refusal.NotFound(ProgrammeDashboards.NOT_FOUND);
    }
}
