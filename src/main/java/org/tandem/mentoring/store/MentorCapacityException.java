package org.tandem.mentoring.store;

/** Every place of the mentor is taken by active pairings; nothing was written. */
public class MentorCapacityException extends RuntimeException {

    private final int programmeId;
    private final String mentorKey;

    public MentorCapacityException(int programmeId, String mentorKey) {
        super("mentor " + mentorKey + " has no free place in programme " + programmeId);
        this.programmeId = programmeId;
        this.mentorKey = mentorKey;
    }

    public int programmeId() {
        return programmeId;
    }

    public String mentorKey() {
        return mentorKey;
    }
}
