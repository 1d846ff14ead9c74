package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Fit;
import org.tandem.mentoring.domain.learning.FitAnswer;
import org.tandem.mentoring.domain.learning.Learning;

/**
 * Learnings, the expectations meeting and the fit answers. A learning's text, the manager's feedback on it and
 * the expectations meeting's notes are sealed with {@link NoteCipher} under the notes' key ({@link NoteKeys}), each
 * bound to its row, so they are as safe at rest as a session note: no plain text in the database, and a missing or
 * other key is a {@link NoteKeyException}, never a plain-text write. The store does not ask who is asking.
 */
@Named
public class LearningRepository {

    private static final String LEARNING = "learning";
    private static final String MEETING = "expectations";
    private static final String PLACEHOLDER = SealingKey.UNSEALED;

    private final ActiveObjects ao;
    private final SealingKey sealing;
    private final NoteCipher cipher = new NoteCipher();

    @Inject
    public LearningRepository(ActiveObjects ao, NoteKeys keys) {
        this.ao = ao;
        this.sealing = new SealingKey(ao, keys);
    }

    // ------------------------------------------------------------------ learnings

    public Learning addLearning(Learning draft) {
        new Row(LEARNING).required(LearningEntity.MENTEE_KEY, "menteeKey", draft.menteeKey(), StoreLimits.KEY);
        requireText(LEARNING + ".text", draft.text());
        return ao.executeInTransaction(() -> {
            NoteKey key = sealing.forWriting();
            Map<String, Object> row = new HashMap<>();
            row.put(LearningEntity.PROGRAMME_ID, draft.programmeId());
            row.put(LearningEntity.PAIRING_ID, draft.pairingId());
            row.put(LearningEntity.SESSION_ID, draft.sessionId());
            row.put(LearningEntity.MENTEE_KEY, draft.menteeKey());
            row.put(LearningEntity.THEME_ID, draft.themeId());
            row.put(LearningEntity.CIPHERTEXT, PLACEHOLDER);
            row.put(LearningEntity.NONCE, PLACEHOLDER);
            row.put(LearningEntity.KEY_ID, PLACEHOLDER);
            row.put(LearningEntity.SHARED, false);
            row.put(LearningEntity.CREATED_AT, draft.createdAt().toEpochMilli());
            row.put(LearningEntity.VERSION, 1);
            LearningEntity created = ao.create(LearningEntity.class, row);
            NoteCipher.Sealed sealed = cipher.seal(key, draft.pairingId(), draft.sessionId(),
                    learningContext(created.getID()), draft.text());
            created.setCiphertext(sealed.ciphertext());
            created.setNonce(sealed.nonce());
            created.setKeyId(sealed.keyId());
            created.save();
            return findLearning(created.getID()).orElseThrow();
        });
    }

    /** Shares or unshares a learning still at {@code expectedVersion}. */
    public Learning setShared(int learningId, boolean shared, Instant at, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(LearningEntity.SHARED, shared);
            values.put(LearningEntity.SHARED_AT, shared ? at.toEpochMilli() : null);
            RowVersionUpdate.apply(ao, LearningEntity.class, LEARNING, learningId, expectedVersion, values);
            return findLearning(learningId).orElseThrow();
        });
    }

    /** Writes the feedback on a learning still at {@code expectedVersion}, replacing any before it. */
    public Learning setFeedback(int learningId, String authorKey, String text, Instant at, int expectedVersion) {
        new Row(LEARNING).required(LearningEntity.FEEDBACK_BY, "feedbackBy", authorKey, StoreLimits.KEY);
        requireText(LEARNING + ".feedback", text);
        return ao.executeInTransaction(() -> {
            LearningEntity row = ao.get(LearningEntity.class, learningId);
            if (row == null) {
                throw new RecordNotFoundException(LEARNING, learningId);
            }
            NoteCipher.Sealed sealed = cipher.seal(sealing.forWriting(), row.getPairingId(), row.getSessionId(),
                    feedbackContext(learningId), text);
            Map<String, Object> values = new HashMap<>();
            values.put(LearningEntity.FEEDBACK_CIPHER, sealed.ciphertext());
            values.put(LearningEntity.FEEDBACK_NONCE, sealed.nonce());
            values.put(LearningEntity.FEEDBACK_KEY_ID, sealed.keyId());
            values.put(LearningEntity.FEEDBACK_BY, authorKey);
            values.put(LearningEntity.FEEDBACK_AT, at.toEpochMilli());
            RowVersionUpdate.apply(ao, LearningEntity.class, LEARNING, learningId, expectedVersion, values);
            return findLearning(learningId).orElseThrow();
        });
    }

    public Optional<Learning> findLearning(int learningId) {
        return Optional.ofNullable(ao.get(LearningEntity.class, learningId)).map(this::learning);
    }

    /** The learnings of a session, oldest first, opened. */
    public List<Learning> findLearnings(int sessionId) {
        return Arrays.stream(ao.find(LearningEntity.class, Query.select()
                        .where(LearningEntity.SESSION_ID + " = ?", sessionId).order("ID ASC")))
                .map(this::learning).collect(Collectors.toList());
    }

    /** The shared learnings of these pairings, oldest first, opened: what a manager reads. */
    public List<Learning> findShared(Collection<Integer> pairingIds) {
        if (pairingIds.isEmpty()) {
            return List.of();
        }
        String marks = pairingIds.stream().map(id -> "?").collect(Collectors.joining(","));
        Object[] args = new Object[pairingIds.size() + 1];
        int i = 0;
        for (Integer id : pairingIds) {
            args[i++] = id;
        }
        args[i] = true;
        return Arrays.stream(ao.find(LearningEntity.class, Query.select()
                        .where(LearningEntity.PAIRING_ID + " IN (" + marks + ") AND " + LearningEntity.SHARED
                                + " = ?", args).order("ID ASC")))
                .map(this::learning).collect(Collectors.toList());
    }

    /**
     * How many learnings of a programme are shared, by theme id, counted in the database (a GROUP BY, not a row per
     * learning read into Java, {@link DashboardRepository#sharedByTheme}); nothing is opened.
     */
    public Map<Integer, Integer> countSharedByTheme(int programmeId) {
        return new DashboardRepository(ao).sharedByTheme(programmeId);
    }

    private Learning learning(LearningEntity e) {
        NoteKey open = sealing.forReading();
        String text = cipher.open(open, e.getPairingId(), e.getSessionId(), learningContext(e.getID()),
                new NoteCipher.Sealed(e.getCiphertext(), e.getNonce(), e.getKeyId()));
        String feedback = e.getFeedbackCipher() == null ? null : cipher.open(open, e.getPairingId(),
                e.getSessionId(), feedbackContext(e.getID()), new NoteCipher.Sealed(e.getFeedbackCipher(),
                        e.getFeedbackNonce(), e.getFeedbackKeyId()));
        return new Learning(e.getID(), e.getProgrammeId(), e.getPairingId(), e.getSessionId(), e.getMenteeKey(),
                e.getThemeId(), text, e.isShared(), instant(e.getSharedAt()), feedback, e.getFeedbackBy(),
                instant(e.getFeedbackAt()), Instant.ofEpochMilli(e.getCreatedAt()), e.getVersion());
    }

    // ------------------------------------------------------------------ expectations meeting

    /**
     * Records the meeting of {@code meeting.managerKey()} with the mentee: a new record when
     * {@code expectedVersion} is 0, otherwise the record at that version.
     */
    public ExpectationsMeeting saveExpectations(ExpectationsMeeting meeting, int expectedVersion) {
        Map<String, Object> values = new Row(MEETING)
                .required(ExpectationsEntity.MENTEE_KEY, "menteeKey", meeting.menteeKey(), StoreLimits.KEY)
                .required(ExpectationsEntity.MANAGER_KEY, "managerKey", meeting.managerKey(), StoreLimits.KEY)
                .required(ExpectationsEntity.UPDATED_BY, "updatedBy", meeting.updatedBy(), StoreLimits.KEY)
                .optional(ExpectationsEntity.SUPPORT_TIME, "supportTime", meeting.supportTime(),
                        ExpectationsMeeting.MAX_TIME)
                .optional(ExpectationsEntity.SUPPORT_TASKS, "supportTasks", meeting.supportTasks(),
                        ExpectationsMeeting.MAX_TEXT)
                .optional(ExpectationsEntity.THEME_IDS, "themeIds", meeting.themeIds().stream()
                        .map(String::valueOf).collect(Collectors.joining(",")), StoreLimits.NAME)
                .values();
        if (meeting.notes() != null && meeting.notes().length() > ExpectationsMeeting.MAX_TEXT) {
            throw new StoreValidationException(MEETING + ".notes", StoreValidationException.Problem.TOO_LONG,
                    "is longer than " + ExpectationsMeeting.MAX_TEXT + " characters");
        }
        values.put(ExpectationsEntity.HELD_ON, meeting.heldOn().toString());
        values.put(ExpectationsEntity.UPDATED_AT, meeting.updatedAt().toEpochMilli());
        String unique = UniqueKey.of(meeting.pairingId(), meeting.managerKey());
        return ao.executeInTransaction(() -> {
            ExpectationsEntity[] existing = ao.find(ExpectationsEntity.class, Query.select()
                    .where(ExpectationsEntity.PAIRING_MANAGER + " = ?", unique));
            NoteKey key = meeting.notes() == null ? null : sealing.forWriting();
            if (existing.length == 0) {
                if (expectedVersion != 0) {
                    throw new StaleVersionException(MEETING, 0, expectedVersion);
                }
                values.put(ExpectationsEntity.PAIRING_ID, meeting.pairingId());
                values.put(ExpectationsEntity.PAIRING_MANAGER, unique);
                values.put(ExpectationsEntity.VERSION, 1);
                ExpectationsEntity created;
                try {
                    created = ao.create(ExpectationsEntity.class, values);
                } catch (RuntimeException e) {
                    if (UniqueKey.isDuplicate(e)) {
                        throw new StaleVersionException(MEETING, 0, expectedVersion);
                    }
                    throw e;
                }
                if (key != null) {
                    NoteCipher.Sealed sealed = cipher.seal(key, meeting.pairingId(), 0,
                            expectationsContext(created.getID()), meeting.notes());
                    created.setNotesCipher(sealed.ciphertext());
                    created.setNotesNonce(sealed.nonce());
                    created.setNotesKeyId(sealed.keyId());
                    created.save();
                }
                return meeting(ao.get(ExpectationsEntity.class, created.getID()));
            }
            int id = existing[0].getID();
            NoteCipher.Sealed sealed = key == null ? null : cipher.seal(key, meeting.pairingId(), 0,
                    expectationsContext(id), meeting.notes());
            values.put(ExpectationsEntity.NOTES_CIPHER, sealed == null ? null : sealed.ciphertext());
            values.put(ExpectationsEntity.NOTES_NONCE, sealed == null ? null : sealed.nonce());
            values.put(ExpectationsEntity.NOTES_KEY_ID, sealed == null ? null : sealed.keyId());
            RowVersionUpdate.apply(ao, ExpectationsEntity.class, MEETING, id, expectedVersion, values);
            return meeting(ao.get(ExpectationsEntity.class, id));
        });
    }

    /** The meetings held for a pairing (one per manager the mentee had), oldest first, notes opened. */
    public List<ExpectationsMeeting> findExpectations(int pairingId) {
        return Arrays.stream(ao.find(ExpectationsEntity.class, Query.select()
                        .where(ExpectationsEntity.PAIRING_ID + " = ?", pairingId).order("ID ASC")))
                .map(this::meeting).collect(Collectors.toList());
    }

    /** The meetings held for each of these pairings, oldest first, notes opened: one query per 500 pairings. */
    public Map<Integer, List<ExpectationsMeeting>> findExpectations(Collection<Integer> pairingIds) {
        Map<Integer, List<ExpectationsMeeting>> found = new HashMap<>();
        for (List<Integer> part : InClause.parts(pairingIds)) {
            for (ExpectationsEntity row : ao.find(ExpectationsEntity.class, Query.select()
                    .where(InClause.in(ExpectationsEntity.PAIRING_ID, part), part.toArray())
                    .order("ID ASC"))) {
                found.computeIfAbsent(row.getPairingId(), id -> new ArrayList<>()).add(meeting(row));
            }
        }
        return found;
    }

    /**
     * The ids of these pairings that have an expectations meeting recorded, with anyone; nothing is opened. One
     * query per 500 pairings.
     */
    public Set<Integer> pairingsWithExpectations(Collection<Integer> pairingIds) {
        Set<Integer> held = new HashSet<>();
        for (List<Integer> part : InClause.parts(pairingIds)) {
            for (ExpectationsEntity row : ao.find(ExpectationsEntity.class, Query.select("ID, "
                    + ExpectationsEntity.PAIRING_ID).where(InClause.in(ExpectationsEntity.PAIRING_ID, part),
                    part.toArray()))) {
                held.add(row.getPairingId());
            }
        }
        Set<Integer> found = new LinkedHashSet<>();
        for (Integer id : pairingIds) {
            if (held.contains(id)) {
                found.add(id);
            }
        }
        return found;
    }

    private ExpectationsMeeting meeting(ExpectationsEntity e) {
        String notes = e.getNotesCipher() == null ? null : cipher.open(sealing.forReading(),
                e.getPairingId(), 0, expectationsContext(e.getID()), new NoteCipher.Sealed(e.getNotesCipher(),
                        e.getNotesNonce(), e.getNotesKeyId()));
        List<Integer> themes = e.getThemeIds() == null || e.getThemeIds().isBlank() ? List.of()
                : Arrays.stream(e.getThemeIds().split(",")).map(Integer::valueOf).collect(Collectors.toList());
        return new ExpectationsMeeting(e.getID(), e.getPairingId(), e.getMenteeKey(), e.getManagerKey(),
                LocalDate.parse(e.getHeldOn()), themes, e.getSupportTime(), e.getSupportTasks(), notes,
                e.getUpdatedBy(), Instant.ofEpochMilli(e.getUpdatedAt()), e.getVersion());
    }

    // ------------------------------------------------------------------ fit answers

    /** Records a member's answer, replacing their earlier one. */
    public FitAnswer answerFit(int pairingId, String personKey, Fit answer, Instant at) {
        Map<String, Object> values = new Row("fitAnswer")
                .required(FitAnswerEntity.PERSON_KEY, "personKey", personKey, StoreLimits.KEY)
                .required(FitAnswerEntity.ANSWER, "answer", answer)
                .values();
        values.put(FitAnswerEntity.ANSWERED_AT, at.toEpochMilli());
        String unique = UniqueKey.of(pairingId, personKey);
        return ao.executeInTransaction(() -> {
            FitAnswerEntity[] existing = ao.find(FitAnswerEntity.class, Query.select()
                    .where(FitAnswerEntity.PAIRING_PERSON + " = ?", unique));
            if (existing.length == 0) {
                values.put(FitAnswerEntity.PAIRING_ID, pairingId);
                values.put(FitAnswerEntity.PAIRING_PERSON, unique);
                values.put(FitAnswerEntity.VERSION, 1);
                ao.create(FitAnswerEntity.class, values);
            } else {
                RowVersionUpdate.apply(ao, FitAnswerEntity.class, "fitAnswer", existing[0].getID(),
                        existing[0].getVersion(), values);
            }
            return new FitAnswer(pairingId, personKey, answer, at);
        });
    }

    public Optional<FitAnswer> findFit(int pairingId, String personKey) {
        return Arrays.stream(ao.find(FitAnswerEntity.class, Query.select()
                        .where(FitAnswerEntity.PAIRING_PERSON + " = ?", UniqueKey.of(pairingId, personKey))))
                .findFirst().map(e -> new FitAnswer(e.getPairingId(), e.getPersonKey(), Fit.valueOf(e.getAnswer()),
                        Instant.ofEpochMilli(e.getAnsweredAt())));
    }

    /**
     * The ids of these pairings that a member said were not a good fit; who said it is not returned. One query
     * whatever the number of pairings: the "not a fit" answers are few (each one ended its pairing).
     */
    public Set<Integer> pairingsNotAFit(Collection<Integer> pairingIds) {
        Set<Integer> notAFit = new HashSet<>();
        for (FitAnswerEntity row : ao.find(FitAnswerEntity.class, Query.select("ID, " + FitAnswerEntity.PAIRING_ID)
                .where(FitAnswerEntity.ANSWER + " = ?", Fit.NOT_A_FIT.name()))) {
            notAFit.add(row.getPairingId());
        }
        Set<Integer> found = new LinkedHashSet<>();
        for (Integer id : pairingIds) {
            if (notAFit.contains(id)) {
                found.add(id);
            }
        }
        return found;
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new StoreValidationException(field, StoreValidationException.Problem.MISSING, "is required");
        }
        if (text.length() > Learning.MAX_LENGTH) {
            throw new StoreValidationException(field, StoreValidationException.Problem.TOO_LONG,
                    "is longer than " + Learning.MAX_LENGTH + " characters");
        }
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static String learningContext(int id) {
        return "learning#" + id;
    }

    private static String feedbackContext(int id) {
        return "feedback#" + id;
    }

    private static String expectationsContext(int id) {
        return "expectations#" + id;
    }
}
