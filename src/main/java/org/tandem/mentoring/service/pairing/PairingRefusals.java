package org.tandem.mentoring.service.pairing;

import java.io.Serializable;
import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/** The message keys of pairing refusals, and the refusals that carry an id or a field. */
public final class PairingRefusals {

    public static final String INVALID = "tandem.pairing.error.invalid";
    public static final String PAIRING_NOT_FOUND = "tandem.pairing.error.pairing.not-found";
    public static final String PROGRAMME_NOT_FOUND = "tandem.pairing.error.programme.not-found";
    public static final String STALE = "tandem.pairing.error.stale";
    public static final String STATE = "tandem.pairing.error.state";
    public static final String PHASE = "tandem.pairing.error.phase";
    public static final String ARCHIVED = "tandem.pairing.error.archived";
    public static final String MENTOR_FULL = "tandem.pairing.error.mentor.full";
    public static final String PUBLISH = "tandem.pairing.error.publish";
    public static final String NOTHING_STAGED = "tandem.pairing.error.publish.nothing";
    /** The prefix of the field errors' keys. */
    public static final String FIELD = "tandem.pairing.error.";
    /** The prefix of the keys of "not yours to do" refusals. */
    public static final String FORBIDDEN = "tandem.pairing.error.forbidden.";

    private PairingRefusals() {
    }

    public static Refusal.Invalid invalid(Map<String, FieldError> errors) {
        return new Refusal.Invalid(INVALID, errors);
    }

    public static Refusal.Invalid invalid(String field, String key, Serializable... args) {
        return Refusal.Invalid.of(INVALID, field, FieldError.of(key, args));
    }

    /** A step that is not the caller's: {@code why} is the end of the key, e.g. {@code not-pair}. */
    public static Refusal.Forbidden forbidden(String why) {
        return new Refusal.Forbidden(FORBIDDEN + why);
    }

    public static Refusal.NotFound pairingNotFound(int id) {
        return new Refusal.NotFound(PAIRING_NOT_FOUND, id);
    }

    public static Refusal.NotFound programmeNotFound(int id) {
        return new Refusal.NotFound(PROGRAMME_NOT_FOUND, id);
    }
}
