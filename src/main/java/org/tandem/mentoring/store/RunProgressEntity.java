package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Where the last matching run of a programme is: its phase, when it started and when the phase was last written.
 * One row per programme, overwritten by each run; written in its own short transactions so that any node sees it
 * while the run is still working.
 */
@Table("RUN_PROGRESS")
public interface RunProgressEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String PHASE = "PHASE";
    String STARTED_AT = "STARTED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @StringLength(20)
    String getPhase();

    void setPhase(String phase);

    @NotNull
    long getStartedAt();

    void setStartedAt(long startedAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
