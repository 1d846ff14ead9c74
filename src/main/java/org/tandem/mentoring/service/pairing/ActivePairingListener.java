package org.tandem.mentoring.service.pairing;

import org.tandem.mentoring.domain.pairing.Pairing;

/** Told after a pairing became active and the change is committed (the pairing page is made so). */
public interface ActivePairingListener {

    void activated(Pairing pairing);
}
