package org.tandem.mentoring.web.rest.enrolment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.FieldError;
import org.tandem.mentoring.service.enrolment.InvalidApplicationException;
import org.tandem.mentoring.service.enrolment.Verdict;

/**
 * Reads request bodies (JSON objects, already parsed into maps) field by field, so that a value of the wrong type
 * is a field error like any other instead of a parser's message.
 */
final class ApplicationRequests {

    private static final String PREFIX = "tandem.enrol.error.";

    private final Map<String, Object> body;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    private ApplicationRequests(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    static ApplicationRequests of(Map<String, Object> body) {
        return new ApplicationRequests(body);
    }

    /** The application form in the body; fields that are missing are null or empty. */
    ApplicationForm form() {
        return new ApplicationForm(role(), integers("themeIds"), text("goals"), text("motivation"),
                integer("capacity"), text("language"), text("availability"), texts("preferredUserKeys"),
                texts("excludedUserKeys"));
    }

    /** The required {@code version} the caller read. */
    int version() {
        Integer version = integer("version");
        if (version == null && !errors.containsKey("version")) {
            errors.put("version", FieldError.of(PREFIX + "version.missing"));
        }
        return version == null ? -1 : version;
    }

    Verdict verdict() {
        Object value = body.get("verdict");
        if (value instanceof String text) {
            for (Verdict verdict : Verdict.values()) {
                if (verdict.name().equalsIgnoreCase(text.strip())) {
                    return verdict;
                }
            }
        }
        errors.put("verdict", FieldError.of(PREFIX + "verdict.invalid"));
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

    /** Throws the field errors collected so far, if there are any. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private ParticipantRole role() {
        Object value = body.get("role");
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            try {
                return ParticipantRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        errors.put("role", FieldError.of(PREFIX + "role.invalid"));
        return null;
    }

    private Integer integer(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        Integer number = toInteger(value);
        if (number == null) {
            errors.put(field, FieldError.of(PREFIX + "type.number"));
        }
        return number;
    }

    private List<Integer> integers(String field) {
        List<Integer> numbers = new ArrayList<>();
        for (Object item : list(field)) {
            Integer number = toInteger(item);
            if (number == null) {
                errors.put(field, FieldError.of(PREFIX + "type.numbers"));
                return List.of();
            }
            numbers.add(number);
        }
        return numbers;
    }

    private List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(field)) {
            if (!(item instanceof String text)) {
                errors.put(field, FieldError.of(PREFIX + "type.texts"));
                return List.of();
            }
            texts.add(text);
        }
        return texts;
    }

    private List<?> list(String field) {
        Object value = body.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items;
        }
        errors.put(field, FieldError.of(PREFIX + "type.list"));
        return List.of();
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
