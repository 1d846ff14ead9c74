package org.tandem.mentoring.service;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one input field: an i18n key and the arguments its message needs. */
public record FieldError(String key, List<Serializable> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String key, Serializable... args) {
        return new FieldError(key, List.of(args));
    }

    /** The arguments as an array, the way {@code I18nResolver.getText} takes them. */
    public Serializable[] argsArray() {
        return args.toArray(new Serializable[0]);
    }
}
