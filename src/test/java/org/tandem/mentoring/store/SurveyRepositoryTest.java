package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Rating;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Surveys on H2 and PostgreSQL: one answer per person and occurrence, the free text sealed and opened for its
 * author, ratings counted and summed in the database, closure reasons counted, statements replaced, and a person's
 * pairings read with the days they became active and ended.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class SurveyRepositoryTest {

    private static final String CANARY = "canary-survey-5e1f-he-never-shows-up";
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Rule
    public TemporaryFolder home = new TemporaryFolder();

    private EntityManager entityManager;
    private ActiveObjects ao;
    private SurveyRepository store;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        store = new SurveyRepository(ao, SharedHomeNoteKeys.in(home.getRoot().toPath()));
    }

    private static SurveyOccurrence pulse(int pairingId, String due) {
        LocalDate day = LocalDate.parse(due);
        return new SurveyOccurrence(SurveyKind.PULSE, pairingId, 1, day, day.plusDays(21));
    }

    private SurveyAnswer answerPulse(int pairingId, String person, int score, String text) {
        return store.answer(new SurveyRepository.Draft(pulse(pairingId, "2026-03-03"), person,
                List.of(new Rating("pulse-rhythm", score), new Rating("pulse-safe", score),
                        new Rating("pulse-worth", score)), null, text, NOW));
    }

    @Test
    public void answer_shouldSealTheTextForItsAuthorAndKeepTheRatingsApart() throws Exception {
        SurveyAnswer stored = answerPulse(3, "mia", 4, "He said: " + CANARY);

        assertEquals("He said: " + CANARY, stored.text());
        assertEquals(List.of(stored), store.answersOf("mia"));
        assertEquals(List.of("survey:pulse:3:2026-03-03"), store.answeredKeys("mia"));
        assertEquals(List.of(), store.answersOf("leo"));
        String raw = raw(SurveyAnswerEntity.class, SurveyAnswerEntity.TEXT_CIPHER, SurveyAnswerEntity.PERSON_KEY);
        assertFalse(raw, raw.contains("canary"));
        assertTrue(raw, raw.contains("mia"));
        assertEquals(3, ao.count(SurveyRatingEntity.class));
    }

    @Test
    public void answer_shouldRefuseASecondAnswerToTheSameOccurrenceAndWriteNothing() {
        answerPulse(3, "mia", 4, null);

        assertThrows(SurveyAnsweredException.class, () -> answerPulse(3, "mia", 2, "again"));

        assertEquals(1, ao.count(SurveyAnswerEntity.class));
        assertEquals(3, ao.count(SurveyRatingEntity.class));
        assertNull(store.answersOf("mia").get(0).text());
        answerPulse(3, "leo", 5, null);
        assertEquals(2, ao.count(SurveyAnswerEntity.class));
    }

    @Test
    public void answer_shouldRefuseAScoreOutOfRange() {
        assertThrows(StoreValidationException.class, () -> answerPulse(3, "mia", 6, null));
        assertEquals(0, ao.count(SurveyAnswerEntity.class));
    }

    @Test
    public void scores_shouldCountAndSumByKindMonthAndItem() {
        answerPulse(3, "mia", 4, null);
        answerPulse(3, "leo", 2, null);
        answerPulse(4, "ana", 5, null);
        LocalDate mid = LocalDate.parse("2026-07-02");
        store.answer(new SurveyRepository.Draft(new SurveyOccurrence(SurveyKind.MIDPOINT, 3, 1, mid,
                mid.plusDays(30)), "mia", List.of(new Rating("default-1", 2)), null, null, NOW));

        List<SurveyRepository.ScoreCount> scores = store.scores(1);

        assertTrue(scores.toString(), scores.contains(new SurveyRepository.ScoreCount(SurveyKind.PULSE, "2026-03",
                "pulse-rhythm", 3, 11)));
        assertTrue(scores.toString(), scores.contains(new SurveyRepository.ScoreCount(SurveyKind.MIDPOINT,
                "2026-07", "default-1", 1, 2)));
        assertEquals(4, scores.size());
        assertEquals(List.of(), store.scores(2));
    }

    @Test
    public void closureReasons_shouldCountTheReasonsGiven() {
        LocalDate ended = LocalDate.parse("2026-06-15");
        SurveyOccurrence closure = new SurveyOccurrence(SurveyKind.CLOSURE, 3, 1, ended, ended.plusDays(30));
        store.answer(new SurveyRepository.Draft(closure, "mia", List.of(), ClosureReason.MOVED_ON, null, NOW));
        store.answer(new SurveyRepository.Draft(closure, "leo", List.of(), ClosureReason.MOVED_ON, CANARY, NOW));

        assertEquals(Map.of(ClosureReason.MOVED_ON, 2), store.closureReasons(1));
        assertEquals(ClosureReason.MOVED_ON, store.answersOf("leo").get(0).reason());
        assertEquals(CANARY, store.answersOf("leo").get(0).text());
    }

    @Test
    public void replaceStatements_shouldKeepTheOrderAndGoBackToTheDefaultsWhenEmpty() {
        assertEquals(List.of(), store.statements(1));

        List<Statement> set = store.replaceStatements(1, List.of("First", " Second "));

        assertEquals(List.of("First", "Second"), set.stream().map(Statement::text).toList());
        assertTrue(set.get(0).key().startsWith("s"));
        assertEquals(List.of(), store.statements(2));
        assertEquals(1, store.replaceStatements(1, List.of("Only")).size());
        assertEquals(List.of(), store.replaceStatements(1, List.of()));
        assertThrows(StoreValidationException.class, () -> store.replaceStatements(1, List.of(" ")));
    }

    @Test
    public void memberships_shouldReadThePairingsThatBecameActiveWithTheirDays() {
        int running = pairing("mia", "leo", "ACTIVE");
        int ended = pairing("ana", "mia", "ENDED");
        pairing("mia", "sam", "PROPOSED");
        event(running, "ACTIVATED", "2026-02-01T10:00:00Z");
        event(ended, "ACTIVATED", "2026-01-05T10:00:00Z");
        event(ended, "ENDED", "2026-04-01T10:00:00Z");

        List<SurveyRepository.Membership> mia = store.memberships("mia");

        assertEquals(List.of(new SurveyRepository.Membership(running, 1, true,
                        Instant.parse("2026-02-01T10:00:00Z"), null),
                new SurveyRepository.Membership(ended, 1, false, Instant.parse("2026-01-05T10:00:00Z"),
                        Instant.parse("2026-04-01T10:00:00Z"))), mia);
        assertEquals(List.of(), store.memberships("nobody"));
    }

    @Test
    public void memberships_shouldReadTheMenteesManagerAsAManagerOfTheEndedPairing() {
        int ended = pairing("mia", "leo", "ENDED");
        event(ended, "ACTIVATED", "2026-01-05T10:00:00Z");
        event(ended, "ENDED", "2026-04-01T10:00:00Z");
        PairingEntity entity = ao.get(PairingEntity.class, ended);
        entity.setManagerKey("boss");
        entity.save();

        SurveyRepository.Membership manager = new SurveyRepository.Membership(ended, 1, false,
                Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-04-01T10:00:00Z"), true);
        assertEquals(List.of(manager), store.memberships("boss"));
        assertFalse(store.memberships("mia").get(0).manager());
        assertTrue(store.everyonesMemberships().contains(new SurveyRepository.PersonMembership("boss", manager)));
        assertEquals(3, store.everyonesMemberships().size());
    }

    private int pairing(String mentee, String mentor, String state) {
        Map<String, Object> row = new HashMap<>();
        row.put(PairingEntity.PROGRAMME_ID, 1);
        row.put(PairingEntity.MENTEE_KEY, mentee);
        row.put(PairingEntity.MENTOR_KEY, mentor);
        row.put(PairingEntity.STATE, state);
        row.put(PairingEntity.SCORE, 0);
        row.put(PairingEntity.MENTEE_CONSENT, "GIVEN");
        row.put(PairingEntity.MENTOR_CONSENT, "GIVEN");
        row.put(PairingEntity.MANAGER_CONSENT, "SKIPPED");
        row.put(PairingEntity.SPONSOR_CONSENT, "NOT_REQUIRED");
        row.put(PairingEntity.VERSION, 1);
        return ao.create(PairingEntity.class, row).getID();
    }

    private void event(int pairingId, String type, String at) {
        Map<String, Object> row = new HashMap<>();
        row.put(PairingEventEntity.PROGRAMME_ID, 1);
        row.put(PairingEventEntity.PAIRING_ID, pairingId);
        row.put(PairingEventEntity.EVENT_TYPE, type);
        row.put(PairingEventEntity.ACTOR_KEY, "coordinator");
        row.put(PairingEventEntity.OCCURRED_AT, Instant.parse(at).toEpochMilli());
        ao.create(PairingEventEntity.class, row);
    }

    private String raw(Class<? extends net.java.ao.RawEntity<?>> type, String... columns) throws Exception {
        return RawColumns.read(entityManager, type, columns);
    }
}
