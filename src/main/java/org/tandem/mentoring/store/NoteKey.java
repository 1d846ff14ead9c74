package org.tandem.mentoring.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals the pairs' notes, and its id: the first 16 hex digits of SHA-256 over a label and the
 * key, stored with each note so that a note sealed under another key is told apart from a damaged one.
 */
public final class NoteKey {

    /** Bytes of an AES-256 key. */
    public static final int LENGTH = 32;

    private final byte[] bytes;
    private final String id;

    public NoteKey(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a note key is " + LENGTH + " bytes long");
        }
        this.bytes = bytes.clone();
        this.id = idOf(this.bytes);
    }

    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return new SecretKeySpec(bytes, "AES");
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static String idOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("tandem-note-key".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(key), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "NoteKey[" + id + "]";
    }
}
