package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Fit;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Learnings, expectations meetings and fit answers on H2 and PostgreSQL: what is sealed is found in no column as
 * plain text, sharing and feedback are conditional on the version read, and a lost key is a clear error.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class LearningRepositoryTest {

    private static final String LEARNT = "canary-learnt-4c1e-delegating-scares-me";
    private static final String FEEDBACK = "canary-feedback-9b2d-try-the-budget-review";
    private static final String NOTES = "canary-expect-77aa-she-wants-to-lead-the-team";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Rule
    public TemporaryFolder home = new TemporaryFolder();

    private EntityManager entityManager;
    private LearningRepository store;
    private SharedHomeNoteKeys keys;

    @Before
    public void setUp() {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        keys = SharedHomeNoteKeys.in(home.getRoot().toPath());
        store = new LearningRepository(ao, keys);
    }

    private Learning learn(int pairingId, int sessionId, String text) {
        return store.addLearning(Learning.draft(1, pairingId, sessionId, "mia", 7, text, NOW));
    }

    @Test
    public void addLearning_shouldKeepItPrivateAndSealed() throws Exception {
        Learning stored = learn(3, 11, "I learnt: " + LEARNT);

        assertFalse(stored.shared());
        assertEquals("I learnt: " + LEARNT, store.findLearning(stored.id()).orElseThrow().text());
        String raw = raw(LearningEntity.class, LearningEntity.CIPHERTEXT, LearningEntity.NONCE,
                LearningEntity.MENTEE_KEY);
        assertFalse(raw, raw.contains("canary"));
        assertFalse(raw, raw.contains("delegating"));
        assertTrue(raw, raw.contains("mia"));
    }

    @Test
    public void setShared_shouldShareAndUnshareItemByItem() {
        Learning first = learn(3, 11, "first");
        Learning second = learn(3, 11, "second");

        Learning shared = store.setShared(first.id(), true, NOW, first.version());

        assertTrue(shared.shared());
        assertEquals(NOW, shared.sharedAt());
        assertEquals(List.of("first"), store.findShared(List.of(3)).stream().map(Learning::text).toList());
        assertEquals(Map.of(7, 1), store.countSharedByTheme(1));
        assertThrows(StaleVersionException.class, () -> store.setShared(first.id(), false, NOW, first.version()));

        store.setShared(first.id(), false, NOW, shared.version());
        assertTrue(store.findShared(List.of(3)).isEmpty());
        assertEquals(2, store.findLearnings(11).size());
        assertFalse(store.findLearning(second.id()).orElseThrow().shared());
    }

    @Test
    public void setFeedback_shouldSealTheManagersAnswer() throws Exception {
        Learning learnt = learn(3, 11, "shared one");
        Learning shared = store.setShared(learnt.id(), true, NOW, learnt.version());

        Learning answered = store.setFeedback(learnt.id(), "boss", FEEDBACK, NOW, shared.version());

        assertEquals(FEEDBACK, answered.feedback());
        assertEquals("boss", answered.feedbackBy());
        String raw = raw(LearningEntity.class, LearningEntity.FEEDBACK_CIPHER, LearningEntity.FEEDBACK_NONCE,
                LearningEntity.FEEDBACK_BY);
        assertFalse(raw, raw.contains("canary"));
        assertFalse(raw, raw.contains("budget"));
    }

    @Test
    public void saveExpectations_shouldSealTheNotesAndEditAtTheVersionRead() throws Exception {
        ExpectationsMeeting first = store.saveExpectations(meeting("2 hours a month", NOTES), 0);

        assertEquals(NOTES, first.notes());
        assertEquals(List.of(4, 9), first.themeIds());
        String raw = raw(ExpectationsEntity.class, ExpectationsEntity.NOTES_CIPHER, ExpectationsEntity.NOTES_NONCE,
                ExpectationsEntity.SUPPORT_TIME);
        assertFalse(raw, raw.contains("canary"));
        assertFalse(raw, raw.contains("lead the team"));

        ExpectationsMeeting edited = store.saveExpectations(meeting("half a day a month", null), first.version());
        assertEquals("half a day a month", edited.supportTime());
        assertNull(edited.notes());
        assertThrows(StaleVersionException.class, () -> store.saveExpectations(meeting("x", null),
                first.version()));
        assertThrows(StaleVersionException.class, () -> store.saveExpectations(meeting("x", null), 0));
        assertEquals(Set.of(5), store.pairingsWithExpectations(List.of(5, 6)));
        assertEquals(1, store.findExpectations(5).size());
        Map<Integer, List<ExpectationsMeeting>> many = store.findExpectations(List.of(5, 6));
        assertEquals(Set.of(5), many.keySet());
        assertEquals("half a day a month", many.get(5).get(0).supportTime());
        assertTrue(store.findExpectations(List.of()).isEmpty());
    }

    @Test
    public void answerFit_shouldKeepTheLastAnswerPerPerson() {
        store.answerFit(5, "mia", Fit.UNDECIDED, NOW);
        store.answerFit(5, "mia", Fit.NOT_A_FIT, NOW);
        store.answerFit(5, "olga", Fit.GOOD, NOW);
        store.answerFit(6, "olga", Fit.GOOD, NOW);

        assertEquals(Fit.NOT_A_FIT, store.findFit(5, "mia").orElseThrow().answer());
        assertEquals(Fit.GOOD, store.findFit(5, "olga").orElseThrow().answer());
        assertEquals(Set.of(5), store.pairingsNotAFit(List.of(5, 6)));
        assertEquals(Set.of(), store.pairingsNotAFit(List.of(6, 7)));
    }

    @Test
    public void learnings_shouldFailClearlyWhenTheKeyIsGone() throws Exception {
        Learning stored = learn(3, 11, "kept");
        Files.delete(keys.file());

        NoteKeyException read = assertThrows(NoteKeyException.class, () -> store.findLearning(stored.id()));
        NoteKeyException write = assertThrows(NoteKeyException.class, () -> learn(3, 11, "would be lost"));

        assertEquals(NoteKeyException.Problem.MISSING, read.problem());
        assertEquals(NoteKeyException.Problem.MISSING, write.problem());
        assertFalse(Files.exists(keys.file()));
        assertEquals(1, entityManager.count(LearningEntity.class));
    }

    private static ExpectationsMeeting meeting(String time, String notes) {
        return new ExpectationsMeeting(0, 5, "mia", "boss", LocalDate.of(2026, 2, 20), List.of(4, 9), time,
                "Run the March planning", notes, "mia", NOW, 0);
    }

    /** The given columns of every row of an entity's table, read with plain SQL. */
    private String raw(Class<? extends net.java.ao.RawEntity<?>> type, String... columns) throws Exception {
        return RawColumns.read(entityManager, type, columns);
    }
}
