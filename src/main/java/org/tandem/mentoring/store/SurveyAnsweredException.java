package org.tandem.mentoring.store;

/** The person has answered this survey occurrence already; nothing was written. */
public class SurveyAnsweredException extends RuntimeException {

    public SurveyAnsweredException(String occurrenceKey) {
        super("survey " + occurrenceKey + " was answered already");
    }
}
