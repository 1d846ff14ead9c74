package org.tandem.mentoring.service.enrolment;

/** What the person asking may do with an application now. */
public enum ApplicationAction {
    EDIT,
    WITHDRAW,
    CONFIRM,
    APPROVE_AS_MANAGER,
    DECLINE_AS_MANAGER,
    APPROVE_AS_COORDINATOR,
    DECLINE_AS_COORDINATOR
}
