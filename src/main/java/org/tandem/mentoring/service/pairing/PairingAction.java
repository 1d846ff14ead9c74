package org.tandem.mentoring.service.pairing;

/** What the person asking may do with a pairing now. */
public enum PairingAction {
    REMOVE,
    SWAP,
    ACCEPT,
    DECLINE,
    ACKNOWLEDGE,
    APPROVE,
    END
}
