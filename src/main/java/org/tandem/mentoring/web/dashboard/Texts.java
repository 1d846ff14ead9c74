package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tandem.mentoring.service.ViewerLanguage;

/**
 * How the dashboards write a count that may be suppressed, and a date: in the reader's language on the page, and
 * as ISO dates and plain digits in the CSV files (no locale), so that a spreadsheet reads them the same everywhere.
 */
final class Texts {

    /** The rows a per-person table shows on the page; the CSV file has them all. */
    static final int PAGE_ROWS = 50;

    private final I18nResolver i18n;
    private final Locale locale;

    /** @param locale the reader's, or null for the CSV files */
    Texts(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    String fewer(int k) {
        return i18n.getText("tandem.dashboard.fewer", k);
    }

    String count(Integer count, int k) {
        return count == null ? fewer(k) : number(count);
    }

    String number(long value) {
        return locale == null ? String.valueOf(value) : NumberFormat.getIntegerInstance(locale).format(value);
    }

    String date(Instant at) {
        if (at == null) {
            return i18n.getText("tandem.dashboard.never");
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return locale == null ? DateTimeFormatter.ISO_LOCAL_DATE.format(day) : ViewerLanguage.date(day, locale);
    }

    /**
     * On the page (a reader's locale), the section's first {@link #PAGE_ROWS} rows and a line saying how many more
     * the CSV file holds; for the CSV files (no locale), every row.
     */
    Section page(Section section) {
        return locale == null ? section : section.firstRows(PAGE_ROWS,
                left -> i18n.getText("tandem.dashboard.more", number(left)));
    }
}
