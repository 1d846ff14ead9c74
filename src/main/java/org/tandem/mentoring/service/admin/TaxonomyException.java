package org.tandem.mentoring.service.admin;

import java.util.Map;

/**
 * A change to the default taxonomy that was refused. {@link #kind()} says why; {@link #fieldErrors()} maps a
 * field ({@code category}, {@code name}) to an i18n key for {@link Kind#INVALID}.
 */
public class TaxonomyException extends RuntimeException {

    /** Why the change was refused. */
    public enum Kind {
        /** A field is missing, too long or a duplicate. */
        INVALID,
        /** No theme of the default taxonomy with that id. */
        NOT_FOUND,
        /** Somebody else changed the theme first. */
        STALE,
        /** Somebody has chosen the theme, so it stays. */
        IN_USE
    }

    private final Kind kind;
    private final transient Map<String, String> fieldErrors;

    public TaxonomyException(Kind kind, Map<String, String> fieldErrors, String detail) {
        super(detail);
        this.kind = kind;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
