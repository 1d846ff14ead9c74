package org.tandem.mentoring.domain.programme;

/** How mentors and mentees are brought together in a programme. */
public enum ProgrammeType {
    /** One mentor, one mentee. */
    ONE_TO_ONE,
    /** Colleagues at the same level mentor each other. */
    PEER,
    /** The junior mentors the senior. */
    REVERSE,
    /** One mentor, several mentees. */
    GROUP,
    /** A speed-mentoring event where mentees meet many mentors, then choose. */
    FLASH
}
