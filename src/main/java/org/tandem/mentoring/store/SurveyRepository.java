package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Rating;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;

/**
 * The surveys: a programme's own agreement statements, the answers (one per person and occurrence, the free text
 * sealed like a session note with {@link NoteCipher} under the notes' key, bound to its row and author) and their
 * ratings, kept apart for aggregation. A person's pairings and the days they became active and ended are read in a
 * fixed number of statements. The store does not ask who is asking.
 */
@Named
public class SurveyRepository {

    private static final String ANSWER = "surveyAnswer";

    /**
     * A person's place in a pairing that became active, with the days the surveys are counted from: mentee, mentor
     * or ({@code manager}) the mentee's manager as the pairing records them.
     */
    public record Membership(int pairingId, int programmeId, boolean mentee, Instant activeSince, Instant endedAt,
            boolean manager) {

        /** A mentee's or mentor's place. */
        public Membership(int pairingId, int programmeId, boolean mentee, Instant activeSince, Instant endedAt) {
            this(pairingId, programmeId, mentee, activeSince, endedAt, false);
        }
    }

    /** How many scores an item got in one kind and month, and their sum. */
    public record ScoreCount(SurveyKind kind, String period, String item, int count, int sum) {
    }

    /** One answer to write. */
    public record Draft(SurveyOccurrence occurrence, String personKey, List<Rating> ratings, ClosureReason reason,
            String text, Instant answeredAt) {
    }

    private final ActiveObjects ao;
    private final SealingKey sealing;
    private final NoteCipher cipher = new NoteCipher();

    @Inject
    public SurveyRepository(ActiveObjects ao, NoteKeys keys) {
        this.ao = ao;
        this.sealing = new SealingKey(ao, keys);
    }

    // ------------------------------------------------------------------ statements

    /** The statements a coordinator wrote for the programme, in order; empty when it asks the default set. */
    public List<Statement> statements(int programmeId) {
        return Arrays.stream(ao.find(SurveyStatementEntity.class, Query.select()
                        .where(SurveyStatementEntity.PROGRAMME_ID + " = ?", programmeId)
                        .order(SurveyStatementEntity.POSITION + " ASC, ID ASC")))
                .map(e -> new Statement("s" + e.getID(), e.getText())).collect(Collectors.toList());
    }

    /** Replaces the programme's statements with {@code texts} (none: the default set again). */
    public List<Statement> replaceStatements(int programmeId, List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank() || text.length() > Statement.MAX_LENGTH) {
                throw new StoreValidationException("surveyStatement.text", text == null || text.isBlank()
                        ? StoreValidationException.Problem.MISSING : StoreValidationException.Problem.TOO_LONG,
                        "is required and at most " + Statement.MAX_LENGTH + " characters");
            }
        }
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SurveyStatementEntity.class, SurveyStatementEntity.PROGRAMME_ID + " = ?", programmeId);
            for (int i = 0; i < texts.size(); i++) {
                Map<String, Object> row = new HashMap<>();
                row.put(SurveyStatementEntity.PROGRAMME_ID, programmeId);
                row.put(SurveyStatementEntity.POSITION, i + 1);
                row.put(SurveyStatementEntity.TEXT, texts.get(i).strip());
                ao.create(SurveyStatementEntity.class, row);
            }
            return statements(programmeId);
        });
    }

    // ------------------------------------------------------------------ who is asked

    /**
     * The person's pairings, as mentee, mentor or the mentee's manager, that became active (running or ended), with
     * the day each became active and ended: two statements whatever their number.
     */
    public List<Membership> memberships(String personKey) {
        PairingEntity[] pairings = ao.find(PairingEntity.class, Query.select()
                .where("(" + PairingEntity.MENTEE_KEY + " = ? OR " + PairingEntity.MENTOR_KEY + " = ? OR "
                        + PairingEntity.MANAGER_KEY + " = ?) AND " + PairingEntity.STATE + " IN (?, ?)", personKey,
                        personKey, personKey, PairingState.ACTIVE.name(),
                        PairingState.ENDED.name()).order("ID ASC"));
        if (pairings.length == 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        for (PairingEntity p : pairings) {
            args.add(p.getID());
        }
        String marks = args.stream().map(a -> "?").collect(Collectors.joining(", "));
        args.add(PairingEventType.ACTIVATED.name());
        args.add(PairingEventType.ENDED.name());
        Dates dates = dates(ao.find(PairingEventEntity.class, Query.select()
                .where(PairingEventEntity.PAIRING_ID + " IN (" + marks + ") AND " + PairingEventEntity.EVENT_TYPE
                        + " IN (?, ?)", args.toArray()).order("ID ASC")));
        List<Membership> found = new ArrayList<>();
        for (PairingEntity p : pairings) {
            if (personKey.equals(p.getMenteeKey()) || personKey.equals(p.getMentorKey())) {
                dates.membership(p, personKey.equals(p.getMenteeKey()), false).ifPresent(found::add);
            } else {
                dates.membership(p, false, true).ifPresent(found::add);
            }
        }
        return found;
    }

    /** A membership and whose it is. */
    public record PersonMembership(String personKey, Membership membership) {
    }

    /**
     * Every mentee's, mentor's and mentee's manager's place in a pairing that became active (running or ended), for the daily
     * reminders: two statements whatever the number of pairings.
     */
    public List<PersonMembership> everyonesMemberships() {
        PairingEntity[] pairings = ao.find(PairingEntity.class, Query.select()
                .where(PairingEntity.STATE + " IN (?, ?)", PairingState.ACTIVE.name(), PairingState.ENDED.name())
                .order("ID ASC"));
        if (pairings.length == 0) {
            return List.of();
        }
        Dates dates = dates(ao.find(PairingEventEntity.class, Query.select()
                .where(PairingEventEntity.EVENT_TYPE + " IN (?, ?)", PairingEventType.ACTIVATED.name(),
                        PairingEventType.ENDED.name()).order("ID ASC")));
        List<PersonMembership> found = new ArrayList<>();
        for (PairingEntity p : pairings) {
            dates.membership(p, true, false).ifPresent(m -> found.add(new PersonMembership(p.getMenteeKey(), m)));
            dates.membership(p, false, false).ifPresent(m -> found.add(new PersonMembership(p.getMentorKey(), m)));
            String manager = p.getManagerKey();
            if (manager != null && !manager.equals(p.getMenteeKey()) && !manager.equals(p.getMentorKey())) {
                dates.membership(p, false, true).ifPresent(m -> found.add(new PersonMembership(manager, m)));
            }
        }
        return found;
    }

    /** The first activation and the first end of each pairing, from its events. */
    private record Dates(Map<Integer, Instant> activated, Map<Integer, Instant> ended) {

        Optional<Membership> membership(PairingEntity p, boolean mentee, boolean manager) {
            Instant since = activated.get(p.getID());
            if (since == null) {
                return Optional.empty();
            }
            Instant endedAt = PairingState.ENDED.name().equals(p.getState()) ? ended.getOrDefault(p.getID(),
                    p.getDecidedAt() == null ? since : Instant.ofEpochMilli(p.getDecidedAt())) : null;
            return Optional.of(new Membership(p.getID(), p.getProgrammeId(), mentee, since, endedAt, manager));
        }
    }

    private static Dates dates(PairingEventEntity[] events) {
        Map<Integer, Instant> activated = new HashMap<>();
        Map<Integer, Instant> ended = new HashMap<>();
        for (PairingEventEntity e : events) {
            Map<Integer, Instant> into = PairingEventType.ACTIVATED.name().equals(e.getEventType()) ? activated
                    : ended;
            into.putIfAbsent(e.getPairingId(), Instant.ofEpochMilli(e.getOccurredAt()));
        }
        return new Dates(activated, ended);
    }

    // ------------------------------------------------------------------ answers

    /**
     * Writes an answer and its ratings.
     *
     * @throws SurveyAnsweredException when the person has answered this occurrence already; nothing was written
     */
    public SurveyAnswer answer(Draft draft) {
        new Row(ANSWER).required(SurveyAnswerEntity.PERSON_KEY, "personKey", draft.personKey(), StoreLimits.KEY);
        for (Rating rating : draft.ratings()) {
            if (!Rating.inRange(rating.score())) {
                throw new StoreValidationException(ANSWER + ".score", StoreValidationException.Problem.INVALID,
                        "is not between " + Rating.LOWEST + " and " + Rating.HIGHEST);
            }
        }
        SurveyOccurrence o = draft.occurrence();
        String unique = o.key() + ":" + draft.personKey();
        return ao.executeInTransaction(() -> {
            if (ao.count(SurveyAnswerEntity.class, SurveyAnswerEntity.ANSWER_KEY + " = ?", unique) > 0) {
                throw new SurveyAnsweredException(o.key());
            }
            NoteKey key = draft.text() == null ? null : sealing.forWriting();
            Map<String, Object> row = new HashMap<>();
            row.put(SurveyAnswerEntity.PROGRAMME_ID, o.programmeId());
            row.put(SurveyAnswerEntity.PAIRING_ID, o.pairingId());
            row.put(SurveyAnswerEntity.KIND, o.kind().name());
            row.put(SurveyAnswerEntity.DUE_ON, o.due().toString());
            row.put(SurveyAnswerEntity.PERSON_KEY, draft.personKey());
            row.put(SurveyAnswerEntity.ANSWER_KEY, unique);
            row.put(SurveyAnswerEntity.REASON, draft.reason() == null ? null : draft.reason().name());
            row.put(SurveyAnswerEntity.ANSWERED_AT, draft.answeredAt().toEpochMilli());
            SurveyAnswerEntity created;
            try {
                created = ao.create(SurveyAnswerEntity.class, row);
            } catch (RuntimeException e) {
                if (UniqueKey.isDuplicate(e)) {
                    throw new SurveyAnsweredException(o.key());
                }
                throw e;
            }
            if (key != null) {
                NoteCipher.Sealed sealed = cipher.seal(key, o.pairingId(), 0, context(created.getID(),
                        draft.personKey()), draft.text());
                created.setTextCipher(sealed.ciphertext());
                created.setTextNonce(sealed.nonce());
                created.setTextKeyId(sealed.keyId());
                created.save();
            }
            String period = o.due().toString().substring(0, 7);
            for (Rating rating : draft.ratings()) {
                Map<String, Object> score = new HashMap<>();
                score.put(SurveyRatingEntity.ANSWER_ID, created.getID());
                score.put(SurveyRatingEntity.PROGRAMME_ID, o.programmeId());
                score.put(SurveyRatingEntity.KIND, o.kind().name());
                score.put(SurveyRatingEntity.PERIOD, period);
                score.put(SurveyRatingEntity.ITEM, rating.item());
                score.put(SurveyRatingEntity.SCORE, rating.score());
                ao.create(SurveyRatingEntity.class, score);
            }
            return own(ao.get(SurveyAnswerEntity.class, created.getID()));
        });
    }

    /** The person's own answers, newest first, the free text opened: one statement. */
    public List<SurveyAnswer> answersOf(String personKey) {
        return Arrays.stream(ao.find(SurveyAnswerEntity.class, Query.select()
                        .where(SurveyAnswerEntity.PERSON_KEY + " = ?", personKey).order("ID DESC")))
                .map(this::own).collect(Collectors.toList());
    }

    /** The occurrence keys the person answered, without opening anything: one statement. */
    public List<String> answeredKeys(String personKey) {
        return Arrays.stream(ao.find(SurveyAnswerEntity.class, Query.select("ID, " + SurveyAnswerEntity.KIND + ", "
                        + SurveyAnswerEntity.PAIRING_ID + ", " + SurveyAnswerEntity.DUE_ON)
                        .where(SurveyAnswerEntity.PERSON_KEY + " = ?", personKey)))
                .map(e -> SurveyOccurrence.key(SurveyKind.valueOf(e.getKind()), e.getPairingId(),
                        LocalDate.parse(e.getDueOn())))
                .collect(Collectors.toList());
    }

    /**
     * Every answered occurrence as "person key, line feed, occurrence key", without opening anything, for the daily
     * reminders: one statement.
     */
    public Set<String> everyonesAnsweredKeys() {
        return Arrays.stream(ao.find(SurveyAnswerEntity.class, Query.select("ID, " + SurveyAnswerEntity.PERSON_KEY
                        + ", " + SurveyAnswerEntity.KIND + ", " + SurveyAnswerEntity.PAIRING_ID + ", "
                        + SurveyAnswerEntity.DUE_ON)))
                .map(e -> e.getPersonKey() + "\n" + SurveyOccurrence.key(SurveyKind.valueOf(e.getKind()),
                        e.getPairingId(), LocalDate.parse(e.getDueOn())))
                .collect(Collectors.toSet());
    }

    private SurveyAnswer own(SurveyAnswerEntity e) {
        String text = e.getTextCipher() == null ? null : cipher.open(sealing.forReading(), e.getPairingId(), 0,
                context(e.getID(), e.getPersonKey()), new NoteCipher.Sealed(e.getTextCipher(), e.getTextNonce(),
                        e.getTextKeyId()));
        SurveyKind kind = SurveyKind.valueOf(e.getKind());
        LocalDate due = LocalDate.parse(e.getDueOn());
        return new SurveyAnswer(SurveyOccurrence.key(kind, e.getPairingId(), due), kind, e.getPairingId(),
                e.getProgrammeId(), due, e.getReason() == null ? null : ClosureReason.valueOf(e.getReason()), text,
                Instant.ofEpochMilli(e.getAnsweredAt()));
    }

    // ------------------------------------------------------------------ results

    /** Scores of the programme by kind, month and item, counted and summed in the database: one statement. */
    public List<ScoreCount> scores(int programmeId) {
        Optional<NativeSql> found = nativeSql(programmeId);
        if (found.isEmpty()) {
            return List.of();
        }
        NativeSql sql = found.get();
        String kind = sql.column(SurveyRatingEntity.KIND);
        String period = sql.column(SurveyRatingEntity.PERIOD);
        String item = sql.column(SurveyRatingEntity.ITEM);
        return DashboardRepository.query(sql, "SELECT " + kind + ", " + period + ", " + item + ", COUNT(*), SUM("
                + sql.column(SurveyRatingEntity.SCORE) + ") FROM " + sql.table(SurveyRatingEntity.class) + " WHERE "
                + sql.column(SurveyRatingEntity.PROGRAMME_ID) + " = ? GROUP BY " + kind + ", " + period + ", " + item
                + " ORDER BY " + period + ", " + item, new Object[] {programmeId},
                r -> new ScoreCount(SurveyKind.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getInt(4),
                        r.getInt(5)));
    }

    /** How many closure answers of the programme gave each reason, counted in the database: one statement. */
    public Map<ClosureReason, Integer> closureReasons(int programmeId) {
        Map<ClosureReason, Integer> counts = new java.util.EnumMap<>(ClosureReason.class);
        Optional<NativeSql> found = nativeSql(programmeId);
        if (found.isEmpty()) {
            return counts;
        }
        NativeSql sql = found.get();
        String reason = sql.column(SurveyAnswerEntity.REASON);
        DashboardRepository.query(sql, "SELECT " + reason + ", COUNT(*) FROM " + sql.table(SurveyAnswerEntity.class)
                + " WHERE " + sql.column(SurveyAnswerEntity.PROGRAMME_ID) + " = ? AND " + sql.column(
                        SurveyAnswerEntity.KIND) + " = ? AND " + reason + " IS NOT NULL GROUP BY " + reason,
                new Object[] {programmeId, SurveyKind.CLOSURE.name()}, r -> {
                    counts.put(ClosureReason.valueOf(r.getString(1)), r.getInt(2));
                    return null;
                });
        return counts;
    }

    /** Access to hand-written SQL through an answer of the programme, or empty when it has none. */
    private Optional<NativeSql> nativeSql(int programmeId) {
        SurveyAnswerEntity[] any = ao.find(SurveyAnswerEntity.class, Query.select("ID")
                .where(SurveyAnswerEntity.PROGRAMME_ID + " = ?", programmeId).limit(1));
        return any.length == 0 ? Optional.empty() : Optional.of(NativeSql.of(any[0]));
    }

    private static String context(int answerId, String personKey) {
        return "survey#" + answerId + "#" + personKey;
    }
}
