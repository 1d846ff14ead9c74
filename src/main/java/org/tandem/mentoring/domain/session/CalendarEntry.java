package org.tandem.mentoring.domain.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One calendar entry as an iCalendar file (RFC 5545): a VCALENDAR published with one VEVENT, its times in UTC (so no
 * VTIMEZONE is needed and Outlook and Google place it right), its text values escaped (backslash, semicolon, comma,
 * line breaks) and every content line folded at 75 octets without splitting a character, lines ending in CRLF. The
 * {@code uid} names the entry for good, so that a calendar replaces it when a later file with a higher
 * {@code sequence} comes. Callers give titles, names, places and links, never a note.
 */
public record CalendarEntry(String uid, int sequence, Instant stamp, Instant start, Instant end, String summary,
        String location, String description) {

    public static final String MIME_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    public CalendarEntry {
        if (uid == null || uid.isBlank() || stamp == null || start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a calendar entry needs a uid, a stamp and a start before its end");
        }
    }

    /** The file's text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tandem//Mentoring//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + escape(uid));
        line(out, "SEQUENCE:" + Math.max(0, sequence));
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line(out, "LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, every line break written as {@code \n}. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets: each further piece starts with a space on a line of its own. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
