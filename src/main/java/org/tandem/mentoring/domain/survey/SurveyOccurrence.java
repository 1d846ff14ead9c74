package org.tandem.mentoring.domain.survey;

import java.time.LocalDate;

/**
 * One survey one person is asked to answer: its kind, the pairing it is about, the day it opened and the first day
 * it is closed again. {@link #key()} names it for good (one answer per person and key).
 */
public record SurveyOccurrence(SurveyKind kind, int pairingId, int programmeId, LocalDate due, LocalDate closes) {

    /** {@code survey:<kind>:<pairingId>:<due>}, such as {@code survey:pulse:42:2027-01-30}. */
    public String key() {
        return key(kind, pairingId, due);
    }

    public static String key(SurveyKind kind, int pairingId, LocalDate due) {
        return "survey:" + kind.code() + ":" + pairingId + ":" + due;
    }

    /** The last day it can be answered. */
    public LocalDate lastDay() {
        return closes.minusDays(1);
    }
}
