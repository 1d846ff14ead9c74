package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A programme and its charter. Table {@code AO_xxxxxx_PROGRAMME}. */
@Table("PROGRAMME")
public interface ProgrammeEntity extends Entity {

    String NAME = "NAME";
    String SPACE_KEY = "SPACE_KEY";
    String SPACE_ID = "SPACE_ID";
    String PROGRAMME_TYPE = "PROGRAMME_TYPE";
    String PURPOSE = "PURPOSE";
    String GOALS = "GOALS";
    String START_DATE = "START_DATE";
    String DURATION_MONTHS = "DURATION_MONTHS";
    String CADENCE = "CADENCE";
    String CONFIDENTIALITY = "CONFIDENTIALITY";
    String MANAGER_APPROVAL = "MANAGER_APPROVAL";
    String SPONSOR_APPROVAL = "SPONSOR_APPROVAL";
    String PHASE = "PHASE";
    String RELAX_DOWN_REASON = "RELAX_DOWN_REASON";
    String VERSION = "VERSION";

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getName();

    void setName(String name);

    @Indexed
    @StringLength(StoreLimits.KEY)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The id of the space the programme belongs to; a key can be used again, an id cannot. */
    @Indexed
    Long getSpaceId();

    void setSpaceId(Long spaceId);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getProgrammeType();

    void setProgrammeType(String programmeType);

    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String purpose);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    /** ISO date, yyyy-MM-dd. */
    @StringLength(StoreLimits.DATE)
    String getStartDate();

    void setStartDate(String startDate);

    @NotNull
    @Default("12")
    int getDurationMonths();

    void setDurationMonths(int durationMonths);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getCadence();

    void setCadence(String cadence);

    @StringLength(StringLength.UNLIMITED)
    String getConfidentiality();

    void setConfidentiality(String confidentiality);

    /** Why the coordinator let a mentee be paired with someone below them in their line of authority; null: never. */
    @StringLength(StringLength.UNLIMITED)
    String getRelaxDownReason();

    void setRelaxDownReason(String relaxDownReason);

    @NotNull
    @Default("true")
    boolean getManagerApproval();

    void setManagerApproval(boolean managerApproval);

    @NotNull
    @Default("false")
    boolean getSponsorApproval();

    void setSponsorApproval(boolean sponsorApproval);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.CODE)
    String getPhase();

    void setPhase(String phase);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
