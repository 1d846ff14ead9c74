package org.tandem.mentoring.service.survey;

import java.io.Serializable;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/** The message keys of the surveys' refusals. */
public final class SurveyRefusals {

    public static final String PREFIX = "tandem.survey.error.";
    public static final String INVALID = PREFIX + "invalid";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String ANSWERED = PREFIX + "answered";
    public static final String CLOSED = PREFIX + "closed";
    public static final String LOCKED = PREFIX + "locked";

    private SurveyRefusals() {
    }

    public static Refusal.NotFound notFound() {
        return new Refusal.NotFound(NOT_FOUND);
    }

    public static Refusal.Invalid invalid(String field, String key, Serializable... args) {
        return Refusal.Invalid.of(INVALID, field, FieldError.of(PREFIX + key, args));
    }
}
