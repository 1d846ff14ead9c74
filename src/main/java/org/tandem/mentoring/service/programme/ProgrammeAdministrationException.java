package org.tandem.mentoring.service.programme;

import java.io.Serializable;
import java.util.List;

/**
 * Why a change to a programme or its themes did not happen; nothing was written. The subclass says what kind of
 * refusal it is, {@link #messageKey()} and {@link #args()} say it in words a person can read.
 */
public abstract class ProgrammeAdministrationException extends RuntimeException {

    private final String messageKey;
    private final List<Serializable> args;

    protected ProgrammeAdministrationException(String messageKey, List<Serializable> args) {
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
}
