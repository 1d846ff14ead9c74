package org.tandem.mentoring.web.thanks;

import java.time.LocalDate;
import java.util.Locale;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.thanks.ThankYou;

/** What the thank-you template shows: plain texts, dates written in the reader's language, counts. */
public final class ThanksView {

    private final ThankYou thanks;
    private final Locale locale;

    public ThanksView(ThankYou thanks, Locale locale) {
        this.thanks = thanks;
        this.locale = locale;
    }

    public String getMentorName() {
        return thanks.mentorName();
    }

    public String getProgrammeName() {
        return thanks.programme().name();
    }

    public String getFrom() {
        return date(thanks.from());
    }

    public String getTo() {
        return date(thanks.to());
    }

    public String getMentees() {
        return String.valueOf(thanks.mentees());
    }

    public String getSessions() {
        return String.valueOf(thanks.sessions());
    }

    /** The coordinators' names joined by commas, or an empty text when none is known. */
    public String getCoordinators() {
        return String.join(", ", thanks.coordinators());
    }

    public boolean isSigned() {
        return !thanks.coordinators().isEmpty();
    }

    private String date(LocalDate date) {
        return date == null ? "" : ViewerLanguage.date(date, locale);
    }
}
