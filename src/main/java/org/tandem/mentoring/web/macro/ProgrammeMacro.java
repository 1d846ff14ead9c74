package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ThemeOffer;

/**
 * {@code tandem-programme}: the programme's phase, dates and charter, the themes on offer, and the signed-in
 * person's next step; coordinators also see the applications by state and the controls to move the phase, edit
 * the charter and edit the programme's own themes (through {@code js/programme.js} and the REST API).
 */
@Named
public class ProgrammeMacro implements Macro {

    static final String TEMPLATE = "templates/programme-overview.vm";
    /** The web resource with {@code js/programme.js}, declared in the plugin descriptor. */
    static final String ADMINISTRATION = WebResources.PROGRAMME_ADMINISTRATION;

    private final ProgrammeOverviewService overviews;
    private final ProgrammeAdministration administration;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public ProgrammeMacro(ProgrammeOverviewService overviews, ProgrammeAdministration administration,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder) {
        this.overviews = overviews;
        this.administration = administration;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String spaceKey = MacroParameters.spaceKey(parameters, context);
        Optional<ProgrammeOverview> overview = overviews.forSpace(spaceKey);
        pageBuilder.assembler().resources().requireWebResource(WebResources.STYLES);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("overview", overview.orElse(null));
        ProgrammeView view = overview.map(this::view).orElse(null);
        if (view != null && view.isAdministrable()) {
            pageBuilder.assembler().resources().requireWebResource(ADMINISTRATION);
        }
        model.put("view", view);
        return Templates.render(renderer, TEMPLATE, model);
    }

    private ProgrammeView view(ProgrammeOverview overview) {
        ThemeOffer offer = overview.coordinator() ? administration.themes(overview.programme().id()) : null;
        return new ProgrammeView(overview, i18n, offer);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
