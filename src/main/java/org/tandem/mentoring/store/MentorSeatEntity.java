package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A mentor's places in one programme: how many mentees (or group places) the mentor takes and how many active
 * pairings hold one. TAKEN changes only through a conditional update on VERSION, so concurrent accepts on any
 * number of cluster nodes never take more places than CAPACITY.
 */
@Table("MENTOR_SEAT")
public interface MentorSeatEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String MENTOR_KEY = "MENTOR_KEY";
    String PROGRAMME_MENTOR = "PROGRAMME_MENTOR";
    String CAPACITY = "CAPACITY";
    String TAKEN = "TAKEN";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getMentorKey();

    void setMentorKey(String mentorKey);

    @NotNull
    @Default("0")
    int getCapacity();

    void setCapacity(int capacity);

    @NotNull
    @Default("0")
    int getTaken();

    void setTaken(int taken);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);

    /** Programme id and mentor key, unique: one row of places per mentor and programme. */
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getProgrammeMentor();

    void setProgrammeMentor(String programmeMentor);
}
