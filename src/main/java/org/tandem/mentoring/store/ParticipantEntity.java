package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person enrolled in a programme as mentor or mentee, with the state of the application. */
@Table("PARTICIPANT")
public interface ParticipantEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String USER_KEY = "USER_KEY";
    String PROGRAMME_USER = "PROGRAMME_USER";
    String PARTICIPANT_ROLE = "PARTICIPANT_ROLE";
    String CAPACITY = "CAPACITY";
    String MOTIVATION = "MOTIVATION";
    String GOALS = "GOALS";
    String LANGUAGE = "LANGUAGE";
    String AVAILABILITY = "AVAILABILITY";
    String PREFERRED_KEYS = "PREFERRED_KEYS";
    String EXCLUDED_KEYS = "EXCLUDED_KEYS";
    String STATE = "STATE";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";
    String DECISION_REASON = "DECISION_REASON";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getParticipantRole();

    void setParticipantRole(String participantRole);

    @NotNull
    @Default("1")
    int getCapacity();

    void setCapacity(int capacity);

    @StringLength(StringLength.UNLIMITED)
    String getMotivation();

    void setMotivation(String motivation);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    @StringLength(StoreLimits.KEY)
    String getLanguage();

    void setLanguage(String language);

    @StringLength(StoreLimits.NAME)
    String getAvailability();

    void setAvailability(String availability);

    /** User keys, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getPreferredKeys();

    void setPreferredKeys(String preferredKeys);

    /** User keys, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getExcludedKeys();

    void setExcludedKeys(String excludedKeys);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.CODE)
    String getState();

    void setState(String state);

    @StringLength(StoreLimits.KEY)
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    /** Milliseconds since the epoch. */
    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);

    /** Why the last decision was taken (a decline's reason), or null. */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionReason();

    void setDecisionReason(String decisionReason);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);

    /**
     * Programme id and user key, unique: one open application per person and programme, whatever the role. Once
     * the application is withdrawn or declined it holds a value of its own, so that the person may apply again.
     */
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getProgrammeUser();

    void setProgrammeUser(String programmeUser);
}
