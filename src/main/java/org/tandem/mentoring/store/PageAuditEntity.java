package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Who changed a pair's page and what Tandem did about it. Rows are only ever added. */
@Table("PAGE_AUDIT")
public interface PageAuditEntity extends Entity {

    String PAIRING_ID = "PAIRING_ID";
    String PAGE_ID = "PAGE_ID";
    String ACTOR_KEY = "ACTOR_KEY";
    String CHANGE_TYPE = "CHANGE_TYPE";
    String OCCURRED_AT = "OCCURRED_AT";
    String DETAIL = "DETAIL";

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getChangeType();

    void setChangeType(String change);

    /** Milliseconds since the epoch. */
    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @StringLength(StoreLimits.NAME)
    String getDetail();

    void setDetail(String detail);
}
