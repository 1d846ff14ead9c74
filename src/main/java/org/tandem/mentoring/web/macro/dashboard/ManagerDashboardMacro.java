package org.tandem.mentoring.web.macro.dashboard;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.dashboard.ManagerDashboards;
import org.tandem.mentoring.web.dashboard.ManagerSections;
import org.tandem.mentoring.web.dashboard.Section;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.WebResources;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-manager-dashboard}: the signed-in person's direct reports' mentoring ({@code scope=all}: everyone
 * below them in the org chart). Anybody with nobody below them reads one plain line.
 */
@Named
public class ManagerDashboardMacro extends BlockMacro {

    private final ManagerDashboards dashboards;
    private final ApplicationProperties application;
    private final MacroPage page;
    private final ViewerLanguage language;

    public ManagerDashboardMacro(ManagerDashboards dashboards, ApplicationProperties application,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, ViewerLanguage language,
            Writes writes) {
        this.dashboards = dashboards;
        this.language = language;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(WebResources.STYLES);
        boolean everyone = "all".equals(parameters.get("scope"));
        ManagerDashboards.ManagerDashboard dashboard = dashboards.forViewer(everyone);
        Map<String, Object> model = new HashMap<>();
        model.put("title", page.i18n().getText("tandem.dashboard.manager.title"));
        List<Section> sections = dashboard.people().isEmpty() ? null : new ManagerSections(page.i18n(),
                language.locale()).of(dashboard);
        model.put("sections", sections);
        model.put("csv", ProgrammeDashboardMacro.csvLinks(application, sections, id -> "manager/"
                + (everyone ? "all/" : "direct/") + id));
        model.put("refusal", page.i18n().getText("tandem.dashboard.manager.none"));
        return page.render(ProgrammeDashboardMacro.TEMPLATE, model);
    }
}
