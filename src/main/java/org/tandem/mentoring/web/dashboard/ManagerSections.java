package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.mentoring.service.dashboard.ManagerDashboards;
import org.tandem.mentoring.service.programme.ThemeNames;
import org.tandem.mentoring.web.chart.SvgChart;

/** A manager's dashboard as sections: what waits for them, and their reports' mentoring (never content). */
public final class ManagerSections {

    private final I18nResolver i18n;
    private final Locale locale;
    private final Texts texts;

    /** Sections for the CSV files: ISO dates and plain digits. */
    public ManagerSections(I18nResolver i18n) {
        this(i18n, null);
    }

    /** Sections for the page, with dates and numbers as the reader's language writes them. */
    public ManagerSections(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.texts = new Texts(i18n, locale);
    }

    public List<Section> of(ManagerDashboards.ManagerDashboard d) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> waiting = d.waiting().stream().map(w -> List.of(t("tandem.dashboard.waiting." + w.kind()),
                w.person(), w.programme(), String.valueOf(w.count()))).toList();
        sections.add(new Section("waiting", t("tandem.dashboard.waiting"), null,
                List.of(t("tandem.dashboard.what"), t("tandem.dashboard.person"), t("tandem.dashboard.programme"),
                        t("tandem.dashboard.how-many")), waiting, t("tandem.dashboard.waiting.empty")));
        List<List<String>> rows = new ArrayList<>();
        List<SvgChart.Bar> sessions = new ArrayList<>();
        for (ManagerDashboards.Person person : d.people()) {
            String who = person.managerName() == null ? person.name()
                    : t("tandem.dashboard.reports-to", person.name(), person.managerName());
            if (person.programmes().isEmpty()) {
                rows.add(List.of(who, t("tandem.dashboard.no-programme"), "", "", "", "", "", "", "", ""));
            }
            for (ManagerDashboards.Involvement in : person.programmes()) {
                String state = in.pairingState() != null ? t("tandem.dashboard.pairing." + lower(in.pairingState()))
                        : t("tandem.dashboard.application." + lower(in.applicationState()));
                String held = in.rhythm() == null ? "" : t("tandem.dashboard.held-of", in.rhythm().held(),
                        in.rhythm().expected());
                String meeting = in.expectationsHeld() == null ? "" : t(in.expectationsHeld()
                        ? "tandem.dashboard.yes" : "tandem.dashboard.no");
                String shared = in.sharedByTheme().entrySet().stream()
                        .map(e -> ThemeNames.of(i18n, e.getKey()) + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
                rows.add(List.of(who, in.programme().name(), t("tandem.dashboard.phase." + lower(in.programme()
                        .phase().name())), t("tandem.dashboard.role." + lower(in.role())), state,
                        String.join(", ", in.partners()), meeting, held,
                        in.rhythm() == null ? "" : texts.date(in.rhythm().lastSession()), shared));
                if (in.rhythm() != null && sessions.size() < 12) {
                    sessions.add(new SvgChart.Bar(person.name(), in.rhythm().held(), held));
                }
            }
        }
        sections.add(new Section("reports", t(d.everyone() ? "tandem.dashboard.everyone" : "tandem.dashboard.reports"),
                sessions.isEmpty() ? null : SvgChart.bars(t("tandem.dashboard.sessions-chart"),
                        t("tandem.dashboard.sessions-chart.desc"), sessions),
                List.of(t("tandem.dashboard.person"), t("tandem.dashboard.programme"), t("tandem.dashboard.phase"),
                        t("tandem.dashboard.role"), t("tandem.dashboard.state"), t("tandem.dashboard.partner"),
                        t("tandem.dashboard.expectations"), t("tandem.dashboard.sessions-held"),
                        t("tandem.dashboard.last-session"), t("tandem.dashboard.shared-with-you")),
                rows, t("tandem.dashboard.reports.empty")));
        return sections;
    }

    private static String lower(String code) {
        return code == null ? "none" : code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String t(String key, java.io.Serializable... args) {
        return i18n.getText(key, args);
    }
}
