package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.EnglishExplanations;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.SpacePageTitles;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;
import org.tandem.mentoring.store.StaleVersionException;

/**
 * Rankings after a speed-mentoring event through the services: each person ranks exactly the people they met,
 * once the event is over, and sees only their own; coordinators see who has ranked and remind the rest once a
 * day; matching from the rankings stages explained pairs that publish like any run.
 */
public class SpeedRankingsTest extends PairingServicesFixture {

    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");

    private final SpeedEventRepository events = mock(SpeedEventRepository.class);
    private final SpeedRankingRepository store = mock(SpeedRankingRepository.class);
    private final Map<String, SpeedRanking> saved = new HashMap<>();
    private final Outbox outbox = mock(Outbox.class);
    private final ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators, transactions);
    private Instant now = NOW;
    private final HostPages hostPages = mock(HostPages.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final SpeedPlans plans = new SpeedPlans(gate, programmes, orgChart, pairings, users, participants,
            themes, settings, events, new SpacePageTitles(hostPages, i18n),
            new HostClock(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC))));
    private final SpeedRankings service = new SpeedRankings(gate, programmes, orgChart, pairings, users, events,
            store, plans, outbox, new WaitingLinks(i18n),
            new HostClock(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC))) {
                @Override
                public Instant now() {
                    return now;
                }
            });
    private final RankingRuns rankingRuns = new RankingRuns(gate, programmes, participants, themes, orgChart,
            pairings, users, settings, events, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Before
    public void setUpEvent() {
        SpeedEvent event = new SpeedEvent(1, 7, START, "Hall", 8, 3, 3, List.of(), true, 1);
        when(events.findById(anyInt())).thenReturn(Optional.empty());
        when(events.findById(1)).thenReturn(Optional.of(event));
        when(store.find(anyInt(), anyString())).thenAnswer(call -> Optional.ofNullable(
                saved.get(call.<String>getArgument(1))));
        when(store.findByEvent(1)).thenAnswer(call -> Map.copyOf(saved));
        when(store.save(any(), any())).thenAnswer(call -> {
            SpeedRanking r = call.getArgument(0);
            int version = saved.containsKey(r.personKey()) ? saved.get(r.personKey()).version() : 0;
            if (version != r.version()) {
                throw new StaleVersionException("speedRanking", 1, r.version());
            }
            SpeedRanking stored = new SpeedRanking(1, r.personKey(), r.ranked(), r.notPaired(), version + 1);
            saved.put(r.personKey(), stored);
            return stored;
        });
        when(outbox.send(anyString(), any(), any(), any())).thenReturn(Outbox.Sent.SENT);
    }

    private void rank(String person, List<String> order, Set<String> notPaired) {
        signIn(person);
        int version = service.mine(7, 1).version();
        service.save(7, 1, order, notPaired, version);
    }

    @Test
    public void mine_shouldListThePeopleMetAndKeepTheSavedOrderAndMarks() {
        signIn(MIA);
        SpeedRankings.Mine fresh = service.mine(7, 1);
        assertEquals(List.of(OLGA, PETE), fresh.people().stream().map(SpeedPlan.Person::key).sorted().toList());
        assertFalse(fresh.saved());
        assertTrue(fresh.open());

        SpeedRankings.Mine after = service.save(7, 1, List.of(PETE, OLGA), Set.of(OLGA), 0);

        assertEquals(List.of(PETE, OLGA), after.people().stream().map(SpeedPlan.Person::key).toList());
        assertEquals(Set.of(OLGA), after.notPaired());
        assertEquals(1, after.version());
        assertThrows(Refusal.Conflict.class, () -> service.save(7, 1, List.of(OLGA, PETE), Set.of(), 0));
    }

    @Test
    public void save_shouldTakeExactlyThePeopleMetAndOnlyAfterTheEvent() {
        signIn(MIA);
        assertThrows(Refusal.Invalid.class, () -> service.save(7, 1, List.of(PETE), Set.of(), 0));
        assertThrows(Refusal.Invalid.class, () -> service.save(7, 1, List.of(PETE, OLGA, BOSS), Set.of(), 0));
        assertThrows(Refusal.Invalid.class, () -> service.save(7, 1, List.of(PETE, PETE), Set.of(), 0));
        assertThrows(Refusal.Invalid.class, () -> service.save(7, 1, List.of(PETE, OLGA), Set.of(NOAH), 0));
        now = START.plusSeconds(60 * 23);
        assertThrows(Refusal.Conflict.class, () -> service.save(7, 1, List.of(PETE, OLGA), Set.of(), 0));
        assertTrue(saved.isEmpty());
    }

    @Test
    public void rankings_shouldBeTheirAuthorsOnlyAndTheStatusTheCoordinatorsOnly() {
        rank(MIA, List.of(PETE, OLGA), Set.of());

        signIn(NOAH);
        assertFalse(service.mine(7, 1).saved());
        signIn(CAROL);
        assertThrows(Refusal.Forbidden.class, () -> service.mine(7, 1));
        List<SpeedRankings.Status> status = service.status(7, 1);
        assertEquals(Map.of(MIA, true, NOAH, false, OLGA, false, PETE, false), status.stream().collect(
                java.util.stream.Collectors.toMap(SpeedRankings.Status::key, SpeedRankings.Status::ranked)));
        assertEquals("MIA", status.stream().filter(s -> s.key().equals(MIA)).findFirst().orElseThrow().name());
        for (String other : List.of(MIA, EVE, BOSS)) {
            signIn(other);
            assertThrows(Refusal.Forbidden.class, () -> service.status(7, 1));
            assertThrows(Refusal.Forbidden.class, () -> service.remind(7, 1));
            assertThrows(Refusal.Forbidden.class, () -> rankingRuns.run(7, 1, RankingRuns.Method.STABLE, false));
        }
        signIn(EVE);
        assertThrows(Refusal.Forbidden.class, () -> service.mine(7, 1));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.mine(7, 1));
        assertThrows(Refusal.NotFound.class, () -> service.status(7, 1));
        signIn(MIA);
        assertThrows(Refusal.NotFound.class, () -> service.mine(7, 2));
    }

    @Test
    public void remind_shouldMailTheRestOnceADayWithAKeyOfTheDay() {
        rank(MIA, List.of(PETE, OLGA), Set.of());
        signIn(CAROL);

        assertEquals(3, service.remind(7, 1));

        LocalDate day = LocalDate.of(2026, 11, 23);
        for (String person : List.of(NOAH, OLGA, PETE)) {
            verify(outbox).send(eq(SpeedRankings.JOB), eq(day), org.mockito.ArgumentMatchers.argThat(letter ->
                    letter.recipient().equals(person) && letter.lines().get(0).key().equals("speed-ranking:1:" + day)
                            && letter.lines().get(0).decision()), any());
        }
        verify(outbox, never()).send(anyString(), any(), org.mockito.ArgumentMatchers.argThat(
                letter -> letter.recipient().equals(MIA)), any());
        verify(outbox, times(3)).send(anyString(), any(), any(), any());
        now = START;
        assertThrows(Refusal.Conflict.class, () -> service.remind(7, 1));
    }

    @Test
    public void remind_shouldLinkToTheRankingsPageOrElseThePairingsPage() {
        when(i18n.getText("tandem.blueprint.page.pairings")).thenReturn("Pairings");
        signIn(CAROL);

        service.remind(7, 1);

        verify(outbox, times(4)).send(anyString(), any(), org.mockito.ArgumentMatchers.argThat(letter ->
                letter.lines().get(0).link().equals("/display/MENTOR/Pairings")), any());

        when(i18n.getText(SpeedPlans.RANKINGS_TITLE)).thenReturn("Speed-mentoring rankings");
        when(hostPages.pageByTitle("MENTOR", "Speed-mentoring rankings")).thenReturn(
                Optional.of(new HostPages.PageFacts(4242L, "MENTOR", 1L, "Speed-mentoring rankings")));
        now = now.plus(java.time.Duration.ofDays(1));

        service.remind(7, 1);

        verify(outbox, times(4)).send(anyString(), any(), org.mockito.ArgumentMatchers.argThat(letter ->
                letter.lines().get(0).link().equals("/pages/viewpage.action?pageId=4242")), any());
    }

    @Test
    public void run_shouldStageStablePairsExplainedByTheRankingsThatPublishLikeAnyRun() {
        rank(MIA, List.of(PETE, OLGA), Set.of());
        rank(NOAH, List.of(PETE, OLGA), Set.of());
        rank(OLGA, List.of(MIA, NOAH), Set.of());
        rank(PETE, List.of(NOAH, MIA), Set.of());
        signIn(CAROL);

        RunResult stable = rankingRuns.run(7, 1, RankingRuns.Method.STABLE, false);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE), pairsOf(stable.staged()));
        PairingView noah = byMentee(stable.staged(), NOAH);
        assertEquals("NOAH and PETE both ranked each other first", EnglishExplanations.format(noah.explanation()));
        assertEquals("MIA ranked OLGA 2nd; OLGA ranked MIA 1st",
                EnglishExplanations.format(byMentee(stable.staged(), MIA).explanation()));
        assertEquals(PairingState.STAGED, pairings.findById(noah.id()).orElseThrow().state());
        assertEquals(2, runs.publish(7).size());
    }

    @Test
    public void run_shouldLeaveOutWouldNotPairAndOneSidedRankingsAndRefuseWithoutRankings() {
        signIn(CAROL);
        assertThrows(Refusal.Conflict.class, () -> rankingRuns.run(7, 1, RankingRuns.Method.FIT, false));
        rank(MIA, List.of(PETE, OLGA), Set.of(PETE));
        rank(NOAH, List.of(PETE, OLGA), Set.of());
        rank(OLGA, List.of(MIA, NOAH), Set.of(NOAH));
        rank(PETE, List.of(MIA, NOAH), Set.of());
        signIn(CAROL);

        for (RankingRuns.Method method : RankingRuns.Method.values()) {
            RunResult result = rankingRuns.run(7, 1, method, false);
            assertEquals(method.name(), Map.of(MIA, OLGA, NOAH, PETE), pairsOf(result.staged()));
            assertEquals(2, pairings.all().size());
        }
    }

    @Test
    public void fit_shouldPreferTheBestTotalOverTheMenteesFavourites() {
        rank(MIA, List.of(PETE, OLGA), Set.of());
        rank(NOAH, List.of(PETE, OLGA), Set.of());
        rank(OLGA, List.of(NOAH, MIA), Set.of());
        rank(PETE, List.of(MIA, NOAH), Set.of());
        signIn(CAROL);

        RunResult fit = rankingRuns.run(7, 1, RankingRuns.Method.FIT, false);

        assertEquals(Map.of(MIA, PETE, NOAH, OLGA), pairsOf(fit.staged()));
        assertEquals(RankingRuns.points(1) * 2 + RankingRuns.points(2) + RankingRuns.points(1), fit.totalScore());
    }
}
