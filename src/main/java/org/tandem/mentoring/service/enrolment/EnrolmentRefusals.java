package org.tandem.mentoring.service.enrolment;

import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/** The message keys of enrolment refusals, and the refusals that carry an id. */
public final class EnrolmentRefusals {

    public static final String INVALID = "tandem.enrol.error.invalid";
    public static final String APPLICATION_NOT_FOUND = "tandem.enrol.error.application.not-found";
    public static final String PROGRAMME_NOT_FOUND = "tandem.enrol.error.programme.not-found";
    public static final String STALE = "tandem.enrol.error.stale";
    public static final String STATE = "tandem.enrol.error.state";

    private EnrolmentRefusals() {
    }

    public static Refusal.Invalid invalid(Map<String, FieldError> errors) {
        return new Refusal.Invalid(INVALID, errors);
    }

    public static Refusal.Invalid invalid(String field, FieldError error) {
        return Refusal.Invalid.of(INVALID, field, error);
    }

    public static Refusal.NotFound applicationNotFound(int id) {
        return new Refusal.NotFound(APPLICATION_NOT_FOUND, id);
    }

    public static Refusal.NotFound programmeNotFound(int id) {
        return new Refusal.NotFound(PROGRAMME_NOT_FOUND, id);
    }
}
