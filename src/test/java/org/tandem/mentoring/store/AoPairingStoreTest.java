package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class AoPairingStoreTest {

    private static final Instant RUN = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-24T09:30:00Z");

    private EntityManager entityManager;
    private ActiveObjects ao;
    private AoPairingStore pairings;
    private int programmeId;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        pairings = new AoPairingStore(ao);
        programmeId = new ProgrammeRepository(ao).create(Programme.draft("Pairs " + System.nanoTime(),
                "P" + System.nanoTime(), ProgrammeType.ONE_TO_ONE)).id();
    }

    private Pairing staged(String mentee, String mentor) {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            points.put(criterion, 0);
        }
        points.put(Criterion.THEME_FIT, 20);
        points.put(Criterion.CROSS_DEPARTMENT, 4);
        Explanation why = new Explanation(List.of(
                Explanation.Part.of("tandem.matching.reason.themes", 2, "Delegating, Prioritising"),
                Explanation.Part.of("tandem.matching.reason.otherDepartment")));
        return Pairing.staged(programmeId, new Proposal(mentee, mentor, 24, points, why), Set.of(), null, "carol",
                RUN);
    }

    @Test
    public void replaceStaged_shouldRoundTripEveryFieldAndLogWhoStagedIt() {
        List<Pairing> stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN);

        assertEquals(1, stored.size());
        Pairing read = pairings.findById(stored.get(0).id()).orElseThrow();
        assertEquals(1, read.version());
        assertEquals(PairingState.STAGED, read.state());
        assertEquals("mia", read.menteeKey());
        assertEquals("olga", read.mentorKey());
        assertEquals(24, read.score());
        assertEquals(staged("mia", "olga").breakdown(), read.breakdown());
        assertEquals(staged("mia", "olga").explanation(), read.explanation());
        assertEquals("carol", read.createdBy());
        assertEquals(RUN, read.createdAt());
        assertEquals(Consent.PENDING, read.menteeConsent());
        assertEquals(Consent.NOT_REQUIRED, read.sponsorConsent());
        List<PairingEvent> events = pairings.findEvents(read.id());
        assertEquals(1, events.size());
        assertEquals(PairingEventType.STAGED, events.get(0).type());
        assertEquals("carol", events.get(0).actorKey());
        assertEquals(RUN, events.get(0).at());
    }

    @Test
    public void replaceStaged_shouldReplaceOnlyTheStagedPairingsOfThatProgramme() {
        Pairing first = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga"), staged("noah", "olga")),
                "carol", RUN).get(0);
        Pairing published = pairings.save(first.proposed(null, false), PairingEventType.PUBLISHED, "carol", RUN,
                null);

        List<Pairing> again = pairings.replaceStaged(programmeId, List.of(staged("noah", "pete")), "carol", LATER);

        assertEquals(List.of("pete"), again.stream().map(Pairing::mentorKey).toList());
        assertEquals(2, pairings.findByProgramme(programmeId).size());
        assertEquals(PairingState.PROPOSED, pairings.findById(published.id()).orElseThrow().state());
    }

    @Test
    public void stage_shouldKeepWarningsAndTheCoordinatorsReason() {
        Pairing manual = new Pairing(0, 0, programmeId, "mia", "olga", PairingState.STAGED, 3, Map.of(), null,
                EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), "They asked for it",
                null, null, null, null, null, null, "carol", RUN, "carol", RUN, null);

        Pairing stored = pairings.stage(manual, PairingEventType.ADDED, "carol", RUN, "They asked for it");

        Pairing read = pairings.findById(stored.id()).orElseThrow();
        assertEquals(EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), read.warnings());
        assertEquals("They asked for it", read.reason());
        assertEquals("They asked for it", pairings.findEvents(read.id()).get(0).detail());
        assertEquals(PairingEventType.ADDED, pairings.findEvents(read.id()).get(0).type());
    }

    @Test
    public void save_shouldRefuseAStaleVersionAndWriteNothing() {
        Pairing stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN).get(0);
        pairings.save(stored.proposed("boss", false), PairingEventType.PUBLISHED, "carol", RUN, null);

        assertThrows(StaleVersionException.class, () -> pairings.save(stored.proposed(null, true),
                PairingEventType.PUBLISHED, "dave", LATER, null));

        Pairing read = pairings.findById(stored.id()).orElseThrow();
        assertEquals(2, read.version());
        assertEquals("boss", read.managerKey());
        assertEquals(2, pairings.findEvents(stored.id()).size());
    }

    @Test
    public void save_shouldRefuseAStateMoveTheLifeCycleDoesNotAllow() {
        Pairing stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN).get(0);
        Pairing skipped = new Pairing(stored.id(), stored.version(), programmeId, "mia", "olga", PairingState.ENDED,
                0, Map.of(), null, Set.of(), null, null, null, null, null, null, null, "carol", RUN, "carol", RUN,
                "x");

        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> pairings.save(skipped, PairingEventType.ENDED, "mia", LATER, "x"));

        assertEquals("pairing.state", refused.field());
        assertEquals(PairingState.STAGED, pairings.findById(stored.id()).orElseThrow().state());
    }

    @Test
    public void save_shouldTakeAPlaceOnActivationAndGiveItBackOnEnd() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        Pairing proposed = propose(staged("mia", "olga"));

        Pairing active = accept(proposed, "mia");

        assertEquals(PairingState.ACTIVE, active.state());
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
        Pairing ended = pairings.save(active.ended("Moved abroad"), PairingEventType.ENDED, "mia", LATER,
                "Moved abroad");
        assertEquals(PairingState.ENDED, ended.state());
        assertEquals("Moved abroad", ended.endReason());
        assertEquals(0, pairings.seatsTaken(programmeId, "olga"));
        List<PairingEventType> log = pairings.findEvents(proposed.id()).stream().map(PairingEvent::type).toList();
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MENTEE_ACCEPTED,
                PairingEventType.MENTOR_ACCEPTED, PairingEventType.ACTIVATED, PairingEventType.ENDED), log);
    }

    @Test
    public void save_shouldRefuseActivationWhenTheMentorIsFullAndWriteNothing() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        accept(propose(staged("mia", "olga")), "mia");
        Pairing second = propose(staged("noah", "olga"));
        Pairing menteeSaidYes = pairings.save(second.withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .decidedBy("noah", LATER), PairingEventType.MENTEE_ACCEPTED, "noah", LATER, null);

        assertThrows(MentorCapacityException.class, () -> pairings.save(
                menteeSaidYes.withConsent(Party.MENTOR, Consent.GIVEN, null, null), PairingEventType.MENTOR_ACCEPTED,
                "olga", LATER, null));

        Pairing read = pairings.findById(second.id()).orElseThrow();
        assertEquals(PairingState.PROPOSED, read.state());
        assertEquals(Consent.PENDING, read.mentorConsent());
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
    }

    @Test
    public void reserveSeats_shouldCreateOnceAndFollowTheCapacity() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        pairings.reserveSeats(programmeId, Map.of("olga", 2));
        accept(propose(staged("mia", "olga")), "mia");
        accept(propose(staged("noah", "olga")), "noah");

        assertEquals(1, ao.count(MentorSeatEntity.class, MentorSeatEntity.PROGRAMME_ID + " = ?", programmeId));
        assertEquals(2, pairings.seatsTaken(programmeId, "olga"));
    }

    @Test
    public void finders_shouldSelectByPersonManagerAndState() {
        Pairing proposed = pairings.save(pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")),
                "carol", RUN).get(0).proposed("boss", false), PairingEventType.PUBLISHED, "carol", RUN, null);
        pairings.stage(staged("noah", "mia"), PairingEventType.ADDED, "carol", RUN, null);

        assertEquals(2, pairings.findByPerson("mia").size());
        assertEquals(List.of(proposed.id()), pairings.findByManager("boss").stream().map(Pairing::id).toList());
        assertEquals(1, pairings.findByProgrammeAndStates(programmeId, EnumSet.of(PairingState.STAGED)).size());
        assertEquals(2, pairings.findByProgrammeAndStates(programmeId,
                EnumSet.of(PairingState.STAGED, PairingState.PROPOSED)).size());
        assertEquals(3, pairings.findProgrammeEvents(programmeId).size());
    }

    @Test
    public void removeStaged_shouldDeleteOnlyStagedPairingsAndLogTheRemoval() {
        Pairing staged = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
        Pairing published = propose(staged("noah", "olga"));

        assertThrows(StaleVersionException.class, () -> pairings.removeStaged(staged.id(), 7, "carol", LATER, null));
        assertThrows(StoreValidationException.class,
                () -> pairings.removeStaged(published.id(), published.version(), "carol", LATER, null));
        pairings.removeStaged(staged.id(), staged.version(), "carol", LATER, "not needed");

        assertTrue(pairings.findById(staged.id()).isEmpty());
        PairingEvent last = pairings.findEvents(staged.id()).get(1);
        assertEquals(PairingEventType.REMOVED, last.type());
        assertEquals("not needed", last.detail());
        assertNull(pairings.findById(published.id()).orElseThrow().endReason());
    }

    @Test
    public void stage_shouldRefuseOverLongKeysAndWriteNothing() {
        assertThrows(StoreValidationException.class, () -> pairings.stage(staged("k".repeat(256), "olga"),
                PairingEventType.ADDED, "carol", RUN, null));

        assertEquals(0, pairings.findByProgramme(programmeId).size());
    }

    /**
     * Fifty mentees, each with every other consent in, all accepted by the same mentor at once from fifty threads:
     * the mentor has three places, so exactly three pairings become active and the others are refused.
     */
    @Test
    @NonTransactional
    public void save_shouldNeverFillMoreThanTheMentorsPlacesUnderFiftyConcurrentAccepts() throws Exception {
        int mentees = 50;
        pairings.reserveSeats(programmeId, Map.of("popular", 3));
        List<Pairing> waiting = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            Pairing proposed = propose(staged("mentee-" + i, "popular"));
            waiting.add(pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                    PairingEventType.MENTEE_ACCEPTED, "mentee-" + i, RUN, null));
        }
        ExecutorService threads = Executors.newFixedThreadPool(mentees);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Pairing pairing : waiting) {
                outcomes.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        pairings.save(pairing.withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                                .decidedBy("popular", LATER), PairingEventType.MENTOR_ACCEPTED, "popular", LATER,
                                null);
                        return "active";
                    } catch (MentorCapacityException full) {
                        return "full";
                    } catch (StaleVersionException lost) {
                        return "stale";
                    }
                }));
            }
            start.countDown();
            int active = 0;
            int full = 0;
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(120, TimeUnit.SECONDS);
                active += result.equals("active") ? 1 : 0;
                full += result.equals("full") ? 1 : 0;
            }
            assertEquals(3, active);
            assertEquals(mentees - 3, full);
        } finally {
            threads.shutdownNow();
        }
        List<Pairing> after = pairings.findByProgramme(programmeId);
        assertEquals(3, after.stream().filter(p -> p.state() == PairingState.ACTIVE).count());
        assertEquals(3, after.stream().filter(p -> p.mentorConsent() == Consent.GIVEN).count());
        assertEquals(3, pairings.seatsTaken(programmeId, "popular"));
        assertEquals(3, pairings.findProgrammeEvents(programmeId).stream()
                .filter(e -> e.type() == PairingEventType.ACTIVATED).count());
    }

    private Pairing propose(Pairing staged) {
        Pairing stored = pairings.stage(staged, PairingEventType.ADDED, "carol", RUN, null);
        return pairings.save(stored.proposed(null, false), PairingEventType.PUBLISHED, "carol", RUN, null);
    }

    private Pairing accept(Pairing proposed, String mentee) {
        Pairing menteeSaidYes = pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                PairingEventType.MENTEE_ACCEPTED, mentee, LATER, null);
        return pairings.save(menteeSaidYes.withConsent(Party.MENTOR, Consent.GIVEN, null, null),
                PairingEventType.MENTOR_ACCEPTED, menteeSaidYes.mentorKey(), LATER, null);
    }
}
