package org.tandem.mentoring.web.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.pairing.SpeedPlans;
import org.tandem.mentoring.web.macro.Templates;
import org.tandem.mentoring.web.macro.pairing.SpeedEventsView;

/**
 * {@code /plugins/servlet/tandem/speed-run-sheet?event=N}: the host's run sheet of a speed-mentoring event, to
 * print: round by round the start and each table's people, then table by table who comes when, in the reader's
 * language. The programme's coordinators only: 404 for an event nobody shows them, 403 for one they see but do not
 * coordinate (the host sends the signed-out to the login page).
 */
public class SpeedRunSheetServlet extends HttpServlet {

    /** The run sheet's address, relative to the base URL; the event's id follows as {@code ?event=}. */
    public static final String PATH = "/plugins/servlet/tandem/speed-run-sheet";

    static final String TEMPLATE = "templates/pairing/run-sheet.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-speed-resources";

    private static final long serialVersionUID = 1L;

    private final transient SpeedPlans plans;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient PageBuilderService pageBuilder;
    private final transient ViewerLanguage language;

    public SpeedRunSheetServlet(SpeedPlans plans, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, ViewerLanguage language) {
        this.plans = plans;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.language = language;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        int status = HttpServletResponse.SC_OK;
        try {
            model.put("event", SpeedEventsView.runSheet(plans.runSheet(eventId(request)), i18n, language.locale()));
        } catch (Refusal.NotFound e) {
            status = HttpServletResponse.SC_NOT_FOUND;
            model.put("refusal", i18n.getText("tandem.speed.sheet.not-found"));
        } catch (Refusal.Forbidden e) {
            status = HttpServletResponse.SC_FORBIDDEN;
            model.put("refusal", i18n.getText("tandem.speed.sheet.forbidden"));
        }
        Templates.page(renderer, response, status, TEMPLATE, model);
    }

    /** The event's id, or 0 (which no event has) when the address names none. */
    private static int eventId(HttpServletRequest request) {
        try {
            return Integer.parseInt(String.valueOf(request.getParameter("event")).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
