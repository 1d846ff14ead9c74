package org.tandem.mentoring.service.pairing;

import java.io.Serializable;
import java.util.List;

/**
 * The pairing or programme has moved on: somebody changed it since the caller read it (a stale version), its state
 * no longer allows the step, or the mentor has no free place.
 */
public class PairingConflictException extends PairingException {

    public static final String STALE = "tandem.pairing.error.stale";
    public static final String STATE = "tandem.pairing.error.state";
    public static final String PHASE = "tandem.pairing.error.phase";
    public static final String MENTOR_FULL = "tandem.pairing.error.mentor.full";
    public static final String PUBLISH = "tandem.pairing.error.publish";
    public static final String NOTHING_STAGED = "tandem.pairing.error.publish.nothing";

    public PairingConflictException(String messageKey, Serializable... args) {
        super(messageKey, List.of(args));
    }
}
