package org.tandem.mentoring.service.programme;

import java.io.Serializable;
import java.util.List;

/** Somebody changed the record since the caller read it, or the record is in use and cannot go. */
public class ProgrammeConflictException extends ProgrammeAdministrationException {

    public static final String STALE = "tandem.programme.admin.error.stale";
    public static final String THEME_IN_USE = "tandem.programme.admin.error.theme.in-use";

    public ProgrammeConflictException(String messageKey, Serializable... args) {
        super(messageKey, List.of(args));
    }
}
