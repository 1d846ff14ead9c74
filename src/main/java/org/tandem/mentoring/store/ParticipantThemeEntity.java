package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A learning theme a participant wants (mentee) or offers (mentor). PROGRAMME_ID repeats the participant's
 * programme so that all themes of a programme load in one query. Rows are replaced with their participant, so
 * they carry no version.
 */
@Table("PART_THEME")
public interface ParticipantThemeEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String PARTICIPANT_ID = "PARTICIPANT_ID";
    String THEME_ID = "THEME_ID";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @Indexed
    int getParticipantId();

    void setParticipantId(int participantId);

    @NotNull
    @Indexed
    int getThemeId();

    void setThemeId(int themeId);
}
