package org.tandem.mentoring.service.pairing;

import java.util.List;

/** The caller may see the programme or pairing but may not do this with it. */
public class PairingForbiddenException extends PairingException {

    public PairingForbiddenException(String messageKey) {
        super(messageKey, List.of());
    }
}
