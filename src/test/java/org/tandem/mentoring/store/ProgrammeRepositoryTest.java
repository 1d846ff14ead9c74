package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class ProgrammeRepositoryTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private ProgrammeRepository programmes;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        programmes = new ProgrammeRepository(ao);
    }

    private static Programme leadership() {
        return Programme.draft("Leadership circle 2027", "LEAD27", ProgrammeType.ONE_TO_ONE)
                .withCharter("Grow first-line managers", "80% of mentees meet 10 times", "What is said stays here")
                .withSchedule(LocalDate.of(2027, 2, 1), 10, Cadence.FORTNIGHTLY)
                .withApprovals(true, true);
    }

    @Test
    public void create_shouldRoundTripEveryField() {
        Programme created = programmes.create(leadership());

        assertTrue(created.id() > 0);
        assertEquals(1, created.version());
        Programme read = programmes.findById(created.id()).orElseThrow();
        assertEquals(created, read);
        assertEquals("Leadership circle 2027", read.name());
        assertEquals("LEAD27", read.spaceKey());
        assertEquals(ProgrammeType.ONE_TO_ONE, read.type());
        assertEquals("Grow first-line managers", read.purpose());
        assertEquals("80% of mentees meet 10 times", read.goals());
        assertEquals("What is said stays here", read.confidentialityRules());
        assertEquals(LocalDate.of(2027, 2, 1), read.startDate());
        assertEquals(10, read.durationMonths());
        assertEquals(Cadence.FORTNIGHTLY, read.cadence());
        assertTrue(read.managerApprovalRequired());
        assertTrue(read.sponsorApprovalRequired());
        assertEquals(ProgrammePhase.DRAFT, read.phase());
    }

    @Test
    public void findByIds_shouldReadOnlyTheProgrammesAskedForAndLeaveOutUnknownIds() {
        Programme lead = programmes.create(leadership());
        programmes.create(Programme.draft("Reverse", null, ProgrammeType.REVERSE));
        Programme group = programmes.create(Programme.draft("Peers", null, ProgrammeType.GROUP));

        Map<Integer, Programme> found = programmes.findByIds(List.of(group.id(), lead.id(), group.id(), 9999));

        assertEquals(Map.of(lead.id(), lead, group.id(), group), found);
        assertEquals(Map.of(), programmes.findByIds(List.of()));
    }

    @Test
    public void update_shouldKeepTheLineOfAuthorityRelaxationAndItsReason() {
        Programme created = programmes.create(leadership());

        Programme relaxed = programmes.update(created.withRelaxDownReason("Reverse mentoring of the board"));
        Programme strict = programmes.update(relaxed.withRelaxDownReason(null));

        assertEquals(null, created.relaxDownReason());
        assertEquals("Reverse mentoring of the board", relaxed.relaxDownReason());
        assertEquals(null, programmes.findById(strict.id()).orElseThrow().relaxDownReason());
    }

    @Test
    public void create_shouldApplyTheDraftDefaults() {
        Programme read = programmes.create(Programme.draft("Reverse", null, ProgrammeType.REVERSE));

        assertEquals(12, read.durationMonths());
        assertEquals(Cadence.MONTHLY, read.cadence());
        assertEquals(null, read.startDate());
        assertEquals(null, read.spaceKey());
        assertFalse(read.sponsorApprovalRequired());
    }

    @Test
    public void create_shouldKeepLongCharterTextWhole() {
        String rules = "Confidential. ".repeat(3000);

        Programme read = programmes.create(leadership().withCharter("p", "g", rules));

        assertEquals(rules, programmes.findById(read.id()).orElseThrow().confidentialityRules());
    }

    @Test
    public void create_shouldRefuseANameLongerThanItsColumnAndWriteNothing() {
        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> programmes.create(leadership().withName("x".repeat(451))));

        assertEquals("programme.name", refused.field());
        assertEquals(StoreValidationException.Problem.TOO_LONG, refused.problem());
        assertEquals(0, ao.count(ProgrammeEntity.class));
    }

    @Test
    public void create_shouldRefuseAMissingNameOrTypeAndWriteNothing() {
        StoreValidationException noName = assertThrows(StoreValidationException.class,
                () -> programmes.create(leadership().withName("  ")));
        StoreValidationException noType = assertThrows(StoreValidationException.class,
                () -> programmes.create(Programme.draft("Peers", "PEER", null)));

        assertEquals("programme.name", noName.field());
        assertEquals(StoreValidationException.Problem.MISSING, noName.problem());
        assertEquals("programme.type", noType.field());
        assertEquals(0, ao.count(ProgrammeEntity.class));
    }

    @Test
    public void create_shouldRefuseASecondProgrammeInTheSameSpace() {
        programmes.create(leadership());

        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> programmes.create(leadership().withName("Another")));

        assertEquals("programme.spaceKey", refused.field());
        assertEquals(StoreValidationException.Problem.DUPLICATE, refused.problem());
        assertEquals(1, ao.count(ProgrammeEntity.class));
    }

    @Test
    public void update_shouldMoveTheProgrammesClaimWhenItsSpaceKeyChanges() {
        Programme lead = programmes.create(leadership());

        programmes.update(withSpaceKey(lead, "LEAD28"));
        Programme next = programmes.create(leadership().withName("Next year"));

        assertEquals(next.id(), programmes.findBySpaceKey("LEAD27").orElseThrow().id());
        assertEquals(StoreValidationException.Problem.DUPLICATE, assertThrows(StoreValidationException.class,
                () -> programmes.create(withSpaceKey(leadership(), "LEAD28"))).problem());
        assertEquals(2, ao.count(SpaceClaimEntity.class));
    }

    @Test
    @NonTransactional
    public void create_shouldLetOnlyOneOfTwoRacingProgrammesHoldASpaceKey() throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Programme> first = threads.submit(() -> ao.executeInTransaction(() -> {
                Programme written = programmes.create(leadership());
                firstWrote.countDown();
                awaitQuietly(secondStarted);
                pauseQuietly(); // the second writer has passed the check and waits on the claim
                return written;
            }));
            Future<RuntimeException> second = threads.submit(() -> {
                firstWrote.await(10, TimeUnit.SECONDS);
                secondStarted.countDown();
                try {
                    programmes.create(leadership().withName("Racing"));
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            });

            Programme won = first.get(30, TimeUnit.SECONDS);
            RuntimeException refused = second.get(30, TimeUnit.SECONDS);
            assertTrue(String.valueOf(refused), refused instanceof StoreValidationException);
            assertEquals(StoreValidationException.Problem.DUPLICATE, ((StoreValidationException) refused).problem());
            assertEquals(List.of(won.id()), programmes.findAll().stream().map(Programme::id).toList());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void update_shouldWriteChangesAndIncrementTheVersion() {
        Programme created = programmes.create(leadership());

        Programme updated = programmes.update(created.withPhase(ProgrammePhase.ENROLMENT_OPEN).withName("Renamed"));

        assertEquals(2, updated.version());
        assertEquals(ProgrammePhase.ENROLMENT_OPEN, updated.phase());
        assertEquals("Renamed", programmes.findById(created.id()).orElseThrow().name());
        assertEquals(3, programmes.update(updated.withPhase(ProgrammePhase.MATCHING)).version());
    }

    @Test
    public void update_shouldRefuseAStaleVersionAndLeaveTheRowAsItWas() {
        Programme created = programmes.create(leadership());
        Programme first = programmes.update(created.withPhase(ProgrammePhase.ENROLMENT_OPEN));

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> programmes.update(created.withName("Based on version 1")));

        assertEquals(created.id(), stale.id());
        assertEquals(1, stale.expectedVersion());
        assertEquals(first, programmes.findById(created.id()).orElseThrow());
    }

    @Test
    public void update_shouldRefuseInvalidInputBeforeTouchingTheRow() {
        Programme created = programmes.create(leadership());

        assertThrows(StoreValidationException.class,
                () -> programmes.update(created.withSchedule(null, 0, Cadence.WEEKLY)));

        assertEquals(created, programmes.findById(created.id()).orElseThrow());
    }

    @Test
    public void findAll_shouldReadEveryFieldOfEveryProgrammeInOneQuery() {
        for (int i = 0; i < 20; i++) {
            programmes.create(Programme.draft("Programme " + i, "SPACE" + i, ProgrammeType.GROUP)
                    .withCharter("purpose " + i, "goals", "rules"));
        }
        List<String> statements = new java.util.ArrayList<>();
        net.java.ao.DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        List<Programme> all;
        try {
            all = programmes.findAll();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }

        assertEquals(20, all.size());
        assertEquals("purpose 19", all.get(19).purpose());
        assertEquals(statements.toString(), 1, statements.size());
    }

    @Test
    public void update_shouldReportAProgrammeThatDoesNotExist() {
        Programme ghost = new Programme(987654, 1, "Ghost", null, ProgrammeType.PEER, null, null, null, 12,
                Cadence.MONTHLY, null, false, false, ProgrammePhase.DRAFT);

        assertThrows(RecordNotFoundException.class, () -> programmes.update(ghost));
    }

    @Test
    public void findBySpace_shouldNeedTheKeyAndTheIdOfTheSpace() {
        Programme lead = programmes.create(leadership().withSpaceId(41L));

        assertEquals(41L, lead.spaceId());
        assertEquals(lead.id(), programmes.findBySpace("LEAD27", 41L).orElseThrow().id());
        assertTrue("another space with the same key", programmes.findBySpace("LEAD27", 42L).isEmpty());
        assertTrue(programmes.findBySpace("LEAD27", 0L).isEmpty());
        assertTrue(programmes.findBySpace("OTHER", 41L).isEmpty());
    }

    @Test
    public void releaseSpace_shouldArchiveAndUnbindTheProgrammeOfARemovedSpace() {
        Programme lead = programmes.create(leadership().withSpaceId(41L));
        Programme peers = programmes.create(Programme.draft("Peers", "PEER", ProgrammeType.PEER).withSpaceId(50L));

        assertEquals(List.of(), programmes.releaseSpace("LEAD27", 41L, false));
        assertEquals(List.of(lead.id()), programmes.releaseSpace("LEAD27", 41L, true));

        Programme archived = programmes.findById(lead.id()).orElseThrow();
        assertEquals(ProgrammePhase.ARCHIVED, archived.phase());
        assertEquals(null, archived.spaceKey());
        assertEquals(lead.version() + 1, archived.version());
        assertTrue(programmes.findBySpaceKey("LEAD27").isEmpty());
        assertEquals(ProgrammePhase.DRAFT, programmes.findById(peers.id()).orElseThrow().phase());
        Programme next = programmes.create(leadership().withSpaceId(99L));
        assertEquals(next.id(), programmes.findBySpace("LEAD27", 99L).orElseThrow().id());
    }

    @Test
    public void releaseSpace_shouldArchiveAProgrammeHoldingTheKeyOfAnEarlierSpace() {
        Programme lead = programmes.create(leadership().withSpaceId(41L));

        assertEquals(List.of(lead.id()), programmes.releaseSpace("LEAD27", 99L, false));
        assertEquals(ProgrammePhase.ARCHIVED, programmes.findById(lead.id()).orElseThrow().phase());
    }

    @Test
    public void finders_shouldSelectBySpaceKeyAndPhase() {
        Programme lead = programmes.create(leadership());
        Programme peers = programmes.create(Programme.draft("Peers", "PEER", ProgrammeType.PEER));
        programmes.update(peers.withPhase(ProgrammePhase.RUNNING));

        assertEquals(lead.id(), programmes.findBySpaceKey("LEAD27").orElseThrow().id());
        assertTrue(programmes.findBySpaceKey("NONE").isEmpty());
        assertEquals(List.of(peers.id()),
                programmes.findByPhase(ProgrammePhase.RUNNING).stream().map(Programme::id).toList());
        assertEquals(List.of(lead.id(), peers.id()), programmes.findAll().stream().map(Programme::id).toList());
    }

    @Test
    @NonTransactional
    public void update_shouldLetOnlyOneOfTwoConcurrentWritersWin() throws Exception {
        Programme created = programmes.create(leadership());
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Programme> first = threads.submit(() -> ao.executeInTransaction(() -> {
                Programme written = programmes.update(created.withName("First"));
                firstWrote.countDown();
                awaitQuietly(secondStarted);
                pauseQuietly(); // gives the second writer time to reach the locked row; the outcome is the same
                return written;
            }));
            Future<RuntimeException> second = threads.submit(() -> {
                firstWrote.await(10, TimeUnit.SECONDS);
                secondStarted.countDown();
                try {
                    programmes.update(created.withName("Second"));
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            });

            assertEquals(2, first.get(30, TimeUnit.SECONDS).version());
            RuntimeException refused = second.get(30, TimeUnit.SECONDS);
            assertTrue(String.valueOf(refused), refused instanceof StaleVersionException);
        } finally {
            threads.shutdownNow();
        }
        Programme stored = programmes.findById(created.id()).orElseThrow();
        assertEquals("First", stored.name());
        assertEquals(2, stored.version());
    }

    private static Programme withSpaceKey(Programme p, String spaceKey) {
        return new Programme(p.id(), p.version(), p.name(), spaceKey, p.type(), p.purpose(), p.goals(), p.startDate(),
                p.durationMonths(), p.cadence(), p.confidentialityRules(), p.managerApprovalRequired(),
                p.sponsorApprovalRequired(), p.phase(), p.relaxDownReason(), p.spaceId());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pauseQuietly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
