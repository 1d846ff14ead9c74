package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A programme run again: the new programme, the one it was copied from, who asked and when. */
@Table("RERUN")
public interface RerunEntity extends Entity {

    String PREVIOUS_ID = "PREVIOUS_ID";
    String PROGRAMME_ID = "PROGRAMME_ID";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    int getPreviousId();

    void setPreviousId(int previousId);

    @NotNull
    @Unique
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
