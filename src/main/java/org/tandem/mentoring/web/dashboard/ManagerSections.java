package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.service.dashboard.ManagerDashboards;
import org.tandem.mentoring.service.dashboard.Rhythm;
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
        List<Row> rows = new ArrayList<>();
        List<SvgChart.Bar> sessions = new ArrayList<>();
        for (ManagerDashboards.Person person : d.people()) {
            String who = person.managerName() == null ? person.name()
                    : t("tandem.dashboard.reports-to", person.name(), person.managerName());
            if (person.programmes().isEmpty()) {
                rows.add(new Row(NOTHING_WAITS, List.of(who, t("tandem.dashboard.no-programme"), "", "", "", "", "",
                        "", "", "")));
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
                rows.add(new Row(attention(in), List.of(who, in.programme().name(), t("tandem.dashboard.phase." + lower(in.programme()
                        .phase().name())), t("tandem.dashboard.role." + lower(in.role())), state,
                        String.join(", ", in.partners()), meeting, held,
                        in.rhythm() == null ? "" : texts.date(in.rhythm().lastSession()), shared)));
                if (in.rhythm() != null && sessions.size() < 12) {
                    sessions.add(new SvgChart.Bar(person.name(), in.rhythm().held(), held));
                }
            }
        }
        sections.add(texts.page(new Section("reports", t(d.everyone() ? "tandem.dashboard.everyone" : "tandem.dashboard.reports"),
                sessions.isEmpty() ? null : SvgChart.bars(t("tandem.dashboard.sessions-chart"),
                        t("tandem.dashboard.sessions-chart.desc"), sessions),
                List.of(t("tandem.dashboard.person"), t("tandem.dashboard.programme"), t("tandem.dashboard.phase"),
                        t("tandem.dashboard.role"), t("tandem.dashboard.state"), t("tandem.dashboard.partner"),
                        t("tandem.dashboard.expectations"), t("tandem.dashboard.sessions-held"),
                        t("tandem.dashboard.last-session"), t("tandem.dashboard.shared-with-you")),
                cells(rows), t("tandem.dashboard.reports.empty"))));
        return sections;
    }

    private static final int NOTHING_WAITS = 3;

    /** A row of the reports' table and how soon it needs the reader: dormant pairs first, then waiting, behind. */
    private record Row(int attention, List<String> cells) {
    }

    private static int attention(ManagerDashboards.Involvement in) {
        if (in.rhythm() != null && in.rhythm().dormant()) {
            return 0;
        }
        if (in.pairingState() == null && in.applicationState() != null
                && Stream.of(ParticipantState.APPLIED, ParticipantState.AWAITING_MANAGER,
                        ParticipantState.AWAITING_COORDINATOR).map(Enum::name).anyMatch(in.applicationState()::equals)) {
            return 1;
        }
        return in.rhythm() != null && in.rhythm().standing() == Rhythm.Standing.BEHIND ? 2 : NOTHING_WAITS;
    }

    /** The rows in the order the dashboard's people come, or on the page those that need attention first. */
    private List<List<String>> cells(List<Row> rows) {
        return rows.stream().sorted(locale == null ? (a, b) -> 0 : Comparator.comparingInt(Row::attention))
                .map(Row::cells).toList();
    }

    private static String lower(String code) {
        return code == null ? "none" : code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String t(String key, java.io.Serializable... args) {
        return i18n.getText(key, args);
    }
}
