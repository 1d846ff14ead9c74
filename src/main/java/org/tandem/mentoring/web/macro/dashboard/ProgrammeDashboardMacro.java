package org.tandem.mentoring.web.macro.dashboard;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboard;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.web.dashboard.ProgrammeSections;
import org.tandem.mentoring.web.dashboard.Section;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.WebResources;

/**
 * {@code tandem-programme-dashboard}: the programme of this space for its coordinators (the space's Dashboards
 * page holds it); with {@code view=all}, every programme the viewer coordinates side by side. Anybody else reads
 * one plain line.
 */
@Named
public class ProgrammeDashboardMacro extends BlockMacro {

    static final String TEMPLATE = "templates/dashboard/dashboard.vm";

    private final ProgrammeDashboards dashboards;
    private final MacroPage page;

    public ProgrammeDashboardMacro(ProgrammeDashboards dashboards, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        this.dashboards = dashboards;
        this.page = new MacroPage(renderer, i18n, pageBuilder);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        page.require(WebResources.STYLES);
        ProgrammeSections sections = new ProgrammeSections(page.i18n());
        Map<String, Object> model = new HashMap<>();
        if ("all".equals(parameters.get("view"))) {
            List<ProgrammeDashboards.Summary> rows = dashboards.acrossProgrammes();
            model.put("title", page.i18n().getText("tandem.dashboard.across"));
            model.put("sections", rows.isEmpty() ? null : List.of(sections.across(rows, dashboards.smallGroups().k())));
        } else {
            Optional<ProgrammeDashboard> dashboard = dashboards.forSpace(MacroParameters.spaceKey(parameters,
                    context));
            model.put("title", dashboard.map(d -> page.i18n().getText("tandem.dashboard.programme.title",
                    d.programme().name())).orElse(null));
            model.put("csvBase", dashboard.map(d -> "/rest/tandem/1.0/dashboards/programmes/" + d.programme().id()
                    + "/").orElse(null));
            model.put("sections", dashboard.map(sections::of).orElse(null));
        }
        model.put("refusal", page.i18n().getText("tandem.dashboard.refused"));
        return page.render(TEMPLATE, model);
    }

}
