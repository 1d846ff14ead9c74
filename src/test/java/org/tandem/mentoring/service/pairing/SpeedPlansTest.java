package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.SpacePageTitles;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.SpeedEventRepository;

/**
 * The plan of a speed-mentoring event through the service: on the demo cohort and on random ones, no pair meets
 * twice, nobody meets anyone in their line of authority, tables stay balanced, everybody is in one place a round;
 * the seated side must fit at the tables; coordinators only.
 */
public class SpeedPlansTest extends PairingServicesFixture {

    private static final Instant START = Instant.parse("2027-01-14T15:00:00Z");

    private final SpeedEventRepository store = mock(SpeedEventRepository.class);
    private final Map<Integer, SpeedEvent> stored = new HashMap<>();
    private final HostPages pages = mock(HostPages.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final SpeedPlans service = new SpeedPlans(
            new ProgrammeGate(programmes, users, spaces, coordinators, transactions), programmes, orgChart, pairings,
            users, participants, themes, settings, store, new SpacePageTitles(pages, i18n),
            new HostClock(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC))));

    @Before
    public void setUpStore() {
        when(store.findById(anyInt())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<Integer>getArgument(0))));
        when(store.findByProgramme(7)).thenAnswer(call -> stored.values().stream().filter(e -> e.programmeId() == 7)
                .sorted(java.util.Comparator.comparingInt(SpeedEvent::id)).toList());
    }

    private void event(int id, int rounds, int tables, List<String> keys, boolean mentorsSeated) {
        stored.put(id, new SpeedEvent(id, 7, START, "Hall", 8, rounds, tables, keys, mentorsSeated, 1));
    }

    @Test
    public void plan_shouldSeatTheMentorsAndKeepTheLineOfAuthorityApart() {
        signIn(CAROL);
        event(1, 3, 3, List.of(), true);

        SpeedPlan plan = service.plan(7, 1);

        assertEquals(3, plan.rounds().size());
        SpeedPlan.Round first = plan.rounds().get(0);
        assertEquals(List.of(BOSS, OLGA, PETE), first.tables().stream().map(t -> t.seated().key()).toList());
        assertEquals(List.of(1, 2, 3), first.tables().stream().map(SpeedPlan.Table::number).toList());
        assertEquals("OLGA", first.tables().get(1).seated().name());
        assertTrue(first.tables().get(1).seated().mentor());
        for (SpeedPlan.Round round : plan.rounds()) {
            assertTrue(round.tables().get(0).visitors().isEmpty());
            round.tables().forEach(table -> table.visitors().forEach(v -> assertFalse(v.mentor())));
        }
        assertEquals(Map.of(MIA, Set.of(OLGA, PETE), NOAH, Set.of(OLGA, PETE)), met(plan));
        assertEquals(plan, service.plan(7, 1));
    }

    @Test
    public void plan_shouldTakeOnlyTheChosenParticipants() {
        signIn(CAROL);
        event(2, 2, 2, List.of(MIA, OLGA, PETE), true);

        SpeedPlan plan = service.plan(7, 2);

        assertEquals(Map.of(MIA, Set.of(OLGA, PETE)), met(plan));
        assertEquals(2, plan.rounds().get(0).tables().size());
    }

    @Test
    public void plan_shouldSeatTheMenteesWhenAskedAndTheMentorsMove() {
        signIn(CAROL);
        event(3, 2, 2, List.of(), false);

        SpeedPlan plan = service.plan(7, 3);

        SpeedPlan.Round first = plan.rounds().get(0);
        assertEquals(List.of(MIA, NOAH), first.tables().stream().map(t -> t.seated().key()).toList());
        assertTrue(first.sittingOut().stream().anyMatch(p -> p.key().equals(BOSS)));
        assertEquals(Map.of(MIA, Set.of(OLGA, PETE), NOAH, Set.of(OLGA, PETE)), met(plan));
    }

    @Test
    public void plan_shouldRefuseWhatDoesNotFitAndOthersThanTheCoordinators() {
        signIn(CAROL);
        event(4, 2, 2, List.of(), true);
        event(5, 2, 9, List.of(MIA, NOAH, OLGA), false);
        stored.put(6, new SpeedEvent(6, 8, START, "Elsewhere", 8, 2, 3, List.of(), true, 1));

        assertThrows(Refusal.Conflict.class, () -> service.plan(7, 4));
        assertThrows(Refusal.Conflict.class, () -> service.plan(7, 5));
        assertThrows(Refusal.NotFound.class, () -> service.plan(7, 6));
        assertThrows(Refusal.NotFound.class, () -> service.plan(7, 99));
        signIn(MIA);
        assertThrows(Refusal.Forbidden.class, () -> service.plan(7, 1));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.plan(7, 1));
    }

    @Test
    public void plan_shouldKeepTheRulesOnRandomCohorts() {
        signIn(CAROL);
        Random random = new Random(20261202);
        for (int cohort = 0; cohort < 40; cohort++) {
            approved.clear();
            chart.clear();
            List<String> people = new ArrayList<>();
            int size = 6 + random.nextInt(30);
            for (int i = 0; i < size; i++) {
                String key = "p" + i;
                String manager = i == 0 ? null : people.get(random.nextInt(i));
                person(key, manager, "D" + random.nextInt(4), 9 - Math.min(8, i / 3));
                people.add(key);
            }
            int mentors = 0;
            for (int i = 0; i < size; i++) {
                if (i % 3 == 0 || random.nextInt(5) == 0) {
                    mentor(people.get(i), 1, 1 + random.nextInt(3));
                    mentors++;
                } else {
                    mentee(people.get(i), 1 + random.nextInt(3));
                }
            }
            int rounds = 1 + random.nextInt(6);
            event(10 + cohort, rounds, mentors, List.of(), true);

            SpeedPlan plan = service.plan(7, 10 + cohort);

            assertEquals(rounds, plan.rounds().size());
            Set<String> pairs = new HashSet<>();
            int mentees = size - mentors;
            int seats = (mentees + mentors - 1) / mentors;
            for (SpeedPlan.Round round : plan.rounds()) {
                Set<String> placed = new HashSet<>();
                round.sittingOut().forEach(p -> assertTrue(placed.add(p.key())));
                for (SpeedPlan.Table table : round.tables()) {
                    assertTrue("table of " + seats + " at most", table.visitors().size() <= seats);
                    for (SpeedPlan.Person mentee : table.visitors()) {
                        assertTrue(placed.add(mentee.key()));
                        assertTrue("met twice", pairs.add(mentee.key() + "/" + table.seated().key()));
                        assertFalse(above(mentee.key(), table.seated().key()));
                        assertFalse(above(table.seated().key(), mentee.key()));
                    }
                }
                assertEquals(mentees, placed.size());
            }
        }
    }

    @Test
    public void mine_shouldGiveEachParticipantTheirOwnRoundsAtTheEventsTheyTakePartIn() {
        event(1, 3, 3, List.of(), true);
        event(2, 2, 2, List.of(MIA, OLGA, PETE), true);
        event(3, 2, 1, List.of(), true);

        signIn(MIA);
        List<SpeedSchedulePerson> mia = service.mine(7);
        signIn(NOAH);
        List<SpeedSchedulePerson> noah = service.mine(7);
        signIn(OLGA);
        List<SpeedSchedulePerson> olga = service.mine(7);

        assertEquals(List.of(1, 2, 3), mia.stream().map(m -> m.event().id()).toList());
        assertEquals(List.of(1, 3), noah.stream().map(m -> m.event().id()).toList());
        Set<String> met = new HashSet<>();
        for (SpeedSchedulePerson.Slot slot : mia.get(0).slots()) {
            assertEquals(slot.table() == 0, slot.meet().isEmpty());
            slot.meet().forEach(p -> assertTrue("met twice", met.add(p.key())));
        }
        assertEquals(Set.of(OLGA, PETE), met);
        assertEquals(3, mia.get(0).slots().size());
        assertTrue("too few tables: not planned yet", mia.get(2).slots().isEmpty());
        SpeedSchedulePerson.Slot olgaFirst = olga.get(0).slots().get(0);
        assertEquals(2, olgaFirst.table());
        signIn(CAROL);
        assertEquals("OLGA", service.plan(7, 1).rounds().get(0).tables().get(1).seated().name());
    }

    @Test
    public void mine_shouldBeEmptyForThoseWhoTakeNoPartAndRefuseThoseWhoCannotSeeTheProgramme() {
        event(1, 3, 3, List.of(), true);

        signIn(EVE);
        assertTrue(service.mine(7).isEmpty());
        signIn(CAROL);
        assertTrue(service.mine(7).isEmpty());
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.mine(7));
    }

    @Test
    public void forSpace_shouldShowCoordinatorsEveryPlanAndParticipantsTheirOwnRounds() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        event(1, 3, 3, List.of(), true);
        event(2, 2, 1, List.of(), true);

        signIn(CAROL);
        SpeedPage coordinator = service.forSpace("MENTOR").orElseThrow();
        signIn(MIA);
        SpeedPage mia = service.forSpace("MENTOR").orElseThrow();
        signIn(STRANGER);
        Optional<SpeedPage> stranger = service.forSpace("MENTOR");

        assertTrue(coordinator.coordinator());
        assertTrue(coordinator.open());
        assertEquals(3, coordinator.events().get(0).plan().rounds().size());
        assertEquals(SpeedPlans.TOO_FEW_TABLES, coordinator.events().get(1).problem().messageKey());
        assertEquals(List.of("BOSS", "MIA", "NOAH", "OLGA", "PETE"),
                coordinator.approved().stream().map(SpeedPlan.Person::name).toList());
        SpeedPlan.Person olga = coordinator.approved().get(3);
        assertTrue(olga.mentor());
        assertEquals("Finance", olga.department());
        assertFalse(coordinator.approved().get(1).mentor());
        assertTrue(coordinator.mine().isEmpty());
        assertFalse(mia.coordinator());
        assertTrue(mia.events().isEmpty() && mia.approved().isEmpty());
        assertEquals(List.of(1, 2), mia.mine().stream().map(m -> m.event().id()).toList());
        assertTrue(stranger.isEmpty());
    }

    @Test
    public void forSpace_shouldReadNeitherTheCohortNorTheZoneForABystanderWhenThereIsNoEvent() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));

        signIn(MIA);
        SpeedPage mia = service.forSpace("MENTOR").orElseThrow();

        assertFalse(mia.coordinator());
        assertTrue(mia.events().isEmpty() && mia.approved().isEmpty() && mia.mine().isEmpty());
        assertNull("the page holds no time", mia.zone());
        verify(orgChart, never()).findByUserKeys(any());
        verify(users, never()).timeZone(any());
    }

    @Test
    public void plan_shouldLeaveOutParticipantsWhoseAccountIsDeactivated() {
        event(1, 2, 3, List.of(), true);
        when(users.isDeactivated(NOAH)).thenReturn(true);

        signIn(CAROL);
        SpeedPlan plan = service.plan(7, 1);

        assertTrue(met(plan).containsKey(MIA));
        assertFalse(met(plan).containsKey(NOAH));
        plan.rounds().forEach(round -> assertTrue(round.sittingOut().stream().noneMatch(p -> p.key().equals(NOAH))));
    }

    @Test
    public void runSheet_shouldBeTheCoordinatorsOnly() {
        event(1, 3, 3, List.of(), true);

        signIn(CAROL);
        SpeedPage.RunSheet sheet = service.runSheet(1);

        assertEquals("Leaders", sheet.programmeName());
        assertEquals(3, sheet.planned().plan().rounds().size());
        assertThrows(Refusal.NotFound.class, () -> service.runSheet(99));
        signIn(MIA);
        assertThrows(Refusal.Forbidden.class, () -> service.runSheet(1));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.runSheet(1));
    }

    @Test
    public void forSpace_shouldShowTimesInTheProfileZoneThenTheLocationsThenTheSites() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        event(1, 3, 3, List.of(), true);
        chart.put(MIA, new OrgPerson(MIA, BOSS, "Sales", 3, "Berlin", null, null, null));
        chart.put(NOAH, new OrgPerson(NOAH, BOSS, "Sales", 3, "Singapore", null, null, null));
        when(users.timeZone(MIA)).thenReturn(Optional.of(ZoneId.of("America/New_York")));
        when(users.siteTimeZone()).thenReturn(ZoneId.of("Europe/Lisbon"));

        signIn(MIA);
        SpeedPage mia = service.forSpace("MENTOR").orElseThrow();
        signIn(NOAH);
        SpeedPage noah = service.forSpace("MENTOR").orElseThrow();
        signIn(PETE);
        SpeedPage pete = service.forSpace("MENTOR").orElseThrow();
        signIn(CAROL);
        SpeedPage.RunSheet sheet = service.runSheet(1);

        assertEquals("the profile's zone, not Berlin's", ZoneId.of("America/New_York"), mia.zone());
        assertEquals("no profile zone: the location's", ZoneId.of("Asia/Singapore"), noah.zone());
        assertEquals("neither: the site's", ZoneId.of("Europe/Lisbon"), pete.zone());
        assertEquals(ZoneId.of("Europe/Lisbon"), sheet.zone());
    }

    @Test
    public void forSpace_shouldLinkTheEventsThatAreOverToTheSpacesRankingsPage() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        stored.put(1, new SpeedEvent(1, 7, NOW.minusSeconds(3 * 8 * 60), "Hall", 8, 3, 3, List.of(), true, 1));
        stored.put(2, new SpeedEvent(2, 7, NOW.minusSeconds(60), "Hall", 8, 3, 3, List.of(), true, 1));
        event(3, 3, 3, List.of(), true);
        signIn(MIA);

        assertEquals("no rankings page in the space: no link", null,
                service.forSpace("MENTOR").orElseThrow().rankingsLink());

        when(i18n.getText(Locale.GERMAN, SpeedPlans.RANKINGS_TITLE)).thenReturn("Rangfolgen");
        when(pages.pageByTitle("MENTOR", "Rangfolgen"))
                .thenReturn(Optional.of(new HostPages.PageFacts(55L, "MENTOR", 20L, "Rangfolgen")));
        SpeedPage page = service.forSpace("MENTOR").orElseThrow();

        assertEquals("found in the language the space was made in", "/pages/viewpage.action?pageId=55",
                page.rankingsLink());
        assertEquals("the event whose last round has ended, not the one under way or to come", Set.of(1),
                page.rankingOpen());
    }

    /** Whether {@code boss} is anywhere above {@code key} in the chart. */
    private boolean above(String boss, String key) {
        for (String at = chart.get(key).managerKey(); at != null; at = chart.get(at).managerKey()) {
            if (at.equals(boss)) {
                return true;
            }
        }
        return false;
    }

    /** Who each mentee met over the event. */
    private static Map<String, Set<String>> met(SpeedPlan plan) {
        Map<String, Set<String>> met = new HashMap<>();
        for (SpeedPlan.Round round : plan.rounds()) {
            for (SpeedPlan.Table table : round.tables()) {
                for (SpeedPlan.Person visitor : table.visitors()) {
                    if (plan.mentorsSeated()) {
                        met.computeIfAbsent(visitor.key(), k -> new HashSet<>()).add(table.seated().key());
                    } else {
                        met.computeIfAbsent(table.seated().key(), k -> new HashSet<>()).add(visitor.key());
                    }
                }
            }
        }
        return met;
    }
}
