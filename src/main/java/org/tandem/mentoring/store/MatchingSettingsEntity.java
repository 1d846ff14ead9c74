package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A programme's matching settings; at most one row per programme, none while it uses the defaults. */
@Table("MATCH_SETTINGS")
public interface MatchingSettingsEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String OBJECTIVE = "OBJECTIVE";
    String WEIGHTS = "WEIGHTS";
    String SAME_MANAGER = "SAME_MANAGER";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Unique
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getObjective();

    void setObjective(String objective);

    /** {@code CRITERION=weight} pairs joined by commas. */
    @NotNull
    @StringLength(StoreLimits.NAME)
    String getWeights();

    void setWeights(String weights);

    @NotNull
    @Default("false")
    boolean isSameManager();

    void setSameManager(boolean sameManager);

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
