package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.Map;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.pairing.SpeedPlans;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.pairing.SpeedRunSheetServlet;

/**
 * {@code tandem-speed-events}: the speed-mentoring events of the programme in the space. A participant sees their
 * own rounds at each event they take part in; coordinators add, change and delete events ({@code
 * js/speed-events.js} over the REST API), see each event's plan by table, open the host's run sheet and send the
 * schedules. Once an event is over, both link to the space's rankings page. Anybody else sees a plain note; the
 * service decides who sees what.
 */
@Named
public class SpeedEventsMacro extends BlockMacro {

    static final String TEMPLATE = "templates/pairing/speed-events.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-speed-resources";

    private final SpeedPlans plans;
    private final MacroPage page;
    private final ViewerLanguage language;
    private final ApplicationProperties application;

    public SpeedEventsMacro(SpeedPlans plans, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, ViewerLanguage language, Writes writes,
            ApplicationProperties application) {
        this.plans = plans;
        this.language = language;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(WEB_RESOURCE);
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        String runSheet = contextPath + SpeedRunSheetServlet.PATH + "?event=";
        return page.render(TEMPLATE, "speed", plans.forSpace(MacroParameters.spaceKey(parameters, context))
                .map(found -> new SpeedEventsView(found, page.i18n(), language.locale(), runSheet, contextPath))
                .orElse(null));
    }
}
