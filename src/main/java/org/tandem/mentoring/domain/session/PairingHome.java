package org.tandem.mentoring.domain.session;

import org.tandem.mentoring.domain.programme.Cadence;

/**
 * What a running pairing keeps beside the pairing itself: its page (null until created) and the cadence the pair
 * chose (null: the programme's default).
 */
public record PairingHome(int pairingId, Long pageId, Cadence cadence, int version) {

    /** The cadence in force: the pair's own, or else the programme's. */
    public Cadence cadenceOr(Cadence programmeDefault) {
        return cadence != null ? cadence : programmeDefault;
    }
}
