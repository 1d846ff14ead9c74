package org.tandem.mentoring.service;

import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.tandem.mentoring.host.ViewerLocale;

/**
 * Dates and numbers the way the person of the current request reads them, in their Confluence language. Texts
 * need nothing from here: the host's I18nResolver already answers in that language.
 */
@Named
public class ViewerLanguage {

    /** The languages Tandem's texts are written in, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"),
            Locale.forLanguageTag("nl"), Locale.GERMAN, Locale.FRENCH);

    private final ViewerLocale viewerLocale;

    public ViewerLanguage(ViewerLocale viewerLocale) {
        this.viewerLocale = viewerLocale;
    }

    public Locale locale() {
        return viewerLocale.get();
    }

    /** A calendar date, such as "12 Jan 2027" or "12.01.2027", as the viewer's language writes it. */
    public String date(LocalDate date) {
        return date(date, locale());
    }

    /** A moment in UTC, such as "12 Jan 2027, 14:05", as the viewer's language writes it. */
    public String dateTimeUtc(Instant instant) {
        return dateTimeUtc(instant, locale());
    }

    /** A wall-clock date and time, such as "12 Jan 2027, 14:05", as the viewer's language writes it. */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(dateTime);
    }

    /** A whole number with the viewer's digit grouping, such as "50,000", "50.000" or "50 000". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    /**
     * A moment as a date and time in {@code zone} with the zone's name, such as "14 Jan 2027, 16:00 (Central
     * European Standard Time)", as {@code locale} writes it.
     */
    public static String dateTimeIn(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? null : new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(" (")
                .appendZoneText(TextStyle.FULL).appendLiteral(')').toFormatter(locale)
                .withZone(zone).format(instant);
    }

    /** A moment's time of day in {@code zone}, such as "16:00", as {@code locale} writes it. */
    public static String timeIn(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    public static String dateTimeUtc(Instant instant, Locale locale) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
    }
}
