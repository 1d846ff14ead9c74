package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Something one of the pair agreed to do after a session. */
@Table("ACTION_ITEM")
public interface ActionItemEntity extends Entity {

    String SESSION_ID = "SESSION_ID";
    String PAIRING_ID = "PAIRING_ID";
    String ITEM_TEXT = "ITEM_TEXT";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_DATE = "DUE_DATE";
    String DONE = "DONE";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
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
    @StringLength(StoreLimits.NAME)
    String getItemText();

    void setItemText(String text);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** yyyy-MM-dd, or null. */
    @StringLength(StoreLimits.DATE)
    String getDueDate();

    void setDueDate(String dueDate);

    @NotNull
    @Default("false")
    boolean isDone();

    void setDone(boolean done);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Milliseconds since the epoch. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
