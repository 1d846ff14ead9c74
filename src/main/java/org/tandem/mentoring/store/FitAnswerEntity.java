package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One member's answer to "is this a good fit?" for a pairing; the last answer replaces the one before. */
@Table("FIT_ANSWER")
public interface FitAnswerEntity extends Entity {

    String PAIRING_ID = "PAIRING_ID";
    String PERSON_KEY = "PERSON_KEY";
    String PAIRING_PERSON = "PAIRING_PERSON";
    String ANSWER = "ANSWER";
    String ANSWERED_AT = "ANSWERED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getPairingPerson();

    void setPairingPerson(String key);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getAnswer();

    void setAnswer(String answer);

    @NotNull
    long getAnsweredAt();

    void setAnsweredAt(long answeredAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
