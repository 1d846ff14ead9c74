package org.tandem.mentoring.service.enrolment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bad input: one {@link FieldError} per offending field. */
public class InvalidApplicationException extends EnrolmentException {

    public static final String MESSAGE_KEY = "tandem.enrol.error.invalid";

    private final Map<String, FieldError> fieldErrors;

    public InvalidApplicationException(Map<String, FieldError> fieldErrors) {
        super(MESSAGE_KEY, List.of());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidApplicationException of(String field, FieldError error) {
        return new InvalidApplicationException(Map.of(field, error));
    }

    /** Field name to error, in the order the fields were checked. */
    public Map<String, FieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + fieldErrors;
    }
}
