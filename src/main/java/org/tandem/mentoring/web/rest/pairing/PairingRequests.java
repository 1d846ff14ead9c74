package org.tandem.mentoring.web.rest.pairing;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.service.enrolment.FieldError;
import org.tandem.mentoring.service.pairing.ConsentAnswer;
import org.tandem.mentoring.service.pairing.InvalidPairingException;

/**
 * Reads request bodies (JSON objects, already parsed into maps) and query parameters field by field, so that a
 * value of the wrong type is a field error like any other instead of a parser's message.
 */
final class PairingRequests {

    private static final String PREFIX = "tandem.pairing.error.";

    private final Map<String, Object> body;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    private PairingRequests(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    static PairingRequests of(Map<String, Object> body) {
        return new PairingRequests(body);
    }

    /** The required {@code version} the caller read. */
    int version() {
        return requiredInteger(body, "version", "version");
    }

    /** A required {@code {"id": n, "version": n}} object, as {id, version}. */
    int[] reference(String field) {
        Object value = body.get(field);
        if (!(value instanceof Map<?, ?> map)) {
            errors.put(field, FieldError.of(PREFIX + "type.reference"));
            return new int[] {-1, -1};
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return new int[] {requiredInteger(object, "id", field + ".id"),
            requiredInteger(object, "version", field + ".version")};
    }

    ConsentAnswer answer() {
        Object value = body.get("answer");
        if (value instanceof String text) {
            for (ConsentAnswer answer : ConsentAnswer.values()) {
                if (answer.name().equalsIgnoreCase(text.strip())) {
                    return answer;
                }
            }
        }
        errors.put("answer", FieldError.of(PREFIX + "answer.invalid"));
        return null;
    }

    String text(String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.put(field, FieldError.of(PREFIX + "type.text"));
        return null;
    }

    /** A state query parameter: empty means no filter. */
    PairingState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PairingState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("state", FieldError.of(PREFIX + "state.invalid"));
            return null;
        }
    }

    /** A theme id query parameter: empty means no filter. */
    Integer themeId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().matches("\\d{1,9}")) {
            return Integer.valueOf(value.strip());
        }
        errors.put("themeId", FieldError.of(PREFIX + "type.number"));
        return null;
    }

    /** Throws the field errors collected so far, if there are any. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidPairingException(errors);
        }
    }

    private int requiredInteger(Map<String, Object> object, String name, String field) {
        Object value = object.get(name);
        if (value == null) {
            errors.put(field, FieldError.of(PREFIX + "version.missing"));
            return -1;
        }
        Integer number = toInteger(value);
        if (number == null) {
            errors.put(field, FieldError.of(PREFIX + "type.number"));
            return -1;
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
