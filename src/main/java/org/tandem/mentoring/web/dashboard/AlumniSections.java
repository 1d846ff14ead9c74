package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.chart.SvgChart;

/**
 * The alumni check-in's results as a dashboard section: how many former mentees and managers answered "still
 * applying what was learnt?" three months after the end, and the average; a count under k reads "fewer than k" and
 * its average is not shown. Nothing is shown per answer. The managers' mid-point feedback ("have you seen your
 * report's work change?") is shown the same way.
 */
public final class AlumniSections {

    private static final List<String> QUESTIONS = List.of(SurveyKind.ALUMNI_MENTEE_QUESTION,
            SurveyKind.ALUMNI_MANAGER_QUESTION);

    private final I18nResolver i18n;
    private final SurveySections scores;

    /** The section for the CSV files: plain digits. */
    public AlumniSections(I18nResolver i18n) {
        this(i18n, null);
    }

    /** The section for the page, numbers as the reader's language writes them. */
    public AlumniSections(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.scores = new SurveySections(i18n, locale);
    }

    public Section of(Surveys.Results results) {
        return section("survey-alumni", "tandem.alumni.result.", QUESTIONS, results.alumni(), results.k());
    }

    /** The managers' mid-point feedback, all managers of the programme's mentees together. */
    public Section managers(Surveys.Results results) {
        return section("survey-manager-midpoint", "tandem.manager-midpoint.result.",
                List.of(SurveyKind.MANAGER_MIDPOINT_QUESTION), results.managers(), results.k());
    }

    private Section section(String id, String prefix, List<String> questions, Map<String, Surveys.Score> found,
            int k) {
        List<List<String>> rows = new ArrayList<>();
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (String question : questions) {
            Surveys.Score score = found.get(question);
            String label = i18n.getText(prefix + question);
            rows.add(List.of(label, scores.count(score, k), scores.average(score, k)));
            bars.add(scores.bar(label, score, k));
        }
        String title = i18n.getText(prefix + "title");
        boolean any = !found.isEmpty();
        return new Section(id, title, any ? SvgChart.bars(title, i18n.getText(prefix + "desc"), bars) : null,
                List.of(i18n.getText(prefix + "who"), i18n.getText("tandem.survey.result.answers"),
                        i18n.getText("tandem.survey.result.average")),
                any ? rows : List.of(), i18n.getText(prefix + "empty"));
    }
}
