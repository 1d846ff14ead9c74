package org.tandem.mentoring.service.programme;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one input field: an i18n key and the arguments its message needs. */
public record ProgrammeFieldError(String key, List<Serializable> args) {

    public ProgrammeFieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static ProgrammeFieldError of(String key, Serializable... args) {
        return new ProgrammeFieldError(key, List.of(args));
    }

    public Serializable[] argsArray() {
        return args.toArray(new Serializable[0]);
    }
}
