package org.tandem.mentoring.service.waiting;

import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;

/** The cadence a pair meets at: the one it set on its pairing page, else its programme's, else fortnightly. */
public final class Cadences {

    private Cadences() {
    }

    public static Cadence of(String own, Programme programme) {
        if (own != null) {
            for (Cadence c : Cadence.values()) {
                if (c.name().equals(own)) {
                    return c;
                }
            }
        }
        return programme == null || programme.cadence() == null ? Cadence.FORTNIGHTLY : programme.cadence();
    }
}
