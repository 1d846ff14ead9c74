package org.tandem.mentoring.domain.pairing;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the decision log of a programme's pairings.
 *
 * @param pairingId the pairing decided on; it may no longer exist (a removed or replaced staged pairing)
 * @param actorKey  user key of the person who decided
 * @param detail    free text kept with the decision (a reason), or null
 */
public record PairingEvent(int id, int programmeId, int pairingId, PairingEventType type, String actorKey,
                           Instant at, String detail) {

    public PairingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(at, "at");
    }
}
