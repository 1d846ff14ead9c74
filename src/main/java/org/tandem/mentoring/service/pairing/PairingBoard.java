package org.tandem.mentoring.service.pairing;

import java.util.List;

/**
 * The pairing board of a programme for one person: the pairings they may see (all of them for a coordinator) and
 * those of the programme that wait for their answer.
 */
public record PairingBoard(int programmeId, String programmeName, boolean coordinator, boolean matchingOpen,
                           List<PairingView> pairings, List<PairingView> awaitingMe) {

    public PairingBoard {
        pairings = List.copyOf(pairings);
        awaitingMe = List.copyOf(awaitingMe);
    }
}
