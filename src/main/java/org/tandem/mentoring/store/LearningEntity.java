package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A mentee's learning from one session, sealed like the notes ({@link NoteCipher}): its text and the manager's
 * feedback on it are AES-GCM ciphertext and nonce in Base64 with the id of the key, never plain text.
 */
@Table("LEARNING")
public interface LearningEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String PAIRING_ID = "PAIRING_ID";
    String SESSION_ID = "SESSION_ID";
    String MENTEE_KEY = "MENTEE_KEY";
    String THEME_ID = "THEME_ID";
    String CIPHERTEXT = "CIPHERTEXT";
    String NONCE = "NONCE";
    String KEY_ID = "KEY_ID";
    String SHARED = "SHARED";
    String SHARED_AT = "SHARED_AT";
    String FEEDBACK_CIPHER = "FEEDBACK_CIPHER";
    String FEEDBACK_NONCE = "FEEDBACK_NONCE";
    String FEEDBACK_KEY_ID = "FEEDBACK_KEY_ID";
    String FEEDBACK_BY = "FEEDBACK_BY";
    String FEEDBACK_AT = "FEEDBACK_AT";
    String CREATED_AT = "CREATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @Indexed
    int getSessionId();

    void setSessionId(int sessionId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    @NotNull
    int getThemeId();

    void setThemeId(int themeId);

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

    @NotNull
    @Default("false")
    boolean isShared();

    void setShared(boolean shared);

    /** Milliseconds since the epoch; null while private. */
    Long getSharedAt();

    void setSharedAt(Long sharedAt);

    @StringLength(StringLength.UNLIMITED)
    String getFeedbackCipher();

    void setFeedbackCipher(String feedbackCipher);

    @StringLength(StoreLimits.CODE)
    String getFeedbackNonce();

    void setFeedbackNonce(String feedbackNonce);

    @StringLength(StoreLimits.CODE)
    String getFeedbackKeyId();

    void setFeedbackKeyId(String feedbackKeyId);

    @StringLength(StoreLimits.KEY)
    String getFeedbackBy();

    void setFeedbackBy(String feedbackBy);

    Long getFeedbackAt();

    void setFeedbackAt(Long feedbackAt);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
