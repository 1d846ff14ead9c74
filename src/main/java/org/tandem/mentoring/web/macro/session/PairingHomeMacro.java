package org.tandem.mentoring.web.macro.session;

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
import org.tandem.mentoring.service.session.PairingHomeService;
import org.tandem.mentoring.service.session.SessionViews.PairingHomeView;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-pairing-home}: the pairing page's home for the pair; a closed line for anyone else. The calendar link
 * starts with Confluence's relative base URL (its context path), as the scripts' REST calls do.
 */
@Named
public class PairingHomeMacro extends BlockMacro {

    static final String TEMPLATE = "templates/session/pairing-home.vm";

    private final PairingHomeService homes;
    private final ApplicationProperties application;
    private final MacroPage page;

    public PairingHomeMacro(PairingHomeService homes, ApplicationProperties application, TemplateRenderer renderer,
            I18nResolver i18n, PageBuilderService pageBuilder, Writes writes) {
        this.homes = homes;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        PairingHomeView home = null;
        if (context != null && context.getEntity() != null && SessionPages.displayed(context)) {
            home = homes.homeOfPage(context.getEntity().getId()).orElse(null);
        }
        page.require(SessionMacro.WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("home", home);
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        model.put("pageUrl", base + "/pages/viewpage.action?pageId=");
        model.put("icsUrl", home == null ? "" : base
                + "/rest/tandem/1.0/session-pairings/" + home.pairingId() + "/next-session.ics");
        return page.render(TEMPLATE, model);
    }
}
