package org.tandem.mentoring.domain.pairing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a pairing stands. A matching run or a coordinator stages pairings ({@link #STAGED}, seen by coordinators
 * only); publishing makes them {@link #PROPOSED} to the pair; when every required consent is in the pairing is
 * {@link #ACTIVE}. A decline makes it {@link #DECLINED}; either side ends an active pairing ({@link #ENDED}).
 */
public enum PairingState {
    STAGED,
    PROPOSED,
    ACTIVE,
    DECLINED,
    ENDED;

    /** True while the pairing holds its mentee and a place of its mentor (a new run leaves both alone). */
    public boolean holdsPeople() {
        return this == PROPOSED || this == ACTIVE;
    }

    /** True once nothing more happens to the pairing. */
    public boolean isFinal() {
        return this == DECLINED || this == ENDED;
    }

    public Set<PairingState> next() {
        return switch (this) {
            case STAGED -> EnumSet.of(PROPOSED);
            case PROPOSED -> EnumSet.of(ACTIVE, DECLINED);
            case ACTIVE -> EnumSet.of(ENDED);
            case DECLINED, ENDED -> EnumSet.noneOf(PairingState.class);
        };
    }

    public boolean canMoveTo(PairingState target) {
        return next().contains(target);
    }
}
