package org.tandem.mentoring.service.pairing;

/** How the person asking relates to a pairing, which decides how much of it they see. */
public enum Audience {
    /** A coordinator of the programme: everything, with score, explanation, warnings and reasons. */
    COORDINATOR,
    /** The mentee or the mentor: their own pairing, its explanation and the consents; no score or warnings. */
    PARTICIPANT,
    /** The mentee's direct manager: that the report is paired, and whether the acknowledgement is needed. */
    MANAGER
}
