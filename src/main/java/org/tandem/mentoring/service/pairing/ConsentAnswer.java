package org.tandem.mentoring.service.pairing;

/**
 * An answer to a proposed pairing: the mentee and the mentor accept or decline, the mentee's manager acknowledges,
 * the sponsor approves or declines.
 */
public enum ConsentAnswer {
    ACCEPT,
    DECLINE,
    ACKNOWLEDGE,
    APPROVE
}
