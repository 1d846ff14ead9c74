package org.tandem.mentoring.web.macro.dashboard;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboard;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.dashboard.ProgrammeSections;
import org.tandem.mentoring.web.dashboard.Section;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.WebResources;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-programme-dashboard}: the programme of this space for its coordinators (the space's Dashboards
 * page holds it); with {@code view=all}, every programme the viewer coordinates side by side. Anybody else reads
 * one plain line.
 */
@Named
public class ProgrammeDashboardMacro extends BlockMacro {

    static final String TEMPLATE = "templates/dashboard/dashboard.vm";
    static final String CSV_PATH = "/rest/tandem/1.0/dashboards/";

    private final ProgrammeDashboards dashboards;
    private final ApplicationProperties application;
    private final MacroPage page;
    private final Surveys surveys;
    private final ViewerLanguage language;

    public ProgrammeDashboardMacro(ProgrammeDashboards dashboards, ApplicationProperties application,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, Surveys surveys,
            ViewerLanguage language, Writes writes) {
        this.dashboards = dashboards;
        this.language = language;
        this.surveys = surveys;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(WebResources.STYLES);
        ProgrammeSections sections = new ProgrammeSections(page.i18n(), language.locale());
        Map<String, Object> model = new HashMap<>();
        if ("all".equals(parameters.get("view"))) {
            List<ProgrammeDashboards.Summary> rows = dashboards.acrossProgrammes();
            // no heading of its own: the page holding the view names it ("All programmes" on the demo page), and
            // its one section says what it shows
            model.put("title", null);
            List<Section> across = rows.isEmpty() ? null : List.of(sections.across(rows,
                    dashboards.smallGroups().k()));
            model.put("sections", across);
            model.put("csv", csvLinks(application, across, id -> "programmes/all"));
        } else {
            Optional<ProgrammeDashboard> dashboard = dashboards.forSpace(MacroParameters.spaceKey(parameters,
                    context));
            model.put("title", dashboard.map(d -> page.i18n().getText("tandem.dashboard.programme.title",
                    d.programme().name())).orElse(null));
            List<Section> tables = dashboard.map(d -> sections.of(d, surveys.results(d), dashboards.retention(d))).orElse(null);
            model.put("sections", tables);
            model.put("csv", dashboard.map(d -> csvLinks(application, tables, id -> "programmes/"
                    + d.programme().id() + "/" + id)).orElse(Map.of()));
        }
        model.put("refusal", page.i18n().getText("tandem.dashboard.refused"));
        return page.render(TEMPLATE, model);
    }

    /**
     * The CSV address of each table, by table id, starting with Confluence's relative base URL (its context path) as
     * the scripts' REST calls do.
     */
    static Map<String, String> csvLinks(ApplicationProperties application, List<Section> tables,
            Function<String, String> path) {
        Map<String, String> links = new HashMap<>();
        if (tables != null) {
            String base = application.getBaseUrl(UrlMode.RELATIVE) + CSV_PATH;
            tables.forEach(t -> links.put(t.getId(), base + path.apply(t.getId())));
        }
        return links;
    }
}
