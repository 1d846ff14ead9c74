package org.tandem.mentoring.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The database's uniqueness rules. Active Objects declares no unique key over two columns, so each rule is a single
 * column with {@code @Unique}, written with the row and holding the parts joined by ':'. A rule that lets a row go
 * (a withdrawn or declined application) writes a value of its own instead, the key and '#' and the row's id (or a
 * random id before the row has one): Active Objects makes every {@code @Unique} column NOT NULL, so null, which a
 * UNIQUE constraint would allow many times, is not available.
 */
final class UniqueKey {

    /** Longest value: a number, ':', a key, '#' and a row id or a random id. */
    static final int LENGTH = StoreLimits.KEY + 60;

    private UniqueKey() {
    }

    static String of(int programmeId, String key) {
        return programmeId + ":" + key;
    }

    /** A key that holds no place: unique to its row. */
    static String released(String key, int rowId) {
        return key + '#' + (rowId > 0 ? String.valueOf(rowId) : java.util.UUID.randomUUID().toString());
    }

    /**
     * A programme's theme as the rule compares it: category and name stripped and in lower case, hashed (SHA-256)
     * to fit an indexed column whatever their length. A theme of the default taxonomy is checked in code only
     * (only administrators add them, one at a time) and gets a key of its own.
     */
    static String theme(Integer programmeId, String category, String name) {
        if (programmeId == null) {
            return released("default", 0);
        }
        String same = category.strip().toLowerCase(Locale.ROOT) + '\n' + name.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(same.getBytes(StandardCharsets.UTF_8));
            return of(programmeId, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Whether {@code failure}, or one of its causes, is the database refusing a duplicate key. */
    static boolean isDuplicate(Throwable failure) {
        return RowVersionUpdate.isDuplicateKey(failure);
    }

    /**
     * Whether {@code failure} is the database refusing to serialize concurrent writers (a database that serializes
     * transactions may refuse a racing insert so, instead of as a duplicate key): the step may run again.
     */
    static boolean isLostRace(Throwable failure) {
        return RowVersionUpdate.isAborted(failure);
    }
}
