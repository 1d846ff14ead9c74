package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A speed-mentoring event of a programme. */
@Table("SPEED_EVENT")
public interface SpeedEventEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String STARTS_AT = "STARTS_AT";
    String PLACE = "PLACE";
    String MINUTES = "MINUTES";
    String ROUNDS = "ROUNDS";
    String TABLES = "TABLES";
    String PARTICIPANTS = "PARTICIPANTS";
    String MENTORS_SEATED = "MENTORS_SEATED";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    long getStartsAt();

    void setStartsAt(long startsAt);

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getPlace();

    void setPlace(String place);

    @NotNull
    int getMinutes();

    void setMinutes(int minutes);

    @NotNull
    int getRounds();

    void setRounds(int rounds);

    @NotNull
    int getTables();

    void setTables(int tables);

    /** The chosen participants' user keys, one a line; null for the programme's approved applicants. */
    @StringLength(StringLength.UNLIMITED)
    String getParticipants();

    void setParticipants(String participants);

    @NotNull
    @Default("true")
    boolean isMentorsSeated();

    void setMentorsSeated(boolean mentorsSeated);

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
