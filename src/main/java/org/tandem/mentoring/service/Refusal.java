package org.tandem.mentoring.service;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a request was refused because of what the caller did or asked for; nothing was written. The subclass says
 * what kind of refusal it is, {@link #messageKey()} and {@link #args()} say it in words a person can read (an
 * argument that is itself an i18n key of Tandem is put in words too).
 */
public abstract sealed class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Serializable> args;

    private Refusal(String messageKey, List<Serializable> args) {
        super(messageKey + (args.isEmpty() ? "" : " " + args));
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Serializable> args() {
        return args;
    }

    public Serializable[] argsArray() {
        return args.toArray(new Serializable[0]);
    }

    /** Bad input or a move the rules do not allow: where a field is to blame, one {@link FieldError} per field. */
    public static final class Invalid extends Refusal {

        private final Map<String, FieldError> fieldErrors;

        public Invalid(String messageKey, List<Serializable> args, Map<String, FieldError> fieldErrors) {
            super(messageKey, args);
            this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        }

        public Invalid(String messageKey, Map<String, FieldError> fieldErrors) {
            this(messageKey, List.of(), fieldErrors);
        }

        public static Invalid of(String messageKey, String field, FieldError error) {
            return new Invalid(messageKey, Map.of(field, error));
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

    /** The caller may see the thing but may not do this with it. */
    public static final class Forbidden extends Refusal {

        public Forbidden(String messageKey, Serializable... args) {
            super(messageKey, List.of(args));
        }
    }

    /** The thing does not exist, or it is not the caller's to see: the two look the same. */
    public static final class NotFound extends Refusal {

        public NotFound(String messageKey, Serializable... args) {
            super(messageKey, List.of(args));
        }
    }

    /** The thing has moved on: somebody changed it since the caller read it, or its state no longer allows this. */
    public static final class Conflict extends Refusal {

        public Conflict(String messageKey, Serializable... args) {
            super(messageKey, List.of(args));
        }
    }
}
