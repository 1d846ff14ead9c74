package org.tandem.mentoring.web.thanks;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.thanks.MentorThanks;
import org.tandem.mentoring.web.macro.Templates;

/**
 * {@code /plugins/servlet/tandem/thanks?programme=<id>[&mentor=<user key>]}: a mentor's printable thank-you for a
 * programme, in Confluence's look with a print style sheet; without {@code mentor} it is the signed-in person's own.
 * A visitor who is not signed in goes to the login page and comes back; anybody who may not open it, and a mentor
 * with nothing to thank for yet, gets a 404 page.
 */
public class ThanksServlet extends HttpServlet {

    static final String TEMPLATE = "templates/thanks/thanks.vm";
    static final String MISSING_TEMPLATE = "templates/thanks/missing.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-resources";

    private static final long serialVersionUID = 1L;

    private final transient MentorThanks thanks;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient PageBuilderService pageBuilder;
    private final transient LoginUriProvider loginUris;
    private final transient ViewerLanguage language;

    public ThanksServlet(MentorThanks thanks, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, LoginUriProvider loginUris, ViewerLanguage language) {
        this.thanks = thanks;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.loginUris = loginUris;
        this.language = language;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        int programmeId;
        try {
            programmeId = Integer.parseInt(String.valueOf(request.getParameter("programme")).trim());
        } catch (NumberFormatException e) {
            render(response, HttpServletResponse.SC_NOT_FOUND, MISSING_TEMPLATE, model);
            return;
        }
        try {
            ThanksView view = new ThanksView(thanks.thankYou(programmeId, request.getParameter("mentor")),
                    language.locale());
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
            model.put("view", view);
            render(response, HttpServletResponse.SC_OK, TEMPLATE, model);
        } catch (Refusal.Forbidden e) {
            response.sendRedirect(loginUris.getLoginUri(currentUri(request)).toASCIIString());
        } catch (Refusal.NotFound e) {
            render(response, HttpServletResponse.SC_NOT_FOUND, MISSING_TEMPLATE, model);
        }
    }

    private void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        Templates.page(renderer, response, status, template, model);
    }

    private static URI currentUri(HttpServletRequest request) {
        String query = request.getQueryString();
        try {
            return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return URI.create(request.getRequestURI());
        }
    }
}
