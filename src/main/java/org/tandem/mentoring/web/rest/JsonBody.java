package org.tandem.mentoring.web.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/**
 * The one way a Tandem resource reads a JSON request body: the text is parsed here, with a nesting limit, into a
 * JSON object, and then read field by field, so that a value of the wrong type is a field error like any other.
 * Anything that is not a JSON object (empty, malformed, an array, too deep) is refused with
 * {@link #MALFORMED} before any field is read. Field error keys are the resource's prefix plus a suffix
 * ({@code type.text}, {@code type.number}, {@code version.missing}, {@code <field>.invalid}, ...).
 *
 * <p>Resources take the body as a {@code String}, so the result does not depend on the host's JSON provider and
 * its error messages.
 */
public final class JsonBody {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static final String MALFORMED = "tandem.rest.error.body";
    static final int MAX_DEPTH = 32;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode body;
    private final String prefix;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    private JsonBody(JsonNode body, String prefix) {
        this.body = body;
        this.prefix = prefix;
    }

    /** Parses the body; throws {@link Refusal.Invalid} with {@link #MALFORMED} unless it is one JSON object. */
    public static JsonBody read(String text, String prefix) {
        if (text == null || text.isBlank()) {
            throw malformed();
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed();
        }
        if (node == null || !node.isObject()) {
            throw malformed();
        }
        return new JsonBody(node, prefix);
    }

    private static Refusal.Invalid malformed() {
        return new Refusal.Invalid(MALFORMED, Map.of());
    }

    /** The required {@code version} the caller read, as a number or a numeric text. */
    public int version() {
        return required(body, "version", "version");
    }

    /** The required {@code version}, a JSON number only; the one error key for missing and mistyped. */
    public int version(String key) {
        JsonNode value = body.get("version");
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        errors.put("version", FieldError.of(key));
        return -1;
    }

    /** A text, or null when missing. */
    public String text(String field) {
        JsonNode value = body.get(field);
        if (missing(value)) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        errors.put(field, FieldError.of(prefix + "type.text"));
        return null;
    }

    /** A whole number (or a numeric text), or null when missing. */
    public Integer integer(String field) {
        JsonNode value = body.get(field);
        if (missing(value)) {
            return null;
        }
        Integer number = toInteger(value);
        if (number == null) {
            errors.put(field, FieldError.of(prefix + "type.number"));
        }
        return number;
    }

    /** A true or false, or null when missing. */
    public Boolean flag(String field) {
        JsonNode value = body.get(field);
        if (missing(value)) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        errors.put(field, FieldError.of(prefix + "type.boolean"));
        return null;
    }

    /**
     * A true or false the request must carry: a missing one is the field error {@code missingKey} rather than a
     * silent false, a wrong type the usual one. False when either error was recorded.
     */
    public boolean requiredFlag(String field, String missingKey) {
        if (missing(body.get(field))) {
            errors.put(field, FieldError.of(missingKey));
            return false;
        }
        return Boolean.TRUE.equals(flag(field));
    }

    /** A date as yyyy-mm-dd (four-digit years only), or null when missing or blank. */
    public LocalDate date(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!DATE.matcher(text.strip()).matches()) {
            errors.put(field, FieldError.of(prefix + "type.date"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, FieldError.of(prefix + "type.date"));
            return null;
        }
    }

    /** A list of whole numbers; empty when missing. */
    public List<Integer> integers(String field) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode item : list(field)) {
            Integer number = toInteger(item);
            if (number == null) {
                errors.put(field, FieldError.of(prefix + "type.numbers"));
                return List.of();
            }
            numbers.add(number);
        }
        return numbers;
    }

    /** A list of texts; empty when missing. */
    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list(field)) {
            if (!item.isTextual()) {
                errors.put(field, FieldError.of(prefix + "type.texts"));
                return List.of();
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /** A required constant of {@code type}, by name, any case, {@code -} for {@code _}; else {@code <field>.invalid}. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        E choice = constant(body.get(field), type);
        if (choice == null) {
            errors.put(field, FieldError.of(prefix + field + ".invalid"));
        }
        return choice;
    }

    /** Like {@link #choice} but null when missing or blank. */
    public <E extends Enum<E>> E optionalChoice(String field, Class<E> type) {
        JsonNode value = body.get(field);
        if (missing(value) || (value.isTextual() && value.textValue().isBlank())) {
            return null;
        }
        return choice(field, type);
    }

    /** A nested object read with the same prefix, or null when missing (or not an object: a field error). */
    public JsonBody object(String field) {
        JsonNode value = body.get(field);
        if (missing(value)) {
            return null;
        }
        if (!value.isObject()) {
            errors.put(field, FieldError.of(prefix + "type.object"));
            return null;
        }
        return new JsonBody(value, prefix);
    }

    /** A required {@code {"id": n, "version": n}} object, as {id, version}. */
    public int[] reference(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isObject()) {
            errors.put(field, FieldError.of(prefix + "type.reference"));
            return new int[] {-1, -1};
        }
        return new int[] {required(value, "id", field + ".id"), required(value, "version", field + ".version")};
    }

    /** Throws the field errors collected so far, if there are any, under the message {@code <prefix>invalid}. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new Refusal.Invalid(prefix + "invalid", errors);
        }
    }

    private int required(JsonNode object, String name, String field) {
        JsonNode value = object.get(name);
        if (missing(value)) {
            errors.put(field, FieldError.of(prefix + "version.missing"));
            return -1;
        }
        Integer number = toInteger(value);
        if (number == null) {
            errors.put(field, FieldError.of(prefix + "type.number"));
            return -1;
        }
        return number;
    }

    private Iterable<JsonNode> list(String field) {
        JsonNode value = body.get(field);
        if (missing(value)) {
            return List.of();
        }
        if (value.isArray()) {
            return value;
        }
        errors.put(field, FieldError.of(prefix + "type.list"));
        return List.of();
    }

    private static boolean missing(JsonNode value) {
        return value == null || value.isNull();
    }

    private static <E extends Enum<E>> E constant(JsonNode value, Class<E> type) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String name = value.textValue().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static Integer toInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? value.intValue() : null;
        }
        if (value.isTextual() && value.textValue().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(value.textValue().strip());
        }
        return null;
    }
}
