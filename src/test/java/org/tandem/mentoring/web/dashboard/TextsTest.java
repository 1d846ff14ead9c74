package org.tandem.mentoring.web.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.tandem.mentoring.web.PropertiesI18n;

/** Dates and counts on the dashboards: the reader's language on the page, ISO dates and plain digits in the CSV. */
public class TextsTest {

    private static final Instant DAY = Instant.parse("2027-01-12T10:00:00Z");

    @Test
    public void onThePage_shouldWriteDatesAndCountsAsTheReadersLanguageDoes() {
        assertEquals("12. jan. 2027", new Texts(new PropertiesI18n(), Locale.forLanguageTag("da")).date(DAY));
        assertEquals("12.01.2027", new Texts(new PropertiesI18n(), Locale.GERMAN).date(DAY));
        assertEquals("12,345", new Texts(new PropertiesI18n(), Locale.ENGLISH).count(12345, 5));
        assertEquals("12.345", new Texts(new PropertiesI18n(), Locale.GERMAN).count(12345, 5));
    }

    @Test
    public void inTheCsv_shouldWriteIsoDatesAndPlainDigits() {
        Texts csv = new Texts(new PropertiesI18n(), null);
        assertEquals("2027-01-12", csv.date(DAY));
        assertEquals("12345", csv.count(12345, 5));
    }

    @Test
    public void page_shouldShowTheFirstFiftyRowsAndSayHowManyMoreTheCsvHas() {
        List<List<String>> rows = java.util.stream.IntStream.range(0, 1234).mapToObj(i -> List.of("p" + i)).toList();
        Section all = new Section("dormant", "Dormant pairs", null, List.of("Mentee"), rows, "none");

        Section page = new Texts(new PropertiesI18n(), Locale.ENGLISH).page(all);
        Section csv = new Texts(new PropertiesI18n(), null).page(all);

        assertEquals(50, page.getRows().size());
        assertEquals(List.of("p0"), page.getRows().get(0));
        assertEquals("And 1,184 more: the CSV file has every row.", page.getMore());
        assertEquals(1234, csv.getRows().size());
        assertNull(csv.getMore());
        assertEquals(1235, csv.toCsv().split("\r\n").length);
    }

    @Test
    public void page_shouldKeepAShortTableWhole() {
        Section few = new Section("dormant", "Dormant pairs", null, List.of("Mentee"), List.of(List.of("a")), "none");

        Section page = new Texts(new PropertiesI18n(), Locale.ENGLISH).page(few);

        assertEquals(1, page.getRows().size());
        assertNull(page.getMore());
    }
}
