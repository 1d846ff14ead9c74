package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The expectations meeting of a pairing's mentee with one manager; its notes are sealed ({@link NoteCipher}),
 * null while there are none.
 */
@Table("EXPECT_MEETING")
public interface ExpectationsEntity extends Entity {

    String PAIRING_ID = "PAIRING_ID";
    String MENTEE_KEY = "MENTEE_KEY";
    String MANAGER_KEY = "MANAGER_KEY";
    String PAIRING_MANAGER = "PAIRING_MANAGER";
    String HELD_ON = "HELD_ON";
    String THEME_IDS = "THEME_IDS";
    String SUPPORT_TIME = "SUPPORT_TIME";
    String SUPPORT_TASKS = "SUPPORT_TASKS";
    String NOTES_CIPHER = "NOTES_CIPHER";
    String NOTES_NONCE = "NOTES_NONCE";
    String NOTES_KEY_ID = "NOTES_KEY_ID";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getManagerKey();

    void setManagerKey(String managerKey);

    /** One meeting per pairing and manager: the pairing id, ':' and the manager's key. */
    @NotNull
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getPairingManager();

    void setPairingManager(String key);

    /** ISO date. */
    @NotNull
    @StringLength(StoreLimits.DATE)
    String getHeldOn();

    void setHeldOn(String heldOn);

    @StringLength(StoreLimits.NAME)
    String getThemeIds();

    void setThemeIds(String themeIds);

    @StringLength(StoreLimits.NAME)
    String getSupportTime();

    void setSupportTime(String supportTime);

    @StringLength(StringLength.UNLIMITED)
    String getSupportTasks();

    void setSupportTasks(String supportTasks);

    @StringLength(StringLength.UNLIMITED)
    String getNotesCipher();

    void setNotesCipher(String notesCipher);

    @StringLength(StoreLimits.CODE)
    String getNotesNonce();

    void setNotesNonce(String notesNonce);

    @StringLength(StoreLimits.CODE)
    String getNotesKeyId();

    void setNotesKeyId(String notesKeyId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
