package org.tandem.mentoring.service.programme;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input or a move the rules do not allow: a message for the whole request and, where a field is to blame, one
 * {@link ProgrammeFieldError} per field.
 */
public class InvalidProgrammeChangeException extends ProgrammeAdministrationException {

    public static final String INVALID = "tandem.programme.admin.error.invalid";

    private final Map<String, ProgrammeFieldError> fieldErrors;

    public InvalidProgrammeChangeException(String messageKey, List<Serializable> args,
            Map<String, ProgrammeFieldError> fieldErrors) {
        super(messageKey, args);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidProgrammeChangeException fields(Map<String, ProgrammeFieldError> fieldErrors) {
        return new InvalidProgrammeChangeException(INVALID, List.of(), fieldErrors);
    }

    public static InvalidProgrammeChangeException field(String field, ProgrammeFieldError error) {
        return fields(Map.of(field, error));
    }

    /** Field name to error, in the order the fields were checked. */
    public Map<String, ProgrammeFieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + fieldErrors;
    }
}
