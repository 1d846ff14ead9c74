package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the dashboards write a count that may be suppressed, and a date. */
final class Texts {

    private final I18nResolver i18n;

    Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    String fewer(int k) {
        return i18n.getText("tandem.dashboard.fewer", k);
    }

    String count(Integer count, int k) {
        return count == null ? fewer(k) : String.valueOf(count);
    }

    String date(Instant at) {
        return at == null ? i18n.getText("tandem.dashboard.never") : DateTimeFormatter.ISO_LOCAL_DATE
                .format(at.atOffset(ZoneOffset.UTC));
    }
}
