package org.tandem.mentoring.domain.participant;

/** The side a person enrols on in a programme. */
public enum ParticipantRole {
    MENTOR,
    MENTEE
}
