package org.tandem.mentoring.domain.matching;

/** Why a mentee and a mentor can never be paired. Checked in this order; the first that applies is reported. */
public enum HardRule {
    /** The same person on both sides. */
    SELF,
    /** The mentee said "not with" this mentor. */
    EXCLUDED_BY_MENTEE,
    /** The mentor said "not with" this mentee. */
    EXCLUDED_BY_MENTOR,
    /** The mentor takes nobody (capacity 0). */
    NO_CAPACITY,
    /** The mentor is the mentee's manager, or anyone above in the mentee's line of authority. */
    MENTEE_LINE_OF_AUTHORITY,
    /** The mentor reports to the mentee, at any depth (unless the programme relaxes it, with a reason). */
    MENTEES_OWN_REPORT,
    /** Mentee and mentor have the same direct manager (when the programme asks for it). */
    SAME_MANAGER_PEER,
    /** A reverse programme needs a mentor at a lower level than the mentee, with both levels known. */
    REVERSE_MENTOR_NOT_JUNIOR
}
