package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The database holds the uniqueness rules, so that writers racing past the checks in code still leave one row:
 * one open application per person and programme, one row of places per mentor and programme, one theme of a name
 * per programme. Each race starts its writers together on a latch; exactly one wins. The others are refused as a
 * duplicate, or (where the database refuses a whole transaction instead: a deadlock, or a serialization failure at
 * SERIALIZABLE; the store tests run at the host's READ COMMITTED) as a lost race,
 * which the services answer with a 409 as well.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class UniqueRowsTest {

    private static final int WRITERS = 20;
    private static final Instant DECIDED = Instant.parse("2027-01-10T09:00:00Z");

    private EntityManager entityManager;
    private ActiveObjects ao;
    private ParticipantRepository participants;
    private int programmeId;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        participants = new ParticipantRepository(ao);
        programmeId = new ProgrammeRepository(ao).create(Programme.draft("Unique " + System.nanoTime(),
                "U" + System.nanoTime(), ProgrammeType.ONE_TO_ONE)).id();
    }

    @Test
    @NonTransactional
    public void parallelApplications_ofOnePersonAsMenteeAndMentor_shouldLeaveOneRow() throws Exception {
        List<String> outcomes = race(i -> () -> {
            ParticipantRole role = i % 2 == 0 ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
            try {
                participants.create(Participant.apply(programmeId, "twice", role, List.of()));
                return "created";
            } catch (StoreValidationException refused) {
                assertEquals(StoreValidationException.Problem.DUPLICATE, refused.problem());
                return "refused";
            } catch (StaleVersionException lost) {
                return "refused";
            }
        });

        assertEquals(1, outcomes.stream().filter("created"::equals).count());
        assertEquals(WRITERS - 1, outcomes.stream().filter("refused"::equals).count());
        assertEquals(1, participants.findByUser("twice").stream().filter(p -> p.programmeId() == programmeId)
                .count());
    }

    @Test
    public void create_asMentorWhileAMenteeApplicationIsOpen_shouldBeRefusedByTheDatabase() {
        participants.create(Participant.apply(programmeId, "both", ParticipantRole.MENTEE, List.of()));

        StoreValidationException refused = assertThrows(StoreValidationException.class, () -> participants.create(
                Participant.apply(programmeId, "both", ParticipantRole.MENTOR, List.of())));

        assertEquals(ParticipantRepository.ENROLMENT, refused.field());
        assertEquals(StoreValidationException.Problem.DUPLICATE, refused.problem());
    }

    @Test
    public void aWithdrawnOrDeclinedApplicant_shouldApplyAgain() {
        Participant first = participants.create(Participant.apply(programmeId, "again", ParticipantRole.MENTEE,
                List.of()));
        participants.decide(first.id(), 1, ParticipantState.WITHDRAWN, "again", DECIDED);
        Participant second = participants.create(Participant.apply(programmeId, "again", ParticipantRole.MENTOR,
                List.of()));
        participants.decide(second.id(), 1, ParticipantState.DECLINED, "coord", DECIDED);
        Participant third = participants.create(Participant.apply(programmeId, "again", ParticipantRole.MENTEE,
                List.of()));

        assertEquals(ParticipantState.APPLIED, third.state());
        assertEquals(3, participants.findByUser("again").size());
        assertThrows(StoreValidationException.class, () -> participants.create(
                Participant.apply(programmeId, "again", ParticipantRole.MENTOR, List.of())));
    }

    @Test
    @NonTransactional
    public void parallelPublishes_shouldLeaveOneRowOfPlacesPerMentor() throws Exception {
        AoPairingStore pairings = new AoPairingStore(ao);
        List<String> outcomes = race(i -> () -> {
            try {
                pairings.reserveSeats(programmeId, Map.of("olga", 2));
                return "reserved";
            } catch (MentorSeatContentionException lost) {
                pairings.reserveSeats(programmeId, Map.of("olga", 2));
                return "reserved again";
            }
        });

        assertEquals(WRITERS, outcomes.size());
        assertEquals(1, ao.count(MentorSeatEntity.class, Query.select().where(MentorSeatEntity.PROGRAMME_ID
                + " = ? AND " + MentorSeatEntity.MENTOR_KEY + " = ?", programmeId, "olga")));
        assertTrue(outcomes.contains("reserved"));
    }

    @Test
    @NonTransactional
    public void parallelThemes_ofOneNameInAnyCase_shouldLeaveOneRow() throws Exception {
        LearningThemeRepository themes = new LearningThemeRepository(ao);
        List<String> outcomes = race(i -> () -> {
            try {
                themes.create(LearningTheme.of(programmeId, "growing", i % 2 == 0 ? "Public speaking"
                        : " public SPEAKING "));
                return "created";
            } catch (StoreValidationException refused) {
                assertEquals(StoreValidationException.Problem.DUPLICATE, refused.problem());
                return "refused";
            } catch (StaleVersionException lost) {
                return "refused";
            }
        });

        assertEquals(1, outcomes.stream().filter("created"::equals).count());
        assertEquals(1, themes.findAvailableTo(programmeId).stream()
                .filter(t -> programmeId == (t.programmeId() == null ? 0 : t.programmeId())).count());
    }

    private static List<String> race(IntFunction<Callable<String>> writer) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                Callable<String> work = writer.apply(i);
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
