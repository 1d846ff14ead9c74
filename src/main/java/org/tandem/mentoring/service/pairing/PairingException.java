package org.tandem.mentoring.service.pairing;

import java.io.Serializable;
import java.util.List;

/**
 * Why a pairing operation did not happen; nothing was written. The subclass says what kind of refusal it is,
 * {@link #messageKey()} and {@link #args()} say it in words a person can read.
 */
public abstract class PairingException extends RuntimeException {

    private final String messageKey;
    private final List<Serializable> args;

    protected PairingException(String messageKey, List<Serializable> args) {
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
