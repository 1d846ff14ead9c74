package org.tandem.mentoring.service.waiting;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * The context-relative addresses of the pages where people act: the programme space's pages by the titles its
 * blueprint gave them (as the pairing pages find their parent), and a page by its id.
 */
@Named
public class WaitingLinks {

    private final I18nResolver i18n;

    public WaitingLinks(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The Enrol page: the enrolment form and the approvals list. */
    public String enrol(Programme programme) {
        return spacePage(programme, "tandem.blueprint.page.enrol");
    }

    /** The Pairings page: proposals to accept, acknowledge or approve. */
    public String pairings(Programme programme) {
        return spacePage(programme, "tandem.blueprint.page.pairings");
    }

    /** The For managers page: expectations meetings and feedback on shared learnings. */
    public String managers(Programme programme) {
        return spacePage(programme, "tandem.blueprint.page.managers");
    }

    /** The Dashboards page: the programme dashboard with its dormant pairs. */
    public String dashboards(Programme programme) {
        return spacePage(programme, "tandem.blueprint.page.dashboards");
    }

    /** The programme space's home page. */
    public String home(Programme programme) {
        return "/display/" + encode(programme.spaceKey());
    }

    /** A page by id, or the Pairings page when there is none. */
    public String page(Long pageId, Programme programme) {
        return pageId == null ? pairings(programme) : "/pages/viewpage.action?pageId=" + pageId;
    }

    private String spacePage(Programme programme, String titleKey) {
        return "/display/" + encode(programme.spaceKey()) + "/" + encode(i18n.getText(titleKey));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
