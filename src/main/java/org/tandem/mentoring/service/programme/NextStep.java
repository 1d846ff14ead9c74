package org.tandem.mentoring.service.programme;

/**
 * What a person can do next in a programme. {@code count} is the number of waiting items where the step has one
 * (applications to approve), otherwise 0.
 */
public record NextStep(Kind kind, int count) {

    public enum Kind {
        SIGN_IN,
        APPLY,
        ENROLMENT_CLOSED,
        CONFIRM_NOMINATION,
        WAIT_FOR_MANAGER,
        WAIT_FOR_COORDINATOR,
        APPROVED,
        DECLINED,
        WITHDRAWN,
        APPROVE_AS_MANAGER,
        APPROVE_AS_COORDINATOR
    }

    public static NextStep of(Kind kind) {
        return new NextStep(kind, 0);
    }
}
