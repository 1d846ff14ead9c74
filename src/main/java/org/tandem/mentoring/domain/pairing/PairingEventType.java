package org.tandem.mentoring.domain.pairing;

/** Every decision on a pairing that the decision log records, with who took it and when. */
public enum PairingEventType {
    STAGED,
    ADDED,
    REMOVED,
    SWAPPED,
    PUBLISHED,
    MENTEE_ACCEPTED,
    MENTEE_DECLINED,
    MENTOR_ACCEPTED,
    MENTOR_DECLINED,
    MANAGER_ACKNOWLEDGED,
    MANAGER_SKIPPED,
    SPONSOR_APPROVED,
    SPONSOR_DECLINED,
    ACTIVATED,
    ENDED
}
