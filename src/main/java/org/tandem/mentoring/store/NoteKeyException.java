package org.tandem.mentoring.store;

/**
 * The notes cannot be read or written because their key is missing, unreadable or not the one they were sealed
 * with. Nothing was written and nothing is shown in place of the notes; an administrator has to restore the key.
 * The message names the key file and the key ids, never a note's text nor the key.
 */
public class NoteKeyException extends RuntimeException {

    public enum Problem {
        /** Notes exist but the key file is gone. */
        MISSING,
        /** The key file is there but is not a key, or cannot be read or written. */
        UNREADABLE,
        /** The notes were sealed with another key than the file holds, or were altered. */
        WRONG_KEY
    }

    private final Problem problem;

    public NoteKeyException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public NoteKeyException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
