package org.tandem.mentoring.domain.matching;

/** The soft criteria a pair is scored on; the coordinator gives each a weight. */
public enum Criterion {
    /** Points per learning theme of the mentee that the mentor lists as expertise. */
    THEME_FIT,
    /** A stated preference (mentee for mentor, mentor for mentee), the full weight for a first choice. */
    PREFERENCE,
    /** Mentee and mentor work in different departments. */
    CROSS_DEPARTMENT,
    /** Mentee and mentor share a language. */
    LANGUAGE,
    /** Full weight in the same time zone, nothing at twelve hours or more apart. */
    TIME_ZONE,
    /** Full weight at the programme's ideal seniority gap, nothing at three levels or more away from it. */
    SENIORITY_GAP
}
