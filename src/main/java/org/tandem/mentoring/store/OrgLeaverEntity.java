package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A person who left the organisation chart (an import no longer listed them, or their account was removed) and the
 * day they left: what the programme dashboard's retention reads. Coming back into the chart clears the row.
 */
@Table("ORG_LEAVER")
public interface OrgLeaverEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String LEFT_ON = "LEFT_ON";

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);

    /** When they left the chart, in epoch milliseconds. */
    @NotNull
    long getLeftOn();

    void setLeftOn(long leftOn);
}
