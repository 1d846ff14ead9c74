package org.tandem.mentoring.web.macro.session;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.Map;
import org.tandem.mentoring.service.session.SessionService;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-session}: on a session page, the session's facts, its action items and the confidential notes box,
 * for the members of the pairing only. Anyone else, and any copy of the page, gets a line saying the session is
 * the pair's. Exports, mail and other output types get that line too: notes are rendered only for display.
 */
@Named
public class SessionMacro extends BlockMacro {

    static final String TEMPLATE = "templates/session/session.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-session-resources";

    private final SessionService sessions;
    private final MacroPage page;

    public SessionMacro(SessionService sessions, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, Writes writes) {
        this.sessions = sessions;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        Object view = null;
        if (context != null && context.getEntity() != null && SessionPages.displayed(context)) {
            view = sessions.pageOf(context.getEntity().getId()).orElse(null);
        }
        page.require(WEB_RESOURCE);
        return page.render(TEMPLATE, "session", view);
    }
}
