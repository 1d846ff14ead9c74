package org.tandem.mentoring.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The column values of one row, checked while they are collected: a required value that is missing or a string
 * longer than its column fails with a {@link StoreValidationException} before anything is written.
 */
final class Row {

    private final String record;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Row(String record) {
        this.record = record;
    }

    /** A required string: not null, not blank, at most {@code maxLength} characters. */
    Row required(String column, String property, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new StoreValidationException(field(property), StoreValidationException.Problem.MISSING,
                    "is required");
        }
        return optional(column, property, value, maxLength);
    }

    /** An optional string: null when blank, otherwise at most {@code maxLength} characters. */
    Row optional(String column, String property, String value, int maxLength) {
        String checked = value == null || value.isEmpty() ? null : value;
        if (checked != null && checked.length() > maxLength) {
            throw new StoreValidationException(field(property), StoreValidationException.Problem.TOO_LONG,
                    "is " + checked.length() + " characters long, at most " + maxLength + " fit");
        }
        values.put(column, checked);
        return this;
    }

    /** A required enum value, stored by name. */
    Row required(String column, String property, Enum<?> value) {
        if (value == null) {
            throw new StoreValidationException(field(property), StoreValidationException.Problem.MISSING,
                    "is required");
        }
        values.put(column, value.name());
        return this;
    }

    /** An int that must lie in [min, max]. */
    Row range(String column, String property, int value, int min, int max) {
        if (value < min || value > max) {
            throw new StoreValidationException(field(property), StoreValidationException.Problem.INVALID,
                    "is " + value + ", expected " + min + " to " + max);
        }
        values.put(column, value);
        return this;
    }

    /** A value that needs no check (booleans, nullable numbers). */
    Row value(String column, Object value) {
        values.put(column, value);
        return this;
    }

    String field(String property) {
        return record + "." + property;
    }

    /** A copy of the collected values, column name to value. */
    Map<String, Object> values() {
        return new LinkedHashMap<>(values);
    }
}
