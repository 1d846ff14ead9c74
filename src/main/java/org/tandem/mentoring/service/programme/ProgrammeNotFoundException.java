package org.tandem.mentoring.service.programme;

import java.util.List;

/** The programme (or theme) does not exist, or its space is not the caller's to see: the two look the same. */
public class ProgrammeNotFoundException extends ProgrammeAdministrationException {

    public static final String MESSAGE_KEY = "tandem.programme.admin.error.not-found";

    public ProgrammeNotFoundException(int id) {
        super(MESSAGE_KEY, List.of(String.valueOf(id)));
    }
}
