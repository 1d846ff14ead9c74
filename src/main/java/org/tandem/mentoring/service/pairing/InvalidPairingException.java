package org.tandem.mentoring.service.pairing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.enrolment.FieldError;

/** Bad input: one {@link FieldError} per offending field. */
public class InvalidPairingException extends PairingException {

    public static final String MESSAGE_KEY = "tandem.pairing.error.invalid";

    private final Map<String, FieldError> fieldErrors;

    public InvalidPairingException(Map<String, FieldError> fieldErrors) {
        super(MESSAGE_KEY, List.of());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidPairingException of(String field, String key, java.io.Serializable... args) {
        return new InvalidPairingException(Map.of(field, FieldError.of(key, args)));
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
