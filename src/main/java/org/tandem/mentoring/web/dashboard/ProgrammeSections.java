package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboard;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.service.dashboard.Rhythm;
import org.tandem.mentoring.web.chart.SvgChart;
import org.tandem.mentoring.service.programme.ThemeNames;

/** The coordinators' dashboards as sections: the same tables for the macro and for the CSV export. */
public final class ProgrammeSections {

    private final I18nResolver i18n;
    private final Locale locale;
    private final Texts texts;

    /** Sections for the CSV files: ISO dates and plain digits. */
    public ProgrammeSections(I18nResolver i18n) {
        this(i18n, null);
    }

    /** Sections for the page, with dates and numbers as the reader's language writes them. */
    public ProgrammeSections(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.texts = new Texts(i18n, locale);
    }

    public List<Section> of(ProgrammeDashboard d) {
        List<Section> sections = new ArrayList<>();
        String fewer = texts.fewer(d.k());
        List<SvgChart.Stack> funnelRows = new ArrayList<>();
        List<List<String>> funnel = new ArrayList<>();
        List<SvgChart.Bar> menteeFunnel = new ArrayList<>();
        for (ProgrammeDashboard.Stage stage : d.funnel()) {
            String label = t("tandem.dashboard.stage." + stage.stage());
            funnel.add(List.of(label, texts.count(stage.mentees(), d.k()), texts.count(stage.mentors(), d.k())));
            menteeFunnel.add(new SvgChart.Bar(label, stage.mentees(), texts.count(stage.mentees(), d.k())));
            funnelRows.add(new SvgChart.Stack(label, java.util.Arrays.asList(stage.mentees(), stage.mentors()),
                    List.of(texts.count(stage.mentees(), d.k()), texts.count(stage.mentors(), d.k()))));
        }
        sections.add(new Section("funnel", t("tandem.dashboard.funnel"),
                SvgChart.funnel(t("tandem.dashboard.funnel"), t("tandem.dashboard.funnel.desc"), menteeFunnel),
                List.of(t("tandem.dashboard.stage"), t("tandem.dashboard.mentees"), t("tandem.dashboard.mentors")),
                funnel, null));
        String rate = d.matchRate() == null ? fewer : t("tandem.dashboard.percent", d.matchRate());
        sections.add(new Section("match-rate", t("tandem.dashboard.match-rate"),
                SvgChart.ring(t("tandem.dashboard.match-rate"), t("tandem.dashboard.match-rate.desc", rate),
                        d.matchRate(), rate),
                List.of(t("tandem.dashboard.measure"), t("tandem.dashboard.value")),
                List.of(List.of(t("tandem.dashboard.match-rate"), rate),
                        List.of(t("tandem.dashboard.mentees-active"), texts.count(d.matchedMentees(), d.k())),
                        List.of(t("tandem.dashboard.mentees-approved"), texts.count(d.approvedMentees(), d.k()))),
                null));
        List<SvgChart.Bar> standing = new ArrayList<>();
        List<List<String>> rhythm = new ArrayList<>();
        for (ProgrammeDashboard.StandingCount count : d.rhythm()) {
            String label = t("tandem.dashboard.standing." + count.standing().name().toLowerCase(java.util.Locale.ROOT));
            standing.add(new SvgChart.Bar(label, count.pairs(), texts.count(count.pairs(), d.k())));
            rhythm.add(List.of(label, texts.count(count.pairs(), d.k())));
        }
        sections.add(new Section("rhythm", t("tandem.dashboard.rhythm"), d.activePairs() == 0 ? null
                : SvgChart.bars(t("tandem.dashboard.rhythm"), t("tandem.dashboard.rhythm.desc"), standing),
                List.of(t("tandem.dashboard.standing"), t("tandem.dashboard.pairs")),
                d.activePairs() == 0 ? List.of() : rhythm, t("tandem.dashboard.rhythm.empty")));
        List<List<String>> dormant = d.dormant().stream().map(p -> List.of(p.mentee(), p.mentor(),
                texts.date(p.rhythm().lastSession()), t("tandem.dashboard.cadence." + p.rhythm().cadence().name()
                        .toLowerCase(java.util.Locale.ROOT)))).toList();
        sections.add(texts.page(new Section("dormant", t("tandem.dashboard.dormant"), null,
                List.of(t("tandem.dashboard.mentee"), t("tandem.dashboard.mentor"), t("tandem.dashboard.last-session"),
                        t("tandem.dashboard.cadence")), dormant, t("tandem.dashboard.dormant.empty"))));
        List<SvgChart.Stack> themeRows = new ArrayList<>();
        List<List<String>> themes = new ArrayList<>();
        for (ProgrammeDashboard.ThemeRow row : d.themes()) {
            String theme = ThemeNames.of(i18n, row.theme());
            themes.add(List.of(theme, texts.count(row.asked(), d.k()), texts.count(row.offered(), d.k()),
                    texts.count(row.shared(), d.k())));
            themeRows.add(new SvgChart.Stack(theme, java.util.Arrays.asList(row.asked(), row.offered(),
                    row.shared()), List.of(texts.count(row.asked(), d.k()), texts.count(row.offered(), d.k()),
                    texts.count(row.shared(), d.k()))));
        }
        List<String> themeHeaders = List.of(t("tandem.dashboard.theme"), t("tandem.dashboard.asked"),
                t("tandem.dashboard.offered"), t("tandem.dashboard.shared"));
        sections.add(new Section("themes", t("tandem.dashboard.themes"), themes.isEmpty() ? null
                : SvgChart.stacked(t("tandem.dashboard.themes"), t("tandem.dashboard.themes.desc"),
                        themeHeaders.subList(1, 4), themeRows.subList(0, Math.min(8, themeRows.size()))),
                themeHeaders, themes, t("tandem.dashboard.themes.empty")));
        ProgrammeDashboard.Engagement e = d.engagement();
        List<SvgChart.Bar> engagementBars = List.of(
                new SvgChart.Bar(t("tandem.dashboard.expectations-held"), e.expectationsHeld(),
                        texts.count(e.expectationsHeld(), d.k())),
                new SvgChart.Bar(t("tandem.dashboard.shared-learnings"), e.sharedLearnings(),
                        texts.count(e.sharedLearnings(), d.k())),
                new SvgChart.Bar(t("tandem.dashboard.feedback-given"), e.feedbackGiven(),
                        texts.count(e.feedbackGiven(), d.k())));
        sections.add(new Section("managers", t("tandem.dashboard.managers"),
                SvgChart.bars(t("tandem.dashboard.managers"), t("tandem.dashboard.managers.desc"), engagementBars),
                List.of(t("tandem.dashboard.measure"), t("tandem.dashboard.value")),
                List.of(List.of(t("tandem.dashboard.expectations-held"), texts.count(e.expectationsHeld(), d.k())),
                        List.of(t("tandem.dashboard.managers-who-held"), texts.count(e.managersWhoHeld(), d.k())),
                        List.of(t("tandem.dashboard.shared-learnings"), texts.count(e.sharedLearnings(), d.k())),
                        List.of(t("tandem.dashboard.feedback-given"), texts.count(e.feedbackGiven(), d.k())),
                        List.of(t("tandem.dashboard.managers-who-gave"),
                                texts.count(e.managersWhoGaveFeedback(), d.k())),
                        List.of(t("tandem.dashboard.rematches"), texts.count(d.rematchesNeeded(), d.k()))),
                null));
        sections.add(new Section("surveys", t("tandem.dashboard.surveys"), null, List.of(), List.of(),
                t("tandem.dashboard.surveys.empty")));
        return sections;
    }

    /** The dashboard with the survey results ({@link SurveySections}) in place of the surveys' placeholder. */
    public List<Section> of(ProgrammeDashboard d, org.tandem.mentoring.service.survey.Surveys.Results surveys) {
        List<Section> sections = new ArrayList<>(of(d));
        sections.removeIf(s -> s.getId().equals("surveys"));
        sections.addAll(new SurveySections(i18n, locale).of(surveys));
        sections.add(new AlumniSections(i18n, locale).of(surveys));
        sections.add(new AlumniSections(i18n, locale).managers(surveys));
        return sections;
    }

    /** As {@link #of(ProgrammeDashboard, org.tandem.mentoring.service.survey.Surveys.Results)}, and retention. */
    public List<Section> of(ProgrammeDashboard d, org.tandem.mentoring.service.survey.Surveys.Results surveys,
            org.tandem.mentoring.service.dashboard.Retention retention) {
        List<Section> sections = new ArrayList<>(of(d, surveys));
        sections.add(new RetentionSections(i18n, locale).of(retention));
        return sections;
    }

    /** The side-by-side view of every programme the viewer coordinates. */
    public Section across(List<ProgrammeDashboards.Summary> rows, int k) {
        List<List<String>> table = rows.stream().map(s -> List.of(s.programme().name(),
                t("tandem.dashboard.phase." + s.programme().phase().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                texts.count(s.applied(), k), texts.count(s.approved(), k), texts.count(s.activePairs(), k),
                s.matchRate() == null ? texts.fewer(k) : t("tandem.dashboard.percent", s.matchRate()),
                texts.count(s.sessionsHeld(), k), texts.count(s.dormant(), k), texts.count(s.rematchesNeeded(), k)))
                .toList();
        List<SvgChart.Stack> chart = rows.stream().map(s -> new SvgChart.Stack(s.programme().name(),
                java.util.Arrays.asList(s.activePairs(), s.dormant()),
                List.of(texts.count(s.activePairs(), k), texts.count(s.dormant(), k)))).toList();
        // the page's heading already says "All programmes": the one section below it names what it compares
        return new Section("programmes", t("tandem.dashboard.across.section"), rows.isEmpty() ? null
                : SvgChart.stacked(t("tandem.dashboard.across.section"), t("tandem.dashboard.across.desc"),
                        List.of(t("tandem.dashboard.active-pairs"), t("tandem.dashboard.dormant-pairs")), chart),
                List.of(t("tandem.dashboard.programme"), t("tandem.dashboard.phase"), t("tandem.dashboard.applied"),
                        t("tandem.dashboard.approved"), t("tandem.dashboard.active-pairs"),
                        t("tandem.dashboard.match-rate"), t("tandem.dashboard.sessions-held"),
                        t("tandem.dashboard.dormant-pairs"), t("tandem.dashboard.rematches")),
                table, t("tandem.dashboard.across.empty"));
    }

    private String t(String key, java.io.Serializable... args) {
        return i18n.getText(key, args);
    }

}
