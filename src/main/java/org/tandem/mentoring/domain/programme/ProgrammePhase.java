package org.tandem.mentoring.domain.programme;

/** The life cycle of a programme, in order. */
public enum ProgrammePhase {
    DRAFT,
    ENROLMENT_OPEN,
    MATCHING,
    RUNNING,
    CLOSING,
    ALUMNI,
    ARCHIVED
}
