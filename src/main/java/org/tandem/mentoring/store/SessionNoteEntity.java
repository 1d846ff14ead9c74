package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One member's confidential notes on one session, encrypted ({@link NoteCipher}): AES-GCM ciphertext and its nonce
 * in Base64, and the id of the key that sealed it. Never plain text.
 */
@Table("SESSION_NOTE")
public interface SessionNoteEntity extends Entity {

    String SESSION_ID = "SESSION_ID";
    String PAIRING_ID = "PAIRING_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String SESSION_AUTHOR = "SESSION_AUTHOR";
    String CIPHERTEXT = "CIPHERTEXT";
    String NONCE = "NONCE";
    String KEY_ID = "KEY_ID";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getSessionId();

    void setSessionId(int sessionId);

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** One note per author and session: the session id, ':' and the author's key. */
    @NotNull
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getSessionAuthor();

    void setSessionAuthor(String key);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getCiphertext();

    void setCiphertext(String ciphertext);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getNonce();

    void setNonce(String nonce);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getKeyId();

    void setKeyId(String keyId);

    /** Milliseconds since the epoch. */
    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
