package org.tandem.mentoring.domain.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Something one of the pair agreed to do after a session, with an owner and an optional due date. */
public record ActionItem(int id, int sessionId, int pairingId, String text, String ownerKey, LocalDate due,
        boolean done, String createdBy, Instant createdAt, int version) {

    /** Longest text, in characters. */
    public static final int MAX_LENGTH = 450;

    public ActionItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ownerKey, "ownerKey");
    }

    public static ActionItem open(int sessionId, int pairingId, String text, String ownerKey, LocalDate due,
            String createdBy, Instant createdAt) {
        return new ActionItem(0, sessionId, pairingId, text, ownerKey, due, false, createdBy, createdAt, 0);
    }

    public ActionItem withDone(boolean isDone) {
        return new ActionItem(id, sessionId, pairingId, text, ownerKey, due, isDone, createdBy, createdAt, version);
    }
}
