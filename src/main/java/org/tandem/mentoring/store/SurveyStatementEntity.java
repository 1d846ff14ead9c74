package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One agreement statement a coordinator wrote for a programme's mid-point and end surveys. A programme without any
 * asks the default set (messages, in each person's language).
 */
@Table("SURVEY_STATEMENT")
public interface SurveyStatementEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String POSITION = "POSITION";
    String TEXT = "TEXT";

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getText();

    void setText(String text);
}
