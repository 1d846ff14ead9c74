package org.tandem.mentoring.service.enrolment;

import java.util.List;

/** The caller may see the application or programme but may not do this with it. */
public class ApplicationForbiddenException extends EnrolmentException {

    public ApplicationForbiddenException(String messageKey) {
        super(messageKey, List.of());
    }
}
