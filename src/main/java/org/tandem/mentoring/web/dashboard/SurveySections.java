package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.chart.SvgChart;
import org.tandem.mentoring.web.survey.SurveyTexts;

/**
 * The survey results as dashboard sections, for the macro and the CSV export alike: each statement's answers and
 * average at the mid-point and at the end, the pulse by month and question, the closure reasons. Counts under k
 * read "fewer than k" and their average is not shown; nothing is shown per answer.
 */
public final class SurveySections {

    private final I18nResolver i18n;
    private final Locale locale;
    private final Texts texts;
    private final SurveyTexts words;

    /** Sections for the CSV files: ISO dates and plain digits. */
    public SurveySections(I18nResolver i18n) {
        this(i18n, null);
    }

    /** Sections for the page, with dates and numbers as the reader's language writes them. */
    public SurveySections(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.texts = new Texts(i18n, locale);
        this.words = new SurveyTexts(i18n);
    }

    public List<Section> of(Surveys.Results results) {
        int k = results.k();
        List<Section> sections = new ArrayList<>();
        List<List<String>> statementRows = new ArrayList<>();
        List<SvgChart.Bar> statementBars = new ArrayList<>();
        int number = 0;
        for (Statement statement : results.statements()) {
            number++;
            Surveys.Score mid = results.midpoint().get(statement.key());
            Surveys.Score end = results.end().get(statement.key());
            statementRows.add(List.of(words.item(statement), count(mid, k), average(mid, k), count(end, k),
                    average(end, k)));
            statementBars.add(bar(t("tandem.survey.result.statement-at", number, words.kind(SurveyKind.MIDPOINT)),
                    mid, k));
            statementBars.add(bar(t("tandem.survey.result.statement-at", number, words.kind(SurveyKind.END)), end,
                    k));
        }
        boolean anyStatement = !results.midpoint().isEmpty() || !results.end().isEmpty();
        sections.add(new Section("survey-statements", t("tandem.survey.result.statements"), anyStatement
                ? SvgChart.bars(t("tandem.survey.result.statements"), t("tandem.survey.result.statements.desc"),
                        statementBars) : null,
                List.of(t("tandem.survey.result.statement"), t("tandem.survey.result.midpoint-answers"),
                        t("tandem.survey.result.midpoint-average"), t("tandem.survey.result.end-answers"),
                        t("tandem.survey.result.end-average")),
                anyStatement ? statementRows : List.of(), t("tandem.survey.result.statements.empty")));

        List<List<String>> pulseRows = new ArrayList<>();
        List<SvgChart.Bar> pulseBars = new ArrayList<>();
        for (String month : results.pulseMonths()) {
            Map<String, Surveys.Score> scores = results.pulse().get(month);
            for (String question : SurveyKind.PULSE_QUESTIONS) {
                Surveys.Score score = scores.get(question);
                if (score != null) {
                    String label = t("tandem.survey.item." + question);
                    pulseRows.add(List.of(month, label, count(score, k), average(score, k)));
                }
            }
            Surveys.Score first = scores.get(SurveyKind.PULSE_QUESTIONS.get(0));
            pulseBars.add(bar(t("tandem.survey.result.pulse-month", month), first, k));
        }
        sections.add(new Section("survey-pulse", t("tandem.survey.result.pulse"), pulseRows.isEmpty() ? null
                : SvgChart.bars(t("tandem.survey.result.pulse"), t("tandem.survey.result.pulse.desc"), pulseBars),
                List.of(t("tandem.survey.result.month"), t("tandem.survey.result.question"),
                        t("tandem.survey.result.answers"), t("tandem.survey.result.average")),
                pulseRows, t("tandem.survey.result.pulse.empty")));

        List<List<String>> reasonRows = new ArrayList<>();
        List<SvgChart.Bar> reasonBars = new ArrayList<>();
        for (Map.Entry<ClosureReason, Integer> reason : results.reasons().entrySet()) {
            String label = words.reason(reason.getKey());
            reasonRows.add(List.of(label, texts.count(reason.getValue(), k)));
            reasonBars.add(new SvgChart.Bar(label, reason.getValue(), texts.count(reason.getValue(), k)));
        }
        sections.add(new Section("survey-closure", t("tandem.survey.result.closure"), reasonRows.isEmpty() ? null
                : SvgChart.bars(t("tandem.survey.result.closure"), t("tandem.survey.result.closure.desc"),
                        reasonBars),
                List.of(t("tandem.survey.result.reason"), t("tandem.survey.result.answers")), reasonRows,
                t("tandem.survey.result.closure.empty")));
        return sections;
    }

    String count(Surveys.Score score, int k) {
        return score == null ? "0" : texts.count(score.count(), k);
    }

    /** The average as "3.4 of 5"; "fewer than k" for a small group, "no answers" for none. */
    String average(Surveys.Score score, int k) {
        if (score == null) {
            return t("tandem.survey.result.no-average");
        }
        return score.average() == null ? texts.fewer(k)
                : t("tandem.survey.result.score", String.format(java.util.Locale.ROOT, "%.1f", score.average()));
    }

    /** A bar of an average, in tenths so that 3.4 and 3.5 differ; suppressed when its group is small. */
    SvgChart.Bar bar(String label, Surveys.Score score, int k) {
        Integer tenths = score == null || score.average() == null ? null
                : (int) Math.round(score.average() * 10);
        return new SvgChart.Bar(label, tenths, average(score, k));
    }

    private String t(String key, Serializable... args) {
        return i18n.getText(key, args);
    }
}
