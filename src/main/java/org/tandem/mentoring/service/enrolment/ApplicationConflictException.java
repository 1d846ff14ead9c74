package org.tandem.mentoring.service.enrolment;

import java.util.List;

/**
 * The application has moved on: somebody changed it since the caller read it (a stale version), or its state no
 * longer allows the step.
 */
public class ApplicationConflictException extends EnrolmentException {

    public static final String STALE = "tandem.enrol.error.stale";
    public static final String STATE = "tandem.enrol.error.state";

    public ApplicationConflictException(String messageKey) {
        super(messageKey, List.of());
    }
}
