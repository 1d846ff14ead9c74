package org.tandem.mentoring.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's confidential notes on one session, in plain text. It exists only in memory, for the members of the
 * pairing: the store keeps it encrypted.
 */
public record SessionNote(int id, int sessionId, String authorKey, String text, Instant updatedAt, int version) {

    /** Longest note, in characters. */
    public static final int MAX_LENGTH = 20_000;

    public SessionNote {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(text, "text");
    }

    /** Keeps the text out of logs and exception messages. */
    @Override
    public String toString() {
        return "SessionNote[id=" + id + ", session=" + sessionId + ", author=" + authorKey + ", version=" + version
                + ", " + text.length() + " characters]";
    }
}
