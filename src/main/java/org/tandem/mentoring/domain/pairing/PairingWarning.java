package org.tandem.mentoring.domain.pairing;

/**
 * A soft concern about a pair a coordinator stages by hand. Unlike a hard rule it may be overridden, but only with
 * a written reason, which is kept with the pairing.
 */
public enum PairingWarning {
    /** The mentor lists none of the mentee's learning themes. */
    NO_SHARED_THEME,
    /** Mentee and mentor work in the same department. */
    SAME_DEPARTMENT,
    /** Both name languages, and they share none. */
    NO_SHARED_LANGUAGE,
    /** The pair scores less than the programme's minimum score. */
    LOW_SCORE
}
