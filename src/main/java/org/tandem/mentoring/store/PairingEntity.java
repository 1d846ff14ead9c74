package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A mentee paired with a mentor in a programme, from staging to its end. DETAIL holds the engine's points per
 * criterion and the explanation's message keys and arguments in a compact text ({@link PairingDetailCodec}).
 */
@Table("PAIRING")
public interface PairingEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String MENTEE_KEY = "MENTEE_KEY";
    String MENTOR_KEY = "MENTOR_KEY";
    String MANAGER_KEY = "MANAGER_KEY";
    String STATE = "STATE";
    String SCORE = "SCORE";
    String DETAIL = "DETAIL";
    String WARNINGS = "WARNINGS";
    String REASON = "REASON";
    String MENTEE_CONSENT = "MENTEE_CONSENT";
    String MENTOR_CONSENT = "MENTOR_CONSENT";
    String MANAGER_CONSENT = "MANAGER_CONSENT";
    String SPONSOR_CONSENT = "SPONSOR_CONSENT";
    String SPONSOR_KEY = "SPONSOR_KEY";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";
    String END_REASON = "END_REASON";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getMentorKey();

    void setMentorKey(String mentorKey);

    @Indexed
    @StringLength(StoreLimits.KEY)
    String getManagerKey();

    void setManagerKey(String managerKey);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.CODE)
    String getState();

    void setState(String state);

    @NotNull
    @Default("0")
    int getScore();

    void setScore(int score);

    /** Points per criterion and the explanation, see {@link PairingDetailCodec}. */
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);

    /** Soft warnings a coordinator overrode, comma-separated codes. */
    @StringLength(StoreLimits.NAME)
    String getWarnings();

    void setWarnings(String warnings);

    /** The coordinator's reason for overriding the warnings. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getMenteeConsent();

    void setMenteeConsent(String consent);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getMentorConsent();

    void setMentorConsent(String consent);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getManagerConsent();

    void setManagerConsent(String consent);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getSponsorConsent();

    void setSponsorConsent(String consent);

    @StringLength(StoreLimits.KEY)
    String getSponsorKey();

    void setSponsorKey(String sponsorKey);

    @StringLength(StoreLimits.KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Milliseconds since the epoch. */
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    @StringLength(StoreLimits.KEY)
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    /** Milliseconds since the epoch. */
    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);

    @StringLength(StringLength.UNLIMITED)
    String getEndReason();

    void setEndReason(String endReason);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
