package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.PairingStoreContract;

/** The service tests' pairing store keeps the same contract as the Active Objects one, and rolls back. */
public class InMemoryPairingsTest extends PairingStoreContract {

    private int programmes = 7;
    private InMemoryPairings memory;

    @Override
    protected PairingStore newStore() {
        memory = new InMemoryPairings();
        return memory;
    }

    @Override
    protected int newProgramme() {
        return programmes++;
    }

    @Test
    public void inTransaction_shouldUndoEveryWriteWhenTheWorkFails() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        Pairing proposed = propose(staged("mia", "olga"));

        assertThrows(IllegalStateException.class, () -> memory.inTransaction(() -> {
            accept(proposed, "mia");
            pairings.reserveSeats(programmeId, Map.of("olga", 3));
            pairings.stage(staged("noah", "pete"), PairingEventType.ADDED, "carol", LATER, null);
            throw new IllegalStateException("fails after writing");
        }));

        assertEquals(List.of(proposed), pairings.findByProgramme(programmeId));
        assertEquals(2, pairings.findProgrammeEvents(programmeId).size());
        assertEquals(0, pairings.seatsTaken(programmeId, "olga"));
        Pairing active = accept(proposed, "mia");
        assertEquals(PairingState.ACTIVE, active.state());
        Pairing second = propose(staged("noah", "olga"));
        assertThrows(MentorCapacityException.class, () -> accept(second, "noah"));
    }

    @Test
    public void inTransaction_shouldJoinAnOpenTransactionAndUndoItAllOnFailure() {
        assertThrows(IllegalStateException.class, () -> memory.inTransaction(() -> {
            pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
            return memory.inTransaction(() -> {
                pairings.stage(staged("noah", "pete"), PairingEventType.ADDED, "carol", RUN, null);
                throw new IllegalStateException("fails in the nested call");
            });
        }));

        assertEquals(List.of(), pairings.findByProgramme(programmeId));
        assertEquals(List.of(), pairings.findProgrammeEvents(programmeId));
    }

    @Test
    public void inTransaction_shouldKeepWhatItWroteWhenTheWorkReturns() {
        Pairing stored = memory.inTransaction(() -> pairings.stage(staged("mia", "olga"), PairingEventType.ADDED,
                "carol", RUN, null));

        assertEquals(List.of(stored), pairings.findByProgramme(programmeId));
    }
}
