package org.tandem.mentoring.service.pairing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.MentorSeatContentionException;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The pairing store's contract in memory (versions, state moves, mentor places, the decision log), so service tests
 * can follow a pairing through its whole life without a database. The real store has its own tests.
 */
class InMemoryPairings implements PairingStore {

    private final Map<Integer, Pairing> rows = new LinkedHashMap<>();
    private final List<PairingEvent> events = new ArrayList<>();
    private final Map<String, Integer> capacity = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private int nextId = 100;
    /** How many of the next saves lose a race for a mentor's place, as a concurrent accept on another node would. */
    int contentions;

    @Override
    public List<Pairing> replaceStaged(int programmeId, List<Pairing> staged, String actorKey, Instant at) {
        rows.values().removeIf(p -> p.programmeId() == programmeId && p.state() == PairingState.STAGED);
        List<Pairing> stored = new ArrayList<>();
        for (Pairing pairing : staged) {
            stored.add(stage(pairing, PairingEventType.STAGED, actorKey, at, null));
        }
        return stored;
    }

    @Override
    public Pairing stage(Pairing pairing, PairingEventType type, String actorKey, Instant at, String detail) {
        int id = nextId++;
        Pairing stored = copy(pairing, id, 1);
        rows.put(id, stored);
        log(pairing.programmeId(), id, type, actorKey, at, detail);
        return stored;
    }

    @Override
    public void removeStaged(int id, int expectedVersion, String actorKey, Instant at, String detail) {
        Pairing stored = find(id);
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException("pairing", id, expectedVersion);
        }
        if (stored.state() != PairingState.STAGED) {
            throw new StoreValidationException("pairing.state", StoreValidationException.Problem.INVALID, "x");
        }
        rows.remove(id);
        log(stored.programmeId(), id, PairingEventType.REMOVED, actorKey, at, detail);
    }

    @Override
    public Pairing save(Pairing changed, PairingEventType type, String actorKey, Instant at, String detail) {
        if (contentions > 0) {
            contentions--;
            throw new MentorSeatContentionException(1);
        }
        Pairing stored = find(changed.id());
        if (stored.version() != changed.version()) {
            throw new StaleVersionException("pairing", changed.id(), changed.version());
        }
        if (stored.state() != changed.state() && !stored.state().canMoveTo(changed.state())) {
            throw new StoreValidationException("pairing.state", StoreValidationException.Problem.INVALID, "x");
        }
        String seat = changed.programmeId() + "/" + changed.mentorKey();
        if (changed.state() == PairingState.ACTIVE && stored.state() != PairingState.ACTIVE) {
            int used = taken.getOrDefault(seat, 0);
            if (used >= capacity.getOrDefault(seat, 0)) {
                throw new MentorCapacityException(changed.programmeId(), changed.mentorKey());
            }
            taken.put(seat, used + 1);
        } else if (stored.state() == PairingState.ACTIVE && changed.state() != PairingState.ACTIVE) {
            taken.merge(seat, -1, Integer::sum);
        }
        Pairing saved = copy(changed, changed.id(), stored.version() + 1);
        rows.put(saved.id(), saved);
        log(saved.programmeId(), saved.id(), type, actorKey, at, detail);
        if (changed.state() == PairingState.ACTIVE && stored.state() != PairingState.ACTIVE) {
            log(saved.programmeId(), saved.id(), PairingEventType.ACTIVATED, actorKey, at, null);
        }
        return saved;
    }

    @Override
    public void log(int programmeId, int pairingId, PairingEventType type, String actorKey, Instant at,
            String detail) {
        events.add(new PairingEvent(events.size() + 1, programmeId, pairingId, type, actorKey, at, detail));
    }

    @Override
    public void reserveSeats(int programmeId, Map<String, Integer> capacityByMentor) {
        capacityByMentor.forEach((mentor, places) -> capacity.put(programmeId + "/" + mentor, places));
    }

    @Override
    public Optional<Pairing> findById(int id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Pairing> findByProgramme(int programmeId) {
        return rows.values().stream().filter(p -> p.programmeId() == programmeId).toList();
    }

    @Override
    public List<Pairing> findByProgrammeAndStates(int programmeId, Set<PairingState> states) {
        return findByProgramme(programmeId).stream().filter(p -> states.contains(p.state())).toList();
    }

    @Override
    public List<Pairing> findByPerson(String userKey) {
        return rows.values().stream()
                .filter(p -> p.menteeKey().equals(userKey) || p.mentorKey().equals(userKey)).toList();
    }

    @Override
    public List<Pairing> findByManager(String managerKey) {
        return rows.values().stream().filter(p -> managerKey.equals(p.managerKey())).toList();
    }

    @Override
    public List<PairingEvent> findEvents(int pairingId) {
        return events.stream().filter(e -> e.pairingId() == pairingId).toList();
    }

    @Override
    public List<PairingEvent> findProgrammeEvents(int programmeId) {
        return events.stream().filter(e -> e.programmeId() == programmeId).toList();
    }

    @Override
    public int seatsTaken(int programmeId, String mentorKey) {
        return taken.getOrDefault(programmeId + "/" + mentorKey, 0);
    }

    List<Pairing> all() {
        return List.copyOf(rows.values());
    }

    private Pairing find(int id) {
        Pairing stored = rows.get(id);
        if (stored == null) {
            throw new RecordNotFoundException("pairing", id);
        }
        return stored;
    }

    private static Pairing copy(Pairing p, int id, int version) {
        return new Pairing(id, version, p.programmeId(), p.menteeKey(), p.mentorKey(), p.state(), p.score(),
                p.breakdown(), p.explanation(), p.warnings(), p.reason(), p.managerKey(), p.menteeConsent(),
                p.mentorConsent(), p.managerConsent(), p.sponsorConsent(), p.sponsorKey(), p.createdBy(),
                p.createdAt(), p.decidedBy(), p.decidedAt(), p.endReason());
    }
}
