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
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;

/**
 * {@code tandem-programme}: the programme's phase, dates and charter, the themes on offer, and the signed-in
 * person's next step; coordinators also see the applications by state.
 */
@Named
public class ProgrammeMacro implements Macro {

    static final String TEMPLATE = "templates/programme-overview.vm";

    private final ProgrammeOverviewService overviews;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public ProgrammeMacro(ProgrammeOverviewService overviews, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        this.overviews = overviews;
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
        model.put("view", overview.map(o -> new ProgrammeView(o, i18n)).orElse(null));
        return Templates.render(renderer, TEMPLATE, model);
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
