package org.tandem.mentoring.domain.survey;

import java.util.List;
import java.util.Locale;

/**
 * The surveys of a programme's year: the relationship-quality pulse (both members, 30 days after the pairing became
 * active and then every 60 days while it runs), the agreement statements at the programme's mid-point and at its
 * end (the mentee), the closure survey when the pairing ends (both members), and the alumni check-in three months
 * after it stopped (the former mentee and their manager).
 */
public enum SurveyKind {
    PULSE,
    MIDPOINT,
    END,
    CLOSURE,
    ALUMNI;

    /** The three pulse questions, by their item keys (the message {@code tandem.survey.item.<key>} asks them). */
    public static final List<String> PULSE_QUESTIONS = List.of("pulse-rhythm", "pulse-safe", "pulse-worth");

    /** The alumni check-in's question to the former mentee ("still applying what you learnt?"). */
    public static final String ALUMNI_MENTEE_QUESTION = "alumni-applying";
    /** The alumni check-in's question to the former mentee's manager. */
    public static final String ALUMNI_MANAGER_QUESTION = "alumni-report-applying";

    /** True for the surveys that ask the programme's agreement statements. */
    public boolean asksStatements() {
        return this == MIDPOINT || this == END;
    }

    /** The kind as it appears in keys and addresses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
