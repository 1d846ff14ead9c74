package org.tandem.mentoring.service.enrolment;

/** A manager's or coordinator's decision on an application. */
public enum Verdict {
    APPROVE,
    DECLINE
}
