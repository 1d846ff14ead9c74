package org.tandem.mentoring.service.circle;

import java.io.Serializable;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/** The message keys of the alumni peer circles' refusals. */
public final class CircleRefusals {

    public static final String PREFIX = "tandem.circle.error.";
    public static final String INVALID = PREFIX + "invalid";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String FORBIDDEN = PREFIX + "forbidden";

    private CircleRefusals() {
    }

    public static Refusal.NotFound notFound() {
        return new Refusal.NotFound(NOT_FOUND);
    }

    public static Refusal.Invalid invalid(String field, String key, Serializable... args) {
        return Refusal.Invalid.of(INVALID, field, FieldError.of(PREFIX + key, args));
    }
}
