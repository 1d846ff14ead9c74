package org.tandem.mentoring.domain.programme;

/** How often a pair is expected to meet. */
public enum Cadence {
    WEEKLY(7),
    FORTNIGHTLY(14),
    MONTHLY(30);

    private final int days;

    Cadence(int days) {
        this.days = days;
    }

    /** Nominal number of days between two meetings. */
    public int days() {
        return days;
    }
}
