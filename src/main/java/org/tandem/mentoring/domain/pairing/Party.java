package org.tandem.mentoring.domain.pairing;

/** Whose consent a proposed pairing waits for. */
public enum Party {
    /** Accepts or declines. */
    MENTEE,
    /** Accepts or declines. */
    MENTOR,
    /** The mentee's direct manager in the org chart: acknowledges. */
    MANAGER,
    /** A senior sponsor, where the programme asks for one: approves or declines. */
    SPONSOR
}
