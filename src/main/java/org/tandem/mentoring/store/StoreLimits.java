package org.tandem.mentoring.store;

/** Column lengths, in characters. 450 is the longest indexable string Active Objects allows. */
public final class StoreLimits {

    /** Names, titles, short free text. */
    public static final int NAME = 450;
    /** User keys, space keys, category keys (Confluence user keys are at most 255 characters). */
    public static final int KEY = 255;
    /** Enum names. */
    public static final int CODE = 32;
    /** ISO dates, yyyy-MM-dd. */
    public static final int DATE = 10;
    /** Long text (UNLIMITED columns); a sanity bound, not a column limit. */
    public static final int LONG_TEXT = 100_000;

    private StoreLimits() {
    }
}
