package org.tandem.mentoring.service.pairing;

import java.util.List;

/**
 * The pairing board of a programme for one person: the pairings they may see (all of them for a coordinator) and
 * those of the programme that wait for their answer; {@code relaxDownReason} is the coordinator's reason for letting
 * a mentor be below the mentee in the mentee's line of authority, or null.
 */
public record PairingBoard(int programmeId, String programmeName, boolean coordinator, boolean matchingOpen,
                           List<PairingView> pairings, List<PairingView> awaitingMe, String relaxDownReason) {

    public PairingBoard {
        pairings = List.copyOf(pairings);
        awaitingMe = List.copyOf(awaitingMe);
    }

    /** A board of a programme that keeps the whole line-of-authority rule. */
    public PairingBoard(int programmeId, String programmeName, boolean coordinator, boolean matchingOpen,
            List<PairingView> pairings, List<PairingView> awaitingMe) {
        this(programmeId, programmeName, coordinator, matchingOpen, pairings, awaitingMe, null);
    }
}
