package org.tandem.mentoring.web.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.PropertiesI18n;

public class SurveySectionsTest {

    private final SurveySections sections = new SurveySections(new PropertiesI18n());

    private static Surveys.Results results() {
        return new Surveys.Results(List.of(new Statement("default-1", null), new Statement("s9", "Own words")),
                Map.of("default-1", new Surveys.Score("2026-07", 6, 2.5)),
                Map.of("default-1", new Surveys.Score("2026-12", null, null)),
                List.of("2026-03"), Map.of("2026-03", Map.of("pulse-rhythm", new Surveys.Score("2026-03", 5, 4.2))),
                Map.of(ClosureReason.MOVED_ON, 7), 5);
    }

    @Test
    public void of_shouldShowLargeGroupsAndSuppressSmallOnesInTheTableAndItsCsv() {
        List<Section> all = sections.of(results());

        assertEquals(List.of("survey-statements", "survey-pulse", "survey-closure"),
                all.stream().map(Section::getId).toList());
        Section statements = all.get(0);
        assertEquals(List.of(List.of("My manager gives me ongoing feedback about how my results from the mentoring "
                + "programme affect my daily work performance.", "6", "2.5 of 5", "fewer than 5", "fewer than 5"),
                List.of("Own words", "0", "no answers", "0", "no answers")), statements.getRows());
        String csv = statements.toCsv();
        assertTrue(csv, csv.contains("\"fewer than 5\""));
        assertTrue(statements.getChartHtml(), statements.getChartHtml().contains("<svg"));
        assertEquals(List.of(List.of("2026-03", "We meet as often as we agreed.", "5", "4.2 of 5")),
                all.get(1).getRows());
        assertEquals(List.of(List.of("One of us moved to another role", "7")), all.get(2).getRows());
    }

    @Test
    public void of_shouldSayWhenNothingWasAnswered() {
        List<Section> empty = sections.of(new Surveys.Results(Statement.DEFAULTS, Map.of(), Map.of(), List.of(),
                Map.of(), Map.of(), 5));

        assertTrue(empty.stream().allMatch(s -> s.getRows().isEmpty()));
        assertNull(empty.get(0).getChartHtml());
        assertFalse(empty.get(1).getEmpty().isBlank());
    }
}
