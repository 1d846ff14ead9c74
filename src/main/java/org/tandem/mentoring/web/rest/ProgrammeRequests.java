package org.tandem.mentoring.web.rest;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.programme.CharterForm;
import org.tandem.mentoring.service.programme.InvalidProgrammeChangeException;
import org.tandem.mentoring.service.programme.ProgrammeFieldError;

/**
 * Reads programme administration bodies (JSON objects, already parsed into maps) field by field, so that a value of
 * the wrong type is a field error like any other.
 */
final class ProgrammeRequests {

    private static final String PREFIX = "tandem.programme.admin.error.";

    private final Map<String, Object> body;
    private final Map<String, ProgrammeFieldError> errors = new LinkedHashMap<>();

    private ProgrammeRequests(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    static ProgrammeRequests of(Map<String, Object> body) {
        return new ProgrammeRequests(body);
    }

    /** The required {@code version} the caller read. */
    int version() {
        Integer version = integer("version");
        if (version == null && !errors.containsKey("version")) {
            errors.put("version", ProgrammeFieldError.of(PREFIX + "version.missing"));
        }
        return version == null ? -1 : version;
    }

    ProgrammePhase phase() {
        Object value = body.get("phase");
        if (value instanceof String text) {
            try {
                return ProgrammePhase.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        errors.put("phase", ProgrammeFieldError.of(PREFIX + "phase.invalid"));
        return null;
    }

    CharterForm charter() {
        int version = version();
        return new CharterForm(version, text("purpose"), text("goals"), text("confidentialityRules"), date("startDate"),
                integer("durationMonths"), cadence(), flag("managerApprovalRequired"), flag("sponsorApprovalRequired"));
    }

    String text(String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.put(field, ProgrammeFieldError.of(PREFIX + "type.text"));
        return null;
    }

    /** Throws the field errors collected so far, if there are any. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw InvalidProgrammeChangeException.fields(errors);
        }
    }

    private LocalDate date(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, ProgrammeFieldError.of(PREFIX + "type.date"));
            return null;
        }
    }

    private Cadence cadence() {
        Object value = body.get("cadence");
        if (value == null || (value instanceof String blank && blank.isBlank())) {
            return null;
        }
        if (value instanceof String text) {
            try {
                return Cadence.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        errors.put("cadence", ProgrammeFieldError.of(PREFIX + "cadence.invalid"));
        return null;
    }

    private Boolean flag(String field) {
        Object value = body.get(field);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        errors.put(field, ProgrammeFieldError.of(PREFIX + "type.boolean"));
        return null;
    }

    private Integer integer(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        Integer number = toInteger(value);
        if (number == null) {
            errors.put(field, ProgrammeFieldError.of(PREFIX + "type.number"));
        }
        return number;
    }

    private static Integer toInteger(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            BigInteger big = new BigInteger(value.toString());
            return big.bitLength() < 32 ? big.intValue() : null;
        }
        if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }
}
