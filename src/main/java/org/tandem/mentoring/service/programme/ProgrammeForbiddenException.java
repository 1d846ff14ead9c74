package org.tandem.mentoring.service.programme;

import java.util.List;

/** The caller may see the programme but does not coordinate it. */
public class ProgrammeForbiddenException extends ProgrammeAdministrationException {

    public static final String MESSAGE_KEY = "tandem.programme.admin.error.forbidden";

    public ProgrammeForbiddenException() {
        super(MESSAGE_KEY, List.of());
    }
}
