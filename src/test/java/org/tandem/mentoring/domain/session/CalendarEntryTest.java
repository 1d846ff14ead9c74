package org.tandem.mentoring.domain.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.Test;

public class CalendarEntryTest {

    private static final Instant STAMP = Instant.parse("2026-12-02T08:00:00Z");
    private static final Instant START = Instant.parse("2027-01-14T14:00:00Z");
    private static final Instant END = Instant.parse("2027-01-14T14:48:00Z");

    private static CalendarEntry entry(String summary, String location, String description) {
        return new CalendarEntry("tandem-speed-7-abc@tandem", 2, STAMP, START, END, summary, location,
                description);
    }

    @Test
    public void text_shouldHoldOneEventInUtcWithCrlfLines() {
        String text = entry("Speed mentoring", "Room 4", "Round 1: table 2").text();

        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Mentoring//EN\r\nCALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:tandem-speed-7-abc@tandem\r\nSEQUENCE:2\r\n"
                + "DTSTAMP:20261202T080000Z\r\nDTSTART:20270114T140000Z\r\nDTEND:20270114T144800Z\r\n"
                + "SUMMARY:Speed mentoring\r\nLOCATION:Room 4\r\nDESCRIPTION:Round 1: table 2\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n", text);
    }

    @Test
    public void text_shouldEscapeTextValues() {
        String text = entry("A; B, C\\D", "Room 4, floor 2", "Round 1\nRound 2\r\nRound 3").text();

        assertTrue(text, text.contains("SUMMARY:A\\; B\\, C\\\\D\r\n"));
        assertTrue(text, text.contains("LOCATION:Room 4\\, floor 2\r\n"));
        assertTrue(text, text.contains("DESCRIPTION:Round 1\\nRound 2\\nRound 3\r\n"));
    }

    @Test
    public void text_shouldFoldLongLinesAt75OctetsWithoutSplittingACharacter() {
        String description = "Runde 1 kl. 15:00, bord 5: mød Åse Øster-Ærø fra Økonomi og Ændringsledelse; ".repeat(4);
        String text = entry("Speed-mentoring", "https://video.example.com/room/4", description).text();

        for (String line : text.split("\r\n")) {
            assertTrue(line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
            assertFalse(line, line.contains("\uFFFD"));
        }
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded, unfolded.contains("DESCRIPTION:" + CalendarEntry.escape(description) + "\r\n"));
        assertTrue(text, text.contains("\r\n "));
    }

    @Test
    public void text_shouldLeaveOutAnEmptyLocation() {
        assertFalse(entry("Speed mentoring", " ", "x").text().contains("LOCATION"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void new_shouldRefuseAnEndBeforeTheStart() {
        new CalendarEntry("u", 0, STAMP, END, START, "s", null, null);
    }
}
