package org.tandem.mentoring.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for the notes. Every seal draws a fresh 12-byte nonce; the associated data binds a ciphertext to its
 * pairing, session and author, so a ciphertext copied onto another row does not open.
 */
final class NoteCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecureRandom random = new SecureRandom();

    /** A sealed note: ciphertext with its tag, and the nonce, both in Base64. */
    record Sealed(String ciphertext, String nonce, String keyId) {
    }

    Sealed seal(NoteKey key, int pairingId, int sessionId, String authorKey, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(pairingId, sessionId, authorKey));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return new Sealed(base64.encodeToString(sealed), base64.encodeToString(nonce), key.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(NoteKey key, int pairingId, int sessionId, String authorKey, Sealed sealed) {
        if (!key.id().equals(sealed.keyId())) {
            throw new NoteKeyException(NoteKeyException.Problem.WRONG_KEY, "A note of session " + sessionId
                    + " was sealed with key " + sealed.keyId() + ", the key file holds key " + key.id()
                    + ": restore the key the notes were written with");
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(),
                    new GCMParameterSpec(TAG_BITS, base64.decode(sealed.nonce())));
            cipher.updateAAD(associatedData(pairingId, sessionId, authorKey));
            return new String(cipher.doFinal(base64.decode(sealed.ciphertext())), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new NoteKeyException(NoteKeyException.Problem.WRONG_KEY, "A note of session " + sessionId
                    + " does not open with key " + key.id() + ": it was altered or moved to another row", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static byte[] associatedData(int pairingId, int sessionId, String authorKey) {
        return ("tandem-note/1;pairing=" + pairingId + ";session=" + sessionId + ";author=" + authorKey)
                .getBytes(StandardCharsets.UTF_8);
    }
}
