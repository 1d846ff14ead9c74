package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Which programme holds a space key: one row per key held, unique, so that two coordinators giving two programmes
 * the same key at the same moment, on one node or two, cannot both succeed (PROGRAMME.SPACE_KEY cannot be unique
 * itself: a programme without a space has none, and Active Objects makes every unique column NOT NULL).
 */
@Table("SPACE_CLAIM")
public interface SpaceClaimEntity extends Entity {

    String SPACE_KEY = "SPACE_KEY";
    String PROGRAMME_ID = "PROGRAMME_ID";

    @NotNull
    @Unique
    @StringLength(StoreLimits.KEY)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);
}
