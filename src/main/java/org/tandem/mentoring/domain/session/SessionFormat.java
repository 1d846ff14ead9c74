package org.tandem.mentoring.domain.session;

/** How a pair met. */
public enum SessionFormat {
    IN_PERSON,
    CALL,
    VIDEO
}
