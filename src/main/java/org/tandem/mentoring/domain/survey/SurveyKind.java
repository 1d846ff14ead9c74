package org.tandem.mentoring.domain.survey;

import java.util.List;
import java.util.Locale;

/**
 * The surveys of a programme's year: the relationship-quality pulse (both members, 30 days after the pairing became
 * active and then every 60 days while it runs), the agreement statements at the programme's mid-point and at its
 * end (the mentee), the closure survey when the pairing ends (both members), and the alumni check-in three months
 * after it stopped (the former mentee and their manager), and the manager's mid-point feedback (the mentee's
 * manager, at the programme's mid-point: what they have seen change).
 */
public enum SurveyKind {
    PULSE,
    MIDPOINT,
    END,
    CLOSURE,
    ALUMNI,
    MANAGER_MIDPOINT;

    /** The three pulse questions, by their item keys (the message {@code tandem.survey.item.<key>} asks them). */
    public static final List<String> PULSE_QUESTIONS = List.of("pulse-rhythm", "pulse-safe", "pulse-worth");

    /** The alumni check-in's question to the former mentee ("still applying what you learnt?"). */
    public static final String ALUMNI_MENTEE_QUESTION = "alumni-applying";
    /** The alumni check-in's question to the former mentee's manager. */
    public static final String ALUMNI_MANAGER_QUESTION = "alumni-report-applying";
    /** The manager's mid-point question ("have you seen your report's work change?"). */
    public static final String MANAGER_MIDPOINT_QUESTION = "manager-midpoint-change";

    /** True for the surveys that ask the programme's agreement statements. */
    public boolean asksStatements() {
        return this == MIDPOINT || this == END;
    }

    /** The kind as it appears in keys and addresses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
