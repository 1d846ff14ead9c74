package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A participant's ranking of the people they met at a speed-mentoring event; one per event and person. */
@Table("SPEED_RANKING")
public interface SpeedRankingEntity extends Entity {

    String EVENT_ID = "EVENT_ID";
    String PERSON_KEY = "PERSON_KEY";
    String EVENT_PERSON = "EVENT_PERSON";
    String RANKED = "RANKED";
    String NOT_PAIRED = "NOT_PAIRED";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getEventPerson();

    void setEventPerson(String key);

    /** The ranked people's user keys, most wanted first, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getRanked();

    void setRanked(String ranked);

    /** The user keys of those among them the person would not be paired with, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getNotPaired();

    void setNotPaired(String notPaired);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
