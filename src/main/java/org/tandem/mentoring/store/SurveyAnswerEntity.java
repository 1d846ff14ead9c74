package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's answer to one survey occurrence; {@code ANSWER_KEY} (the occurrence's key and the person) allows one
 * answer each. The closure reason is a code, counted in aggregate only. The free text is sealed like a session
 * note ({@link NoteCipher}, bound to the row), for its author alone; its ratings are {@link SurveyRatingEntity} rows.
 */
@Table("SURVEY_ANSWER")
public interface SurveyAnswerEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String PAIRING_ID = "PAIRING_ID";
    String KIND = "KIND";
    String DUE_ON = "DUE_ON";
    String PERSON_KEY = "PERSON_KEY";
    String ANSWER_KEY = "ANSWER_KEY";
    String REASON = "REASON";
    String TEXT_CIPHER = "TEXT_CIPHER";
    String TEXT_NONCE = "TEXT_NONCE";
    String TEXT_KEY_ID = "TEXT_KEY_ID";
    String ANSWERED_AT = "ANSWERED_AT";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getKind();

    void setKind(String kind);

    /** The day the occurrence opened, ISO yyyy-MM-dd. */
    @NotNull
    @StringLength(StoreLimits.CODE)
    String getDueOn();

    void setDueOn(String dueOn);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getAnswerKey();

    void setAnswerKey(String answerKey);

    @StringLength(StoreLimits.CODE)
    String getReason();

    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getTextCipher();

    void setTextCipher(String textCipher);

    @StringLength(StoreLimits.CODE)
    String getTextNonce();

    void setTextNonce(String textNonce);

    @StringLength(StoreLimits.CODE)
    String getTextKeyId();

    void setTextKeyId(String textKeyId);

    @NotNull
    long getAnsweredAt();

    void setAnsweredAt(long answeredAt);
}
