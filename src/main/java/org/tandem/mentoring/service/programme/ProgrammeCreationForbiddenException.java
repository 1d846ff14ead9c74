package org.tandem.mentoring.service.programme;

/** The person may not create a programme space: they may not create spaces, or do not administer the space. */
public class ProgrammeCreationForbiddenException extends RuntimeException {

    public ProgrammeCreationForbiddenException(String message) {
        super(message);
    }
}
