package org.tandem.mentoring.domain.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * What a mentee learnt in one session, tagged to one of the pairing's learning themes. It stays the mentee's alone
 * until {@code shared}; then the mentee's current direct manager reads it with its theme and may answer with
 * {@code feedback} ({@code feedbackBy} wrote it at {@code feedbackAt}; all three null while there is none). The
 * mentee reads the feedback whether or not the learning is still shared.
 */
public record Learning(int id, int programmeId, int pairingId, int sessionId, String menteeKey, int themeId,
        String text, boolean shared, Instant sharedAt, String feedback, String feedbackBy, Instant feedbackAt,
        Instant createdAt, int version) {

    /** Longest learning and longest feedback kept, in characters. */
    public static final int MAX_LENGTH = 4000;

    public Learning {
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A learning not stored yet, private. */
    public static Learning draft(int programmeId, int pairingId, int sessionId, String menteeKey, int themeId,
            String text, Instant at) {
        return new Learning(0, programmeId, pairingId, sessionId, menteeKey, themeId, text, false, null, null, null,
                null, at, 0);
    }

    public boolean hasFeedback() {
        return feedback != null;
    }
}
