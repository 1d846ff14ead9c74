package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ThemeOffer;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-programme}: the programme's phase, dates and charter, the themes on offer, and the signed-in
 * person's next step; coordinators also see the applications by state and the controls to move the phase, edit
 * the charter and edit the programme's own themes (through {@code js/programme.js} and the REST API).
 */
@Named
public class ProgrammeMacro extends BlockMacro {

    static final String TEMPLATE = "templates/programme-overview.vm";
    /** The web resource with {@code js/programme.js}, declared in the plugin descriptor. */
    static final String ADMINISTRATION = WebResources.PROGRAMME_ADMINISTRATION;

    private final ProgrammeOverviewService overviews;
    private final ProgrammeAdministration administration;
    private final MacroPage page;
    private final ViewerLanguage language;

    private final ApplicationProperties application;

    public ProgrammeMacro(ProgrammeOverviewService overviews, ProgrammeAdministration administration,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, ViewerLanguage language,
            Writes writes, ApplicationProperties application) {
        this.application = application;
        this.language = language;
        this.overviews = overviews;
        this.administration = administration;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        Optional<ProgrammeOverview> overview = overviews.forSpace(MacroParameters.spaceKey(parameters, context));
        page.require(WebResources.STYLES);
        ProgrammeView view = overview.map(this::view).orElse(null);
        if (view != null && view.isAdministrable()) {
            page.require(ADMINISTRATION);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("overview", overview.orElse(null));
        model.put("view", view);
        model.put("thanksUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/tandem/thanks?programme="
                + (view == null ? "" : view.getProgrammeId()));
        return page.render(TEMPLATE, model);
    }

    private ProgrammeView view(ProgrammeOverview overview) {
        ThemeOffer offer = overview.coordinator() ? administration.themes(overview.programme().id()) : null;
        return new ProgrammeView(overview, page.i18n(), offer, language.locale());
    }
}
