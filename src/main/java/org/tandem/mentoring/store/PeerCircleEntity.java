package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An alumni peer circle of a programme; its members are {@link CircleMemberEntity} rows. */
@Table("PEER_CIRCLE")
public interface PeerCircleEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String NAME = "NAME";
    String THEME_ID = "THEME_ID";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getName();

    void setName(String name);

    @NotNull
    int getThemeId();

    void setThemeId(int themeId);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
