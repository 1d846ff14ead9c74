package org.tandem.mentoring.domain.survey;

/** Why a pairing ended, as its member says in the closure survey. */
public enum ClosureReason {
    PLANNED_END,
    MOVED_ON,
    NOT_A_GOOD_FIT,
    LEFT_THE_COMPANY,
    OTHER
}
