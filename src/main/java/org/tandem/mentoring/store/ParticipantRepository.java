package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;

/**
 * Mentors and mentees enrolled in programmes, with their learning themes and the state of their application.
 * Lists load in two queries (participants, then all their themes), never one query per participant.
 */
@Named
public class ParticipantRepository {

    private static final String RECORD = "participant";
    /** The field of a second open application of one person in one programme, refused by the database. */
    public static final String ENROLMENT = RECORD + ".enrolment";
    private static final int MAX_CAPACITY = 100;
    private static final int MAX_PEOPLE = 100;

    private final ActiveObjects ao;
    private final ParticipantThemes themes;

    @Inject
    public ParticipantRepository(ActiveObjects ao) {
        this.ao = ao;
        this.themes = new ParticipantThemes(ao);
    }

    /**
     * Enrols a participant (id and version are ignored). One person enrols at most once per programme and role.
     *
     * @return the participant as stored, version 1
     */
    public Participant create(Participant participant) {
        Map<String, Object> values = columns(participant);
        values.put(ParticipantEntity.PROGRAMME_USER, enrolmentKey(participant.programmeId(), participant.userKey(),
                participant.state(), 0));
        return refusingDuplicates(participant.programmeId(), () -> ao.executeInTransaction(() -> {
            if (ao.count(ProgrammeEntity.class, "ID = ?", participant.programmeId()) == 0) {
                throw new StoreValidationException(RECORD + ".programmeId",
                        StoreValidationException.Problem.NOT_FOUND,
                        "programme " + participant.programmeId() + " does not exist");
            }
            themes.requireThemes(participant);
            if (ao.count(ParticipantEntity.class, Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ? AND "
                    + ParticipantEntity.USER_KEY + " = ? AND " + ParticipantEntity.PARTICIPANT_ROLE + " = ? AND "
                    + ParticipantEntity.STATE + " NOT IN (?, ?)", participant.programmeId(), participant.userKey(),
                    participant.role().name(), ParticipantState.WITHDRAWN.name(),
                    ParticipantState.DECLINED.name())) > 0) {
                throw new StoreValidationException(RECORD + ".userKey", StoreValidationException.Problem.DUPLICATE,
                        "already enrolled as " + participant.role().name().toLowerCase() + " in programme "
                                + participant.programmeId());
            }
            values.put(ParticipantEntity.VERSION, 1);
            ParticipantEntity created = ao.create(ParticipantEntity.class, values);
            themes.writeThemes(created.getID(), participant);
            return findById(created.getID()).orElseThrow();
        }));
    }

    /**
     * The value of the unique PROGRAMME_USER column: one open application per person and programme. A withdrawn or
     * declined one no longer holds the place, and gets a value of its own (see {@link UniqueKey#released}).
     */
    static String enrolmentKey(int programmeId, String userKey, ParticipantState state, int rowId) {
        String key = UniqueKey.of(programmeId, userKey);
        return state != null && state.isFinal() ? UniqueKey.released(key, rowId) : key;
    }

    /**
     * Runs a write; the database refusing a second open application becomes a DUPLICATE on the enrolment, and a
     * write it would not serialize with a concurrent one a stale version (run the step again).
     */
    private <T> T refusingDuplicates(int programmeId, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e)) {
                throw new StoreValidationException(ENROLMENT, StoreValidationException.Problem.DUPLICATE,
                        "already applied to programme " + programmeId);
            }
            if (UniqueKey.isLostRace(e)) {
                throw new StaleVersionException(RECORD, 0, -1);
            }
            throw e;
        }
    }

    /**
     * Writes what the participant states (themes, capacity, motivation, goals, language, availability, preferred
     * and excluded people) if the stored row is still at {@code participant.version()}; the learning themes are
     * replaced. Programme, user and role never change; the state changes only through {@link #decide}.
     */
    public Participant update(Participant participant) {
        Map<String, Object> values = columns(participant);
        values.remove(ParticipantEntity.PROGRAMME_ID);
        values.remove(ParticipantEntity.USER_KEY);
        values.remove(ParticipantEntity.PARTICIPANT_ROLE);
        values.remove(ParticipantEntity.STATE);
        values.remove(ParticipantEntity.DECIDED_BY);
        values.remove(ParticipantEntity.DECIDED_AT);
        return ao.executeInTransaction(() -> {
            Participant stored = findById(participant.id())
                    .orElseThrow(() -> new RecordNotFoundException(RECORD, participant.id()));
            Participant themed = stored.withThemes(participant.themeIds());
            themes.requireThemes(themed);
            RowVersionUpdate.apply(ao, ParticipantEntity.class, RECORD, participant.id(), participant.version(),
                    values);
            themes.deleteThemes(participant.id());
            themes.writeThemes(participant.id(), themed);
            return findById(participant.id()).orElseThrow();
        });
    }

    /**
     * Moves an application to {@code target}, recording who decided and when, if it is still at
     * {@code expectedVersion} and the move is allowed ({@link ParticipantState#canMoveTo}).
     */
    public Participant decide(int id, int expectedVersion, ParticipantState target, String deciderKey,
            Instant decidedAt) {
        return decide(id, expectedVersion, target, deciderKey, decidedAt, null);
    }

    /**
     * As {@link #decide(int, int, ParticipantState, String, Instant)}, and records why (for example the reason of a
     * decline). Every decision replaces the reason of the one before; null clears it.
     */
    public Participant decide(int id, int expectedVersion, ParticipantState target, String deciderKey,
            Instant decidedAt, String reason) {
        Map<String, Object> values = new Row(RECORD)
                .required(ParticipantEntity.STATE, "state", target)
                .required(ParticipantEntity.DECIDED_BY, "decidedBy", deciderKey, StoreLimits.KEY)
                .value(ParticipantEntity.DECIDED_AT,
                        Objects.requireNonNull(decidedAt, "decidedAt").toEpochMilli())
                .optional(ParticipantEntity.DECISION_REASON, "decisionReason", reason, StoreLimits.LONG_TEXT)
                .values();
        return refusingDuplicates(0, () -> ao.executeInTransaction(() -> {
            Participant stored = findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(RECORD, id, expectedVersion);
            }
            if (!stored.state().canMoveTo(target)) {
                throw new StoreValidationException(RECORD + ".state", StoreValidationException.Problem.INVALID,
                        "cannot move from " + stored.state() + " to " + target);
            }
            values.put(ParticipantEntity.PROGRAMME_USER, enrolmentKey(stored.programmeId(), stored.userKey(),
                    target, id));
            RowVersionUpdate.apply(ao, ParticipantEntity.class, RECORD, id, expectedVersion, values);
            return findById(id).orElseThrow();
        }));
    }

    public Optional<Participant> findById(int id) {
        List<Participant> found = load(Query.select().where("ID = ?", id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Everyone enrolled in a programme, in enrolment order. */
    public List<Participant> findByProgramme(int programmeId) {
        return load(Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ?", programmeId).order("ID ASC"),
                programmeId);
    }

    /** Every application in one state, across programmes. */
    public List<Participant> findByState(ParticipantState state) {
        return load(Query.select().where(ParticipantEntity.STATE + " = ?", state.name()).order("ID ASC"));
    }

    public List<Participant> findByProgrammeAndState(int programmeId, ParticipantState state) {
        return load(Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ? AND " + ParticipantEntity.STATE
                + " = ?", programmeId, state.name()).order("ID ASC"), programmeId);
    }

    public List<Participant> findByProgrammeAndRole(int programmeId, ParticipantRole role) {
        return load(Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ? AND "
                + ParticipantEntity.PARTICIPANT_ROLE + " = ?", programmeId, role.name()).order("ID ASC"));
    }

    /** Every enrolment of one person, across programmes. */
    public List<Participant> findByUser(String userKey) {
        return load(Query.select().where(ParticipantEntity.USER_KEY + " = ?", userKey).order("ID ASC"));
    }

    /** Everyone enrolled in any of these programmes, in enrolment order: one query per 500 programmes. */
    public List<Participant> findByProgrammes(Collection<Integer> programmeIds) {
        return loadIn("", List.of(), ParticipantEntity.PROGRAMME_ID, programmeIds);
    }

    /** Every enrolment of these people, across programmes: one query per 500 people. */
    public List<Participant> findByUsers(Collection<String> userKeys) {
        return loadIn("", List.of(), ParticipantEntity.USER_KEY, userKeys);
    }

    /** One person's enrolments in a programme (a mentor's and a mentee's place at most), in enrolment order. */
    public List<Participant> findByProgrammeAndUser(int programmeId, String userKey) {
        return load(Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ? AND " + ParticipantEntity.USER_KEY
                + " = ?", programmeId, userKey).order("ID ASC"));
    }

    /** The enrolments in a programme of these people (a team, say) in one state: one query per 500 people. */
    public List<Participant> findByProgrammeStateAndUsers(int programmeId, ParticipantState state,
            Collection<String> userKeys) {
        return loadIn(ParticipantEntity.PROGRAMME_ID + " = ? AND " + ParticipantEntity.STATE + " = ? AND ",
                List.of(programmeId, state.name()), ParticipantEntity.USER_KEY, userKeys);
    }

    /** The user keys of a programme's participants in one role and state, in enrolment order (no themes read). */
    public List<String> findUserKeys(int programmeId, ParticipantRole role, ParticipantState state) {
        List<String> keys = new ArrayList<>();
        ao.stream(ParticipantEntity.class, Query.select("ID, " + ParticipantEntity.USER_KEY).where(
                ParticipantEntity.PROGRAMME_ID + " = ? AND " + ParticipantEntity.PARTICIPANT_ROLE + " = ? AND "
                        + ParticipantEntity.STATE + " = ?", programmeId, role.name(), state.name()).order("ID ASC"),
                entity -> keys.add(entity.getUserKey()));
        return keys;
    }

    /** The user key of everyone who ever enrolled, each once (one streamed query). */
    public Set<String> findUserKeys() {
        Set<String> keys = new LinkedHashSet<>();
        ao.stream(ParticipantEntity.class, Query.select("ID, " + ParticipantEntity.USER_KEY).order("ID ASC"),
                entity -> keys.add(entity.getUserKey()));
        return keys;
    }

    public Optional<Participant> find(int programmeId, String userKey, ParticipantRole role) {
        List<Participant> found = load(Query.select().where(ParticipantEntity.PROGRAMME_ID + " = ? AND "
                + ParticipantEntity.USER_KEY + " = ? AND " + ParticipantEntity.PARTICIPANT_ROLE + " = ?",
                programmeId, userKey, role.name()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The reason of the last decision of each participant that has one, by participant id. */
    public Map<Integer, String> findDecisionReasons(Collection<Integer> ids) {
        Map<Integer, String> reasons = new HashMap<>();
        for (List<Integer> part : InClause.parts(ids)) {
            for (ParticipantEntity entity : ao.find(ParticipantEntity.class,
                    Query.select("ID, " + ParticipantEntity.DECISION_REASON)
                            .where(InClause.in("ID", part), part.toArray()))) {
                if (entity.getDecisionReason() != null) {
                    reasons.put(entity.getID(), entity.getDecisionReason());
                }
            }
        }
        return reasons;
    }

    /** How many participants of a programme are in each state (states nobody is in are left out), one query. */
    public Map<ParticipantState, Integer> countByState(int programmeId) {
        Map<ParticipantState, Integer> counts = new EnumMap<>(ParticipantState.class);
        ao.stream(ParticipantEntity.class, Query.select("ID, " + ParticipantEntity.STATE)
                .where(ParticipantEntity.PROGRAMME_ID + " = ?", programmeId),
                entity -> counts.merge(ParticipantState.valueOf(entity.getState()), 1, Integer::sum));
        return counts;
    }

    /**
     * How many mentees of a programme want, or mentors offer, each theme (by theme id), counting applications that
     * are neither declined nor withdrawn. Two queries, whatever the size of the programme.
     */
    public Map<Integer, Integer> countByTheme(int programmeId, ParticipantRole role) {
        Set<Integer> counted = new HashSet<>();
        ao.stream(ParticipantEntity.class, Query.select("ID, " + ParticipantEntity.PARTICIPANT_ROLE + ", "
                + ParticipantEntity.STATE).where(ParticipantEntity.PROGRAMME_ID + " = ?", programmeId), entity -> {
                    if (entity.getParticipantRole().equals(role.name())
                            && !ParticipantState.valueOf(entity.getState()).isFinal()) {
                        counted.add(entity.getID());
                    }
                });
        Map<Integer, Integer> counts = new HashMap<>();
        ao.stream(ParticipantThemeEntity.class, Query.select("ID, " + ParticipantThemeEntity.PARTICIPANT_ID + ", "
                + ParticipantThemeEntity.THEME_ID).where(ParticipantThemeEntity.PROGRAMME_ID + " = ?", programmeId),
                link -> {
                    if (counted.contains(link.getParticipantId())) {
                        counts.merge(link.getThemeId(), 1, Integer::sum);
                    }
                });
        return counts;
    }

    /** The participants where {@code where} holds and {@code column} is one of {@code values}: per 500 values. */
    private List<Participant> loadIn(String where, List<Object> params, String column, Collection<?> values) {
        List<Participant> found = new ArrayList<>();
        for (List<?> part : InClause.parts(values)) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(part);
            found.addAll(load(Query.select().where(where + InClause.in(column, part), all.toArray())
                    .order("ID ASC")));
        }
        return found;
    }

    /** Loads the participants a query selects, then all their themes in one query per 500 participants. */
    private List<Participant> load(Query query) {
        return load(query, null);
    }

    /**
     * The participants {@code query} finds with their themes. When they all belong to {@code programmeId} and are
     * more than {@value InClause#MAX}, the themes come from one query over the programme's choices instead of one per
     * {@value InClause#MAX} participants.
     */
    private List<Participant> load(Query query, Integer programmeId) {
        ParticipantEntity[] entities = ao.find(ParticipantEntity.class, query);
        if (entities.length == 0) {
            return List.of();
        }
        List<Integer> ids = Arrays.stream(entities).map(ParticipantEntity::getID).toList();
        Map<Integer, List<Integer>> chosen = themes.themesOf(ids, programmeId);
        return Arrays.stream(entities)
                .map(entity -> toRecord(entity, chosen.getOrDefault(entity.getID(), List.of())))
                .toList();
    }

    private static Map<String, Object> columns(Participant participant) {
        Row row = new Row(RECORD)
                .value(ParticipantEntity.PROGRAMME_ID, participant.programmeId())
                .required(ParticipantEntity.USER_KEY, "userKey", participant.userKey(), StoreLimits.KEY)
                .required(ParticipantEntity.PARTICIPANT_ROLE, "role", participant.role())
                .range(ParticipantEntity.CAPACITY, "capacity", participant.capacity(), 0, MAX_CAPACITY)
                .optional(ParticipantEntity.MOTIVATION, "motivation", participant.motivation(),
                        StoreLimits.LONG_TEXT)
                .optional(ParticipantEntity.GOALS, "goals", participant.goals(), StoreLimits.LONG_TEXT)
                .optional(ParticipantEntity.LANGUAGE, "language", participant.language(), StoreLimits.KEY)
                .optional(ParticipantEntity.AVAILABILITY, "availability", participant.availability(),
                        StoreLimits.NAME)
                .required(ParticipantEntity.STATE, "state", participant.state())
                .optional(ParticipantEntity.DECIDED_BY, "decidedBy", participant.decidedBy(), StoreLimits.KEY)
                .value(ParticipantEntity.DECIDED_AT,
                        participant.decidedAt() == null ? null : participant.decidedAt().toEpochMilli());
        row.value(ParticipantEntity.PREFERRED_KEYS,
                UserKeyLists.join(row, "preferredUserKeys", participant.preferredUserKeys(), MAX_PEOPLE));
        row.value(ParticipantEntity.EXCLUDED_KEYS,
                UserKeyLists.join(row, "excludedUserKeys", participant.excludedUserKeys(), MAX_PEOPLE));
        return row.values();
    }

    private static Participant toRecord(ParticipantEntity entity, List<Integer> themeIds) {
        Long decidedAt = entity.getDecidedAt();
        return new Participant(
                entity.getID(),
                entity.getVersion(),
                entity.getProgrammeId(),
                entity.getUserKey(),
                ParticipantRole.valueOf(entity.getParticipantRole()),
                Collections.unmodifiableList(themeIds),
                entity.getCapacity(),
                entity.getMotivation(),
                entity.getGoals(),
                entity.getLanguage(),
                entity.getAvailability(),
                UserKeyLists.split(entity.getPreferredKeys()),
                UserKeyLists.split(entity.getExcludedKeys()),
                ParticipantState.valueOf(entity.getState()),
                entity.getDecidedBy(),
                decidedAt == null ? null : Instant.ofEpochMilli(decidedAt));
    }
}
