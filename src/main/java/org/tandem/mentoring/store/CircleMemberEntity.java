package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One member of an alumni peer circle, by user key. */
@Table("CIRCLE_MEMBER")
public interface CircleMemberEntity extends Entity {

    String CIRCLE_ID = "CIRCLE_ID";
    String USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    int getCircleId();

    void setCircleId(int circleId);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);
}
