package org.tandem.mentoring.service.pairing;

import java.io.Serializable;
import java.util.List;

/**
 * The programme or pairing does not exist, or it is not the caller's to see: the two look the same, so that
 * somebody else's pairing stays private.
 */
public class PairingNotFoundException extends PairingException {

    public static final String PAIRING = "tandem.pairing.error.pairing.not-found";
    public static final String PROGRAMME = "tandem.pairing.error.programme.not-found";

    public PairingNotFoundException(String messageKey, int id) {
        super(messageKey, List.<Serializable>of(id));
    }

    public static PairingNotFoundException pairing(int id) {
        return new PairingNotFoundException(PAIRING, id);
    }

    public static PairingNotFoundException programme(int id) {
        return new PairingNotFoundException(PROGRAMME, id);
    }
}
