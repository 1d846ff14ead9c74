package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;

/**
 * The {@link PairingStore} in Active Objects.
 *
 * <p>Each write runs in one transaction with its {@link PairingEvent}s. Places are counted in the mentor's
 * {@link MentorSeatEntity} row through {@link RowVersionUpdate}, in the same transaction as the pairing. A place lost
 * to a concurrent writer is read again and retried (and the whole step run again when the database refuses to
 * serialize it), so concurrent accepts on any node fill exactly the places there are.
 */
@Named
public class AoPairingStore implements PairingStore {

    private static final String RECORD = "pairing";
    /**
     * Transactions a step on a pairing runs in before a lost race for a mentor's place is reported. Under the
     * READ COMMITTED isolation of the host (and of the stand-in, in the store tests and the sandbox) a lost race is
     * simply read again inside the transaction; a database that refuses the whole transaction instead (a deadlock,
     * or a serialization failure where transactions run SERIALIZABLE) has it run again. Nested in a caller's
     * transaction the retry cannot help; the caller retries.
     */
    private static final int TRANSACTION_ATTEMPTS = 60;

    private final ActiveObjects ao;

    @Inject
    public AoPairingStore(ActiveObjects ao) {
        this.ao = ao;
    }

    // ------------------------------------------------------------------ writes

    @Override
    public List<Pairing> replaceStaged(int programmeId, List<Pairing> staged, Set<Integer> keep, String actorKey,
            Instant at) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Pairing pairing : staged) {
            if (pairing.programmeId() != programmeId || pairing.state() != PairingState.STAGED) {
                throw new StoreValidationException(RECORD + ".state", StoreValidationException.Problem.INVALID,
                        "only staged pairings of programme " + programmeId + " can be staged");
            }
            Map<String, Object> row = PairingRows.columns(pairing);
            row.put(PairingEntity.VERSION, 1);
            rows.add(row);
        }
        return ao.executeInTransaction(() -> {
            List<Object> parameters = new ArrayList<>(List.of(programmeId, PairingState.STAGED.name()));
            parameters.addAll(keep);
            ao.deleteWithSQL(PairingEntity.class, PairingEntity.PROGRAMME_ID + " = ? AND " + PairingEntity.STATE
                    + " = ?" + (keep.isEmpty() ? "" : " AND ID NOT IN (" + String.join(", ",
                    Collections.nCopies(keep.size(), "?")) + ")"), parameters.toArray());
            if (!rows.isEmpty()) {
                ao.create(PairingEntity.class, rows);
            }
            List<Pairing> stored = findByProgrammeAndStates(programmeId, EnumSet.of(PairingState.STAGED));
            List<Map<String, Object>> events = new ArrayList<>();
            for (Pairing pairing : stored) {
                if (keep.contains(pairing.id())) {
                    continue;
                }
                events.add(PairingRows.eventRow(pairing.programmeId(), pairing.id(), PairingEventType.STAGED, actorKey, at,
                        null));
            }
            if (!events.isEmpty()) {
                ao.create(PairingEventEntity.class, events);
            }
            return stored;
        });
    }

    @Override
    public Pairing stage(Pairing pairing, PairingEventType type, String actorKey, Instant at, String detail) {
        if (pairing.state() != PairingState.STAGED) {
            throw new StoreValidationException(RECORD + ".state", StoreValidationException.Problem.INVALID,
                    "a new pairing is staged");
        }
        Map<String, Object> values = PairingRows.columns(pairing);
        values.put(PairingEntity.VERSION, 1);
        return ao.executeInTransaction(() -> {
            PairingEntity created = ao.create(PairingEntity.class, values);
            log(pairing.programmeId(), created.getID(), type, actorKey, at, detail);
            return findById(created.getID()).orElseThrow();
        });
    }

    @Override
    public void removeStaged(int id, int expectedVersion, String actorKey, Instant at, String detail) {
        ao.executeInTransaction(() -> {
            Pairing stored = findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(RECORD, id, expectedVersion);
            }
            if (stored.state() != PairingState.STAGED) {
                throw new StoreValidationException(RECORD + ".state", StoreValidationException.Problem.INVALID,
                        "only a staged pairing can be removed, this one is " + stored.state());
            }
            int deleted = ao.deleteWithSQL(PairingEntity.class, "ID = ? AND " + PairingEntity.VERSION + " = ?", id,
                    expectedVersion);
            if (deleted == 0) {
                throw new StaleVersionException(RECORD, id, expectedVersion);
            }
            log(stored.programmeId(), id, PairingEventType.REMOVED, actorKey, at, detail);
            return null;
        });
    }

    @Override
    public Pairing save(Pairing changed, PairingEventType type, String actorKey, Instant at, String detail) {
        Map<String, Object> values = PairingRows.columns(changed);
        values.remove(PairingEntity.PROGRAMME_ID);
        values.remove(PairingEntity.MENTEE_KEY);
        values.remove(PairingEntity.CREATED_BY);
        values.remove(PairingEntity.CREATED_AT);
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(() -> write(changed, values, type, actorKey, at, detail));
            } catch (MentorSeatContentionException lost) {
                if (attempt >= TRANSACTION_ATTEMPTS) {
                    throw lost;
                }
                Thread.yield();
            }
        }
    }

    private Pairing write(Pairing changed, Map<String, Object> values, PairingEventType type, String actorKey,
            Instant at, String detail) {
        {
            Pairing stored = findById(changed.id()).orElseThrow(() -> new RecordNotFoundException(RECORD,
                    changed.id()));
            if (stored.version() != changed.version()) {
                throw new StaleVersionException(RECORD, changed.id(), changed.version());
            }
            if (stored.state() != changed.state() && !stored.state().canMoveTo(changed.state())) {
                throw new StoreValidationException(RECORD + ".state", StoreValidationException.Problem.INVALID,
                        "cannot move from " + stored.state() + " to " + changed.state());
            }
            if (stored.state() != PairingState.STAGED && !stored.mentorKey().equals(changed.mentorKey())) {
                throw new StoreValidationException(RECORD + ".mentorKey", StoreValidationException.Problem.INVALID,
                        "the mentor of a published pairing does not change");
            }
            if (changed.state() == PairingState.ACTIVE && stored.state() != PairingState.ACTIVE) {
                moveSeat(stored.programmeId(), stored.mentorKey(), +1);
            } else if (stored.state() == PairingState.ACTIVE && changed.state() != PairingState.ACTIVE) {
                moveSeat(stored.programmeId(), stored.mentorKey(), -1);
            }
            RowVersionUpdate.apply(ao, PairingEntity.class, RECORD, changed.id(), changed.version(), values);
            log(stored.programmeId(), changed.id(), type, actorKey, at, detail);
            if (changed.state() == PairingState.ACTIVE && stored.state() != PairingState.ACTIVE) {
                log(stored.programmeId(), changed.id(), PairingEventType.ACTIVATED, actorKey, at, null);
            }
            return findById(changed.id()).orElseThrow();
        }
    }

    @Override
    public void log(int programmeId, int pairingId, PairingEventType type, String actorKey, Instant at,
            String detail) {
        ao.create(PairingEventEntity.class, PairingRows.eventRow(programmeId, pairingId, type, actorKey, at, detail));
    }

    @Override
    public void reserveSeats(int programmeId, Map<String, Integer> capacityByMentor) {
        ao.executeInTransaction(() -> {
            Map<String, MentorSeatEntity> existing = new HashMap<>();
            for (MentorSeatEntity seat : ao.find(MentorSeatEntity.class, Query.select()
                    .where(MentorSeatEntity.PROGRAMME_ID + " = ?", programmeId))) {
                existing.put(seat.getMentorKey(), seat);
            }
            for (Map.Entry<String, Integer> wanted : capacityByMentor.entrySet()) {
                int capacity = Math.max(0, wanted.getValue());
                MentorSeatEntity seat = existing.get(wanted.getKey());
                if (seat == null) {
                    Map<String, Object> row = new Row("mentorSeat")
                            .value(MentorSeatEntity.PROGRAMME_ID, programmeId)
                            .required(MentorSeatEntity.MENTOR_KEY, "mentorKey", wanted.getKey(), StoreLimits.KEY)
                            .value(MentorSeatEntity.CAPACITY, capacity)
                            .value(MentorSeatEntity.TAKEN, 0)
                            .value(MentorSeatEntity.VERSION, 1)
                            .value(MentorSeatEntity.PROGRAMME_MENTOR, UniqueKey.of(programmeId, wanted.getKey()))
                            .values();
                    createSeat(row);
                } else if (seat.getCapacity() != capacity) {
                    RowVersionUpdate.apply(ao, MentorSeatEntity.class, "mentorSeat", seat.getID(),
                            seat.getVersion(), Map.of(MentorSeatEntity.CAPACITY, capacity));
                }
            }
            return null;
        });
    }

    /**
     * Creates a mentor's row of places. When a concurrent publish created it first, the database refuses the
     * second row and the whole reservation is to run again: it then finds the row and keeps it.
     */
    private void createSeat(Map<String, Object> row) {
        try {
            ao.create(MentorSeatEntity.class, row);
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e) || UniqueKey.isLostRace(e)) {
                throw new MentorSeatContentionException(0);
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Optional<Pairing> findById(int id) {
        return load(Query.select().where("ID = ?", id)).stream().findFirst();
    }

    @Override
    public List<Pairing> findByProgramme(int programmeId) {
        return load(Query.select().where(PairingEntity.PROGRAMME_ID + " = ?", programmeId).order("ID ASC"));
    }

    @Override
    public List<Pairing> findByProgrammeAndStates(int programmeId, Set<PairingState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        String marks = states.stream().map(s -> "?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>();
        args.add(programmeId);
        states.stream().map(Enum::name).forEach(args::add);
        return load(Query.select().where(PairingEntity.PROGRAMME_ID + " = ? AND " + PairingEntity.STATE + " IN ("
                + marks + ")", args.toArray()).order("ID ASC"));
    }

    @Override
    public List<Pairing> findByPerson(String userKey) {
        return load(Query.select().where(PairingEntity.MENTEE_KEY + " = ? OR " + PairingEntity.MENTOR_KEY + " = ?",
                userKey, userKey).order("ID ASC"));
    }

    @Override
    public List<Pairing> findByMentees(Collection<String> menteeKeys) {
        List<Pairing> found = new ArrayList<>();
        for (List<String> part : InClause.parts(menteeKeys)) {
            found.addAll(load(Query.select().where(InClause.in(PairingEntity.MENTEE_KEY, part), part.toArray())));
        }
        found.sort(Comparator.comparingInt(Pairing::id));
        return found;
    }

    /** Reads the programme's ADDED log entries only, then those of their pairings still staged (one query per 500). */
    @Override
    public List<Pairing> findStagedByHand(int programmeId) {
        List<Integer> added = Arrays.stream(ao.find(PairingEventEntity.class, Query.select().where(
                PairingEventEntity.PROGRAMME_ID + " = ? AND " + PairingEventEntity.EVENT_TYPE + " = ?", programmeId,
                PairingEventType.ADDED.name()))).map(PairingEventEntity::getPairingId).distinct().toList();
        List<Pairing> found = new ArrayList<>();
        for (List<Integer> part : InClause.parts(added)) {
            List<Object> args = new ArrayList<>(List.of(programmeId, PairingState.STAGED.name()));
            args.addAll(part);
            found.addAll(load(Query.select().where(PairingEntity.PROGRAMME_ID + " = ? AND " + PairingEntity.STATE
                    + " = ? AND " + InClause.in("ID", part), args.toArray())));
        }
        found.sort(Comparator.comparingInt(Pairing::id));
        return found;
    }

    @Override
    public List<Pairing> findByManager(String managerKey) {
        return load(Query.select().where(PairingEntity.MANAGER_KEY + " = ?", managerKey).order("ID ASC"));
    }

    @Override
    public List<Pairing> findWaitingForManager() {
        return load(Query.select()
                .where(PairingEntity.STATE + " = ? AND " + PairingEntity.MANAGER_CONSENT + " = ?",
                        PairingState.PROPOSED.name(), Consent.PENDING.name())
                .order(PairingEntity.PROGRAMME_ID + " ASC, ID ASC"));
    }

    @Override
    public List<Pairing> findWaitingForSponsor() {
        return load(Query.select()
                .where(PairingEntity.STATE + " = ? AND " + PairingEntity.SPONSOR_CONSENT + " = ?",
                        PairingState.PROPOSED.name(), Consent.PENDING.name())
                .order(PairingEntity.PROGRAMME_ID + " ASC, ID ASC"));
    }

    @Override
    public List<PairingEvent> findEvents(int pairingId) {
        return events(Query.select().where(PairingEventEntity.PAIRING_ID + " = ?", pairingId).order("ID ASC"));
    }

    @Override
    public List<PairingEvent> findProgrammeEvents(int programmeId) {
        return events(Query.select().where(PairingEventEntity.PROGRAMME_ID + " = ?", programmeId).order("ID ASC"));
    }

    @Override
    public int seatsTaken(int programmeId, String mentorKey) {
        return seat(programmeId, mentorKey).map(MentorSeatEntity::getTaken).orElse(0);
    }

    // ------------------------------------------------------------------ places

    /** Takes ({@code delta} +1) or gives back (-1) one place of a mentor, through {@link RowVersionUpdate}. */
    private void moveSeat(int programmeId, String mentorKey, int delta) {
        MentorSeatEntity seat = seat(programmeId, mentorKey).orElseThrow(() -> delta > 0
                ? new MentorCapacityException(programmeId, mentorKey) : new IllegalStateException(
                        "no places recorded for mentor " + mentorKey + " in programme " + programmeId));
        RowVersionUpdate.moveSeat(ao, seat, delta);
    }

    private Optional<MentorSeatEntity> seat(int programmeId, String mentorKey) {
        MentorSeatEntity[] found = ao.find(MentorSeatEntity.class, Query.select().where(
                MentorSeatEntity.PROGRAMME_ID + " = ? AND " + MentorSeatEntity.MENTOR_KEY + " = ?", programmeId,
                mentorKey).order("ID ASC"));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    // ------------------------------------------------------------------ mapping

    private List<Pairing> load(Query query) {
        return Arrays.stream(ao.find(PairingEntity.class, query)).map(PairingRows::toRecord).toList();
    }

    private List<PairingEvent> events(Query query) {
        return Arrays.stream(ao.find(PairingEventEntity.class, query)).map(PairingRows::toEvent).toList();
    }
}
