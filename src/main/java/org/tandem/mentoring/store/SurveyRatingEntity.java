package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One score (1 to 5) of a survey answer, kept apart from who gave it for aggregation: the kind, the month the
 * occurrence opened ({@code yyyy-MM}) and the item (a pulse question or a statement) are all a result needs.
 */
@Table("SURVEY_RATING")
public interface SurveyRatingEntity extends Entity {

    String ANSWER_ID = "ANSWER_ID";
    String PROGRAMME_ID = "PROGRAMME_ID";
    String KIND = "KIND";
    String PERIOD = "PERIOD";
    String ITEM = "ITEM";
    String SCORE = "SCORE";

    @NotNull
    @Indexed
    int getAnswerId();

    void setAnswerId(int answerId);

    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getPeriod();

    void setPeriod(String period);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getItem();

    void setItem(String item);

    @NotNull
    int getScore();

    void setScore(int score);
}
