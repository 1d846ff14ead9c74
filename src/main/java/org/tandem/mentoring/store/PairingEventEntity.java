package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The decision log of pairings: what was decided, by whom and when. Rows are only ever added. */
@Table("PAIRING_EVENT")
public interface PairingEventEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String PAIRING_ID = "PAIRING_ID";
    String EVENT_TYPE = "EVENT_TYPE";
    String ACTOR_KEY = "ACTOR_KEY";
    String OCCURRED_AT = "OCCURRED_AT";
    String DETAIL = "DETAIL";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getEventType();

    void setEventType(String eventType);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getActorKey();

    void setActorKey(String actorKey);

    /** Milliseconds since the epoch. */
    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
