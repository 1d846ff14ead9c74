package org.tandem.mentoring.service.session;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.List;
import org.tandem.mentoring.domain.session.Session;

/**
 * The storage-format bodies of the pair's pages: the macros that hold what is Tandem's (the pairing page: first the
 * check-in with the expectations meeting and the fit question, then the home; a session page: the session with its notes,
 * then the mentee's learnings), and in plain words who can read what. No note text is ever in a body: notes live in Tandem's store and only the macro shows them.
 */
final class PageBodies {

    private PageBodies() {
    }

    static String pairingHome(I18nResolver i18n) {
        return macro("tandem-pairing-checkin") + macro("tandem-pairing-home")
                + "<h2>" + xml(i18n.getText("tandem.session.page.who-reads.title")) + "</h2>"
                + "<p>" + xml(i18n.getText("tandem.session.page.who-reads.page")) + "</p>"
                + "<p>" + xml(i18n.getText("tandem.session.page.who-reads.notes")) + "</p>";
    }

    static String session(I18nResolver i18n, Session session, String when, String formatName,
            List<String> themeNames) {
        StringBuilder body = new StringBuilder(macro("tandem-session")).append(macro("tandem-learnings"));
        body.append("<p>").append(xml(i18n.getText("tandem.session.page.who-reads.notes"))).append("</p>");
        body.append("<h2>").append(xml(i18n.getText("tandem.session.page.facts"))).append("</h2><ul>");
        body.append("<li>").append(xml(i18n.getText("tandem.session.page.when",
                when + " (" + session.zone().getId() + ")"))).append("</li>");
        body.append("<li>").append(xml(i18n.getText("tandem.session.page.length", session.minutes())))
                .append("</li>");
        body.append("<li>").append(xml(i18n.getText("tandem.session.page.format", formatName))).append("</li>");
        body.append("<li>").append(xml(i18n.getText("tandem.session.page.themes",
                themeNames.isEmpty() ? "-" : String.join(", ", themeNames)))).append("</li></ul>");
        body.append("<h2>").append(xml(i18n.getText("tandem.session.page.agenda"))).append("</h2>");
        for (String part : List.of("mentee", "mentor", "future")) {
            body.append("<h3>").append(xml(i18n.getText("tandem.session.page.agenda." + part))).append("</h3>");
            body.append("<p>").append(xml(i18n.getText("tandem.session.page.agenda." + part + ".hint")))
                    .append("</p>");
        }
        return body.toString();
    }

    /**
     * The closing session's page: the session and the learnings as on every session page, then a closing agenda:
     * what the mentee learnt, theme by theme of the pairing (recorded below as learnings, each tagged with its
     * theme, shared item by item), what comes next, and staying in touch. Only headings and hints: what the pair
     * says stays in the sealed notes and learnings.
     */
    static String closing(I18nResolver i18n, Session session, String when, String formatName,
            List<String> pairingThemes) {
        StringBuilder body = new StringBuilder(macro("tandem-session")).append(macro("tandem-learnings"));
        body.append("<p>").append(xml(i18n.getText("tandem.session.page.who-reads.notes"))).append("</p>");
        body.append("<h2>").append(xml(i18n.getText("tandem.closing.page.learnt"))).append("</h2>");
        body.append("<p>").append(xml(i18n.getText("tandem.closing.page.learnt.hint"))).append("</p><ul>");
        for (String theme : pairingThemes) {
            body.append("<li>").append(xml(theme)).append("</li>");
        }
        body.append("</ul>");
        for (String part : List.of("next", "touch")) {
            body.append("<h2>").append(xml(i18n.getText("tandem.closing.page." + part))).append("</h2>");
            body.append("<p>").append(xml(i18n.getText("tandem.closing.page." + part + ".hint"))).append("</p>");
        }
        body.append("<p>").append(xml(i18n.getText("tandem.session.page.when",
                when + " (" + session.zone().getId() + ")"))).append(" ")
                .append(xml(i18n.getText("tandem.session.page.format", formatName))).append("</p>");
        return body.toString();
    }

    private static String macro(String name) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"/>";
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
