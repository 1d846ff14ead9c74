package org.tandem.mentoring.service.pairing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.MentorSeatContentionException;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreLimits;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The pairing store in memory (versions, state moves, mentor places, the decision log), so service tests can follow
 * a pairing through its whole life without a database. {@code InMemoryPairingsTest} holds it to the same contract as
 * the Active Objects store.
 *
 * <p>Every write checks everything before it changes anything, so a refused write leaves nothing behind.
 * {@link #inTransaction} gives the service tests' transaction template the rollback of a real transaction: a nested
 * call joins the open one (no savepoint), and a failure undoes everything written since the outermost call began.
 */
class InMemoryPairings implements PairingStore {

    private static final String RECORD = "pairing";

    private final Map<Integer, Pairing> rows = new LinkedHashMap<>();
    private final List<PairingEvent> events = new ArrayList<>();
    private final Map<String, Integer> capacity = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private int nextId = 100;
    private boolean inTransaction;
    /** How many of the next saves lose a race for a mentor's place, as a concurrent accept on another node would. */
    int contentions;

    /** Runs {@code work} in one transaction: when it throws, every write it made is undone. */
    <T> T inTransaction(Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        Map<Integer, Pairing> rowsBefore = new LinkedHashMap<>(rows);
        int eventsBefore = events.size();
        Map<String, Integer> capacityBefore = new HashMap<>(capacity);
        Map<String, Integer> takenBefore = new HashMap<>(taken);
        inTransaction = true;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            rows.clear();
            rows.putAll(rowsBefore);
            events.subList(eventsBefore, events.size()).clear();
            capacity.clear();
            capacity.putAll(capacityBefore);
            taken.clear();
            taken.putAll(takenBefore);
            throw failure;
        } finally {
            inTransaction = false;
        }
    }

    @Override
    public List<Pairing> replaceStaged(int programmeId, List<Pairing> staged, Set<Integer> keep, String actorKey,
            Instant at) {
        List<Pairing> checked = new ArrayList<>();
        for (Pairing pairing : staged) {
            if (pairing.programmeId() != programmeId || pairing.state() != PairingState.STAGED) {
                throw invalid("state", "only staged pairings of programme " + programmeId + " can be staged");
            }
            checked.add(checked(pairing, 0, 1));
        }
        if (!checked.isEmpty()) {
            event(programmeId, 0, PairingEventType.STAGED, actorKey, at, null);
        }
        rows.values().removeIf(p -> p.programmeId() == programmeId && p.state() == PairingState.STAGED
                && !keep.contains(p.id()));
        for (Pairing pairing : checked) {
            Pairing stored = withId(pairing, nextId++, 1);
            rows.put(stored.id(), stored);
            log(programmeId, stored.id(), PairingEventType.STAGED, actorKey, at, null);
        }
        return findByProgrammeAndStates(programmeId, Set.of(PairingState.STAGED));
    }

    @Override
    public Pairing stage(Pairing pairing, PairingEventType type, String actorKey, Instant at, String detail) {
        if (pairing.state() != PairingState.STAGED) {
            throw invalid("state", "a new pairing is staged");
        }
        Pairing checked = checked(pairing, 0, 1);
        event(pairing.programmeId(), 0, type, actorKey, at, detail);
        Pairing stored = withId(checked, nextId++, 1);
        rows.put(stored.id(), stored);
        log(stored.programmeId(), stored.id(), type, actorKey, at, detail);
        return stored;
    }

    @Override
    public void removeStaged(int id, int expectedVersion, String actorKey, Instant at, String detail) {
        Pairing stored = find(id);
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(RECORD, id, expectedVersion);
        }
        if (stored.state() != PairingState.STAGED) {
            throw invalid("state", "only a staged pairing can be removed, this one is " + stored.state());
        }
        event(stored.programmeId(), id, PairingEventType.REMOVED, actorKey, at, detail);
        rows.remove(id);
        log(stored.programmeId(), id, PairingEventType.REMOVED, actorKey, at, detail);
    }

    @Override
    public Pairing save(Pairing changed, PairingEventType type, String actorKey, Instant at, String detail) {
        Pairing checked = checked(changed, changed.id(), changed.version());
        if (contentions > 0) {
            contentions--;
            throw new MentorSeatContentionException(1);
        }
        Pairing stored = find(changed.id());
        if (stored.version() != changed.version()) {
            throw new StaleVersionException(RECORD, changed.id(), changed.version());
        }
        if (stored.state() != changed.state() && !stored.state().canMoveTo(changed.state())) {
            throw invalid("state", "cannot move from " + stored.state() + " to " + changed.state());
        }
        if (stored.state() != PairingState.STAGED && !stored.mentorKey().equals(changed.mentorKey())) {
            throw new StoreValidationException(RECORD + ".mentorKey", StoreValidationException.Problem.INVALID,
                    "the mentor of a published pairing does not change");
        }
        event(stored.programmeId(), stored.id(), type, actorKey, at, detail);
        boolean activates = changed.state() == PairingState.ACTIVE && stored.state() != PairingState.ACTIVE;
        boolean gives = stored.state() == PairingState.ACTIVE && changed.state() != PairingState.ACTIVE;
        String seat = seat(stored.programmeId(), stored.mentorKey());
        if (activates) {
            int used = taken.getOrDefault(seat, 0);
            if (!capacity.containsKey(seat) || used >= capacity.get(seat)) {
                throw new MentorCapacityException(stored.programmeId(), stored.mentorKey());
            }
            taken.put(seat, used + 1);
        } else if (gives && taken.getOrDefault(seat, 0) > 0) {
            taken.merge(seat, -1, Integer::sum);
        }
        Pairing saved = new Pairing(stored.id(), stored.version() + 1, stored.programmeId(), stored.menteeKey(),
                checked.mentorKey(), checked.state(), checked.score(), checked.breakdown(), checked.explanation(),
                checked.warnings(), checked.reason(), checked.managerKey(), checked.menteeConsent(),
                checked.mentorConsent(), checked.managerConsent(), checked.sponsorConsent(), checked.sponsorKey(),
                stored.createdBy(), stored.createdAt(), checked.decidedBy(), checked.decidedAt(),
                checked.endReason());
        rows.put(saved.id(), saved);
        log(saved.programmeId(), saved.id(), type, actorKey, at, detail);
        if (activates) {
            log(saved.programmeId(), saved.id(), PairingEventType.ACTIVATED, actorKey, at, null);
        }
        return saved;
    }

    @Override
    public void log(int programmeId, int pairingId, PairingEventType type, String actorKey, Instant at,
            String detail) {
        events.add(event(programmeId, pairingId, type, actorKey, at, detail));
    }

    @Override
    public void reserveSeats(int programmeId, Map<String, Integer> capacityByMentor) {
        capacityByMentor.forEach((mentor, places) -> capacity.put(seat(programmeId, mentor), Math.max(0, places)));
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
    public List<Pairing> findByMentees(Collection<String> menteeKeys) {
        return rows.values().stream().filter(p -> menteeKeys.contains(p.menteeKey())).toList();
    }

    @Override
    public List<Pairing> findByManager(String managerKey) {
        return rows.values().stream().filter(p -> managerKey.equals(p.managerKey())).toList();
    }

    @Override
    public List<Pairing> findWaitingForManager() {
        return rows.values().stream().filter(p -> p.waitsFor(Party.MANAGER))
                .sorted(Comparator.comparingInt(Pairing::programmeId).thenComparingInt(Pairing::id)).toList();
    }

    @Override
    public List<Pairing> findWaitingForSponsor() {
        return rows.values().stream().filter(p -> p.waitsFor(Party.SPONSOR))
                .sorted(Comparator.comparingInt(Pairing::programmeId).thenComparingInt(Pairing::id)).toList();
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
        return taken.getOrDefault(seat(programmeId, mentorKey), 0);
    }

    List<Pairing> all() {
        return List.copyOf(rows.values());
    }

    private Pairing find(int id) {
        Pairing stored = rows.get(id);
        if (stored == null) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return stored;
    }

    private static String seat(int programmeId, String mentorKey) {
        return programmeId + "/" + mentorKey;
    }

    /** A log entry as the store would write it, checked like a row. */
    private PairingEvent event(int programmeId, int pairingId, PairingEventType type, String actorKey, Instant at,
            String detail) {
        if (type == null) {
            throw new StoreValidationException("pairingEvent.type", StoreValidationException.Problem.MISSING,
                    "is required");
        }
        return new PairingEvent(events.size() + 1, programmeId, pairingId, type,
                required("pairingEvent.actorKey", actorKey, StoreLimits.KEY),
                millis(Objects.requireNonNull(at, "at")),
                optional("pairingEvent.detail", detail, StoreLimits.LONG_TEXT));
    }

    /** The pairing as a row holds it: keys and texts checked, empty text as null, times to the millisecond. */
    private static Pairing checked(Pairing p, int id, int version) {
        return new Pairing(id, version, p.programmeId(),
                required("pairing.menteeKey", p.menteeKey(), StoreLimits.KEY),
                required("pairing.mentorKey", p.mentorKey(), StoreLimits.KEY), p.state(), p.score(),
                p.breakdown(), p.explanation(), p.warnings(),
                optional("pairing.reason", p.reason(), StoreLimits.LONG_TEXT),
                optional("pairing.managerKey", p.managerKey(), StoreLimits.KEY), p.menteeConsent(),
                p.mentorConsent(), p.managerConsent(), p.sponsorConsent(),
                optional("pairing.sponsorKey", p.sponsorKey(), StoreLimits.KEY),
                optional("pairing.createdBy", p.createdBy(), StoreLimits.KEY), millis(p.createdAt()),
                optional("pairing.decidedBy", p.decidedBy(), StoreLimits.KEY), millis(p.decidedAt()),
                optional("pairing.endReason", p.endReason(), StoreLimits.LONG_TEXT));
    }

    private static Pairing withId(Pairing p, int id, int version) {
        return new Pairing(id, version, p.programmeId(), p.menteeKey(), p.mentorKey(), p.state(), p.score(),
                p.breakdown(), p.explanation(), p.warnings(), p.reason(), p.managerKey(), p.menteeConsent(),
                p.mentorConsent(), p.managerConsent(), p.sponsorConsent(), p.sponsorKey(), p.createdBy(),
                p.createdAt(), p.decidedBy(), p.decidedAt(), p.endReason());
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new StoreValidationException(field, StoreValidationException.Problem.MISSING, "is required");
        }
        return optional(field, value, maxLength);
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new StoreValidationException(field, StoreValidationException.Problem.TOO_LONG,
                    "is " + value.length() + " characters long, at most " + maxLength + " fit");
        }
        return value;
    }

    private static Instant millis(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static StoreValidationException invalid(String property, String detail) {
        return new StoreValidationException(RECORD + "." + property, StoreValidationException.Problem.INVALID,
                detail);
    }
}
