package org.tandem.mentoring.web.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.tandem.mentoring.service.dashboard.Retention;
import org.tandem.mentoring.web.PropertiesI18n;

/** The retention table: shares where the day has come, "fewer than k" for small groups, "Not yet" ahead. */
public class RetentionSectionsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final List<Retention.Horizon> HORIZONS = List.of(new Retention.Horizon(3, START.plusMonths(3), true),
            new Retention.Horizon(6, START.plusMonths(6), true), new Retention.Horizon(12, START.plusMonths(12), false));

    @Test
    public void of_shouldShowSharesAndHideSmallGroups() {
        Retention retention = new Retention(5, START, HORIZONS, List.of(
                new Retention.Group("MENTEES", null, Arrays.asList(null, null, null)),
                new Retention.Group("NON_PARTICIPANTS", 40, Arrays.asList(95, 90, null))));

        Section section = new RetentionSections(new PropertiesI18n(), null).of(retention);

        assertEquals(List.of("Group", "People at the programme's start", "After 3 months (2026-04-05)",
                "After 6 months (2026-07-05)", "After 12 months (2027-01-05)"), section.getHeaders());
        assertEquals(List.of("Mentees", "fewer than 5", "fewer than 5", "fewer than 5", "Not yet"),
                section.getRows().get(0));
        assertEquals(List.of("Non-participants", "40", "95%", "90%", "Not yet"), section.getRows().get(1));
        assertTrue(section.toCsv().contains("\"Mentees\",\"fewer than 5\""));
    }

    @Test
    public void of_shouldSayWhyThereIsNoTable() {
        Section noStart = new RetentionSections(new PropertiesI18n(), null).of(new Retention(5, null, List.of(),
                List.of()));
        Section emptyChart = new RetentionSections(new PropertiesI18n(), null).of(new Retention(5, START, HORIZONS,
                List.of(new Retention.Group("MENTEES", 0, Arrays.asList(null, null, null)),
                        new Retention.Group("NON_PARTICIPANTS", 0, Arrays.asList(null, null, null)))));

        assertTrue(noStart.getRows().isEmpty());
        assertEquals("The programme has no start date, so retention cannot be read yet.", noStart.getEmpty());
        assertTrue(emptyChart.getRows().isEmpty());
        assertTrue(emptyChart.getEmpty().startsWith("The org chart has nobody in it yet"));
    }
}
