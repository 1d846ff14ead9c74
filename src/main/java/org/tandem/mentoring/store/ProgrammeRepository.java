package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;

/** Programmes and their charters. Hands back immutable {@link Programme} records. */
@Named
public class ProgrammeRepository {

    private static final String RECORD = "programme";
    private static final int MAX_DURATION_MONTHS = 120;

    private final ActiveObjects ao;

    @Inject
    public ProgrammeRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Stores a new programme (its id and version are ignored) and returns it with id and version 1. */
    public Programme create(Programme programme) {
        Map<String, Object> values = columns(programme);
        return ao.executeInTransaction(() -> {
            requireFreeSpaceKey(programme.spaceKey(), 0);
            values.put(ProgrammeEntity.VERSION, 1);
            ProgrammeEntity created = ao.create(ProgrammeEntity.class, values);
            claim(programme.spaceKey(), created.getID());
            return toRecord(created);
        });
    }

    /**
     * Writes every field of {@code programme} if the stored row is still at {@code programme.version()}.
     *
     * @return the programme as stored, with the next version
     * @throws StaleVersionException   if somebody changed it first
     * @throws RecordNotFoundException if it does not exist
     */
    public Programme update(Programme programme) {
        Map<String, Object> values = columns(programme);
        return ao.executeInTransaction(() -> {
            requireFreeSpaceKey(programme.spaceKey(), programme.id());
            RowVersionUpdate.apply(ao, ProgrammeEntity.class, RECORD, programme.id(), programme.version(), values);
            claim(programme.spaceKey(), programme.id());
            return findById(programme.id()).orElseThrow(() -> new RecordNotFoundException(RECORD, programme.id()));
        });
    }

    public Optional<Programme> findById(int id) {
        return Arrays.stream(ao.find(ProgrammeEntity.class, Query.select().where("ID = ?", id)))
                .findFirst().map(ProgrammeRepository::toRecord);
    }

    /** The programme of the space with this key and this id: both must match, since a key can be used again. */
    public Optional<Programme> findBySpace(String spaceKey, long spaceId) {
        if (spaceKey == null || spaceId <= 0) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(ProgrammeEntity.class, Query.select().where(
                ProgrammeEntity.SPACE_KEY + " = ? AND " + ProgrammeEntity.SPACE_ID + " = ?", spaceKey, spaceId)))
                .findFirst().map(ProgrammeRepository::toRecord);
    }

    /** The programme holding this space key, whichever space it was made for (for tests and support). */
    public Optional<Programme> findBySpaceKey(String spaceKey) {
        return Arrays.stream(ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.SPACE_KEY + " = ?", spaceKey)))
                .findFirst().map(ProgrammeRepository::toRecord);
    }

    /**
     * Archives the programmes that hold {@code spaceKey} but do not belong to the space {@code spaceId} now
     * bearing it (their space was removed), and every programme of the space {@code spaceId} when
     * {@code spaceRemoved}; each loses its space key, so that no later space with that key finds it.
     *
     * @return the ids of the programmes archived
     */
    public List<Integer> releaseSpace(String spaceKey, long spaceId, boolean spaceRemoved) {
        return ao.executeInTransaction(() -> {
            Query query = spaceRemoved
                    ? Query.select().where(ProgrammeEntity.SPACE_ID + " = ? OR (" + ProgrammeEntity.SPACE_KEY
                            + " = ? AND " + ProgrammeEntity.SPACE_ID + " IS NULL)", spaceId, spaceKey)
                    : Query.select().where(ProgrammeEntity.SPACE_KEY + " = ? AND (" + ProgrammeEntity.SPACE_ID
                            + " IS NULL OR " + ProgrammeEntity.SPACE_ID + " <> ?)", spaceKey, spaceId);
            List<Integer> ids = new java.util.ArrayList<>();
            for (ProgrammeEntity entity : ao.find(ProgrammeEntity.class, query)) {
                entity.setPhase(ProgrammePhase.ARCHIVED.name());
                entity.setSpaceKey(null);
                entity.setVersion(entity.getVersion() + 1);
                entity.save();
                claim(null, entity.getID());
                ids.add(entity.getID());
            }
            return ids;
        });
    }

    /**
     * The programmes with these ids by id (unknown ids are left out): one query per {@value InClause#MAX} ids, none
     * for no ids. What a person's own views need instead of every programme of the site.
     */
    public Map<Integer, Programme> findByIds(Collection<Integer> ids) {
        Map<Integer, Programme> found = new LinkedHashMap<>();
        for (List<Integer> part : InClause.parts(ids)) {
            for (ProgrammeEntity entity : ao.find(ProgrammeEntity.class, Query.select()
                    .where(InClause.in("ID", part), part.toArray()).order("ID ASC"))) {
                found.put(entity.getID(), toRecord(entity));
            }
        }
        return found;
    }

    /** Every programme, oldest first. */
    public List<Programme> findAll() {
        return Arrays.stream(ao.find(ProgrammeEntity.class, Query.select().order("ID ASC")))
                .map(ProgrammeRepository::toRecord).toList();
    }

    public List<Programme> findByPhase(ProgrammePhase phase) {
        return Arrays.stream(ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.PHASE + " = ?", phase.name()).order("ID ASC")))
                .map(ProgrammeRepository::toRecord).toList();
    }

    /** Refuses a key another programme holds, before writing (the unique claim refuses a racing writer). */
    private void requireFreeSpaceKey(String spaceKey, int ownId) {
        if (spaceKey == null || spaceKey.isEmpty()) {
            return;
        }
        int others = ao.count(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.SPACE_KEY + " = ? AND ID <> ?", spaceKey, ownId));
        if (others > 0) {
            throw spaceTaken(spaceKey);
        }
    }

    /**
     * Makes the programme's claim on space keys {@code spaceKey} alone (none for null): its claims on other keys
     * go, and a claim on this one is written unless it holds it already. When another programme claimed the key
     * in a transaction not committed at the check, the database refuses the write: the same duplicate key.
     */
    private void claim(String spaceKey, int programmeId) {
        boolean held = false;
        for (SpaceClaimEntity claim : ao.find(SpaceClaimEntity.class,
                Query.select().where(SpaceClaimEntity.PROGRAMME_ID + " = ?", programmeId))) {
            if (claim.getSpaceKey().equals(spaceKey)) {
                held = true;
            } else {
                ao.delete(claim);
            }
        }
        if (held || spaceKey == null || spaceKey.isEmpty()) {
            return;
        }
        try {
            ao.create(SpaceClaimEntity.class, Map.of(SpaceClaimEntity.SPACE_KEY, spaceKey,
                    SpaceClaimEntity.PROGRAMME_ID, programmeId));
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e) || UniqueKey.isLostRace(e)) {
                throw spaceTaken(spaceKey);
            }
            throw e;
        }
    }

    private static StoreValidationException spaceTaken(String spaceKey) {
        return new StoreValidationException(RECORD + ".spaceKey", StoreValidationException.Problem.DUPLICATE,
                "space " + spaceKey + " already holds a programme");
    }

    private static Map<String, Object> columns(Programme programme) {
        return new Row(RECORD)
                .required(ProgrammeEntity.NAME, "name", programme.name(), StoreLimits.NAME)
                .optional(ProgrammeEntity.SPACE_KEY, "spaceKey", programme.spaceKey(), StoreLimits.KEY)
                .value(ProgrammeEntity.SPACE_ID, programme.spaceId() > 0 ? programme.spaceId() : null)
                .required(ProgrammeEntity.PROGRAMME_TYPE, "type", programme.type())
                .optional(ProgrammeEntity.PURPOSE, "purpose", programme.purpose(), StoreLimits.LONG_TEXT)
                .optional(ProgrammeEntity.GOALS, "goals", programme.goals(), StoreLimits.LONG_TEXT)
                .value(ProgrammeEntity.START_DATE,
                        programme.startDate() == null ? null : programme.startDate().toString())
                .range(ProgrammeEntity.DURATION_MONTHS, "durationMonths", programme.durationMonths(), 1,
                        MAX_DURATION_MONTHS)
                .required(ProgrammeEntity.CADENCE, "cadence", programme.cadence())
                .optional(ProgrammeEntity.CONFIDENTIALITY, "confidentialityRules",
                        programme.confidentialityRules(), StoreLimits.LONG_TEXT)
                .value(ProgrammeEntity.MANAGER_APPROVAL, programme.managerApprovalRequired())
                .value(ProgrammeEntity.SPONSOR_APPROVAL, programme.sponsorApprovalRequired())
                .required(ProgrammeEntity.PHASE, "phase", programme.phase())
                .optional(ProgrammeEntity.RELAX_DOWN_REASON, "relaxDownReason", programme.relaxDownReason(),
                        StoreLimits.LONG_TEXT)
                .values();
    }

    static Programme toRecord(ProgrammeEntity entity) {
        String start = entity.getStartDate();
        Long spaceId = entity.getSpaceId();
        return new Programme(
                entity.getID(),
                entity.getVersion(),
                entity.getName(),
                entity.getSpaceKey(),
                ProgrammeType.valueOf(entity.getProgrammeType()),
                entity.getPurpose(),
                entity.getGoals(),
                start == null ? null : LocalDate.parse(start),
                entity.getDurationMonths(),
                Cadence.valueOf(entity.getCadence()),
                entity.getConfidentiality(),
                entity.getManagerApproval(),
                entity.getSponsorApproval(),
                ProgrammePhase.valueOf(entity.getPhase()),
                entity.getRelaxDownReason(),
                spaceId == null ? 0L : spaceId);
    }
}
