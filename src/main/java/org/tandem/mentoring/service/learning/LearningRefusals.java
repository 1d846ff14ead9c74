package org.tandem.mentoring.service.learning;

import java.io.Serializable;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/** The message keys of the refusals of learnings, expectations meetings and fit answers. */
public final class LearningRefusals {

    public static final String INVALID = "tandem.learning.error.invalid";
    public static final String NOT_FOUND = "tandem.learning.error.not-found";
    public static final String STALE = "tandem.learning.error.stale";
    public static final String STATE = "tandem.learning.error.state";
    public static final String NO_MANAGER = "tandem.learning.error.no-manager";
    public static final String TOO_EARLY = "tandem.learning.error.too-early";
    public static final String SIGN_IN = "tandem.learning.error.sign-in";
    public static final String FIELD = "tandem.learning.error.";

    private LearningRefusals() {
    }

    /** "Not found" for whatever the caller may not know exists. */
    public static Refusal.NotFound notFound() {
        return new Refusal.NotFound(NOT_FOUND);
    }

    public static Refusal.Invalid invalid(String field, String key, Serializable... args) {
        return Refusal.Invalid.of(INVALID, field, FieldError.of(key, args));
    }
}
