package org.tandem.mentoring.domain.pairing;

/** One party's answer to a proposed pairing. */
public enum Consent {
    /** The party has not answered yet. */
    PENDING,
    /** Accepted (mentee, mentor), acknowledged (manager) or approved (sponsor). */
    GIVEN,
    DECLINED,
    /** The step did not apply to this pairing (a mentee without a manager in the org chart); recorded as such. */
    SKIPPED,
    /** The programme does not ask for this step (no sponsor approval). */
    NOT_REQUIRED;

    /** True when this party no longer holds the pairing back. */
    public boolean isSettled() {
        return this == GIVEN || this == SKIPPED || this == NOT_REQUIRED;
    }
}
