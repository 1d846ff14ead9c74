package org.tandem.mentoring.domain.learning;

/** A member's answer to "is this a good fit?" after the first session. */
public enum Fit {
    GOOD,
    UNDECIDED,
    NOT_A_FIT
}
