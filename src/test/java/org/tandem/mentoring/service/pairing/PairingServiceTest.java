package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

public class PairingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final String MIA = "mia";       // mentee: delegating, prioritising; reports to boss
    private static final String NOAH = "noah";     // mentee: presenting; reports to boss
    private static final String ZOE = "zoe";       // mentee outside the org chart
    private static final String OLGA = "olga";     // mentor, 2 places, Finance
    private static final String PETE = "pete";     // mentor, 1 place, Sales like mia and noah
    private static final String BOSS = "boss";     // mentor, but the manager of mia and noah
    private static final String CEO = "ceo";       // above everybody
    private static final String CAROL = "carol";   // coordinator
    private static final String EVE = "eve";       // may read the programme space, nothing more
    private static final String STRANGER = "stranger"; // may not even read the space

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final InMemoryPairings pairings = new InMemoryPairings();
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final PairingService service = new PairingService(programmes, participants, themes, orgChart, pairings,
            users, spaces, coordinators, transactions, new MatchingEngine(), Clock.fixed(NOW, ZoneOffset.UTC));

    private Programme programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, false);
    private final List<Participant> approved = new ArrayList<>();
    private final Map<String, OrgPerson> chart = new HashMap<>();

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(
                call -> pairings.inTransaction(((TransactionCallback<Object>) call.getArgument(0))::doInTransaction));
        when(programmes.findById(7)).thenAnswer(call -> Optional.of(programme));
        when(programmes.findAll()).thenAnswer(call -> List.of(programme));
        when(spaces.canView(anyString(), eq("MENTOR"))).thenAnswer(call -> !STRANGER.equals(call.getArgument(0)));
        when(coordinators.coordinates(eq(CAROL), any())).thenReturn(true);
        when(themes.findAvailableTo(7)).thenReturn(List.of(
                new LearningTheme(1, 1, null, "struggling", "Delegating"),
                new LearningTheme(2, 1, null, "struggling", "Prioritising"),
                new LearningTheme(3, 1, 7, "capable-of-more", "Presenting")));
        for (String key : List.of(MIA, NOAH, ZOE, OLGA, PETE, BOSS, CEO, CAROL, EVE, STRANGER)) {
            when(users.exists(key)).thenReturn(true);
            when(users.displayName(key)).thenReturn(key.toUpperCase());
        }
        person(CEO, null, "Board", 9);
        person(BOSS, CEO, "Sales", 6);
        person(MIA, BOSS, "Sales", 3);
        person(NOAH, BOSS, "Sales", 3);
        person(OLGA, CEO, "Finance", 7);
        person(PETE, CEO, "Sales", 5);
        OrgChartStubs.answerFrom(orgChart, chart);
        when(participants.findByProgrammeAndState(7, ParticipantState.APPROVED)).thenAnswer(call -> approved);
        when(participants.findByProgrammeAndRole(7, ParticipantRole.MENTEE)).thenAnswer(call -> approved.stream()
                .filter(p -> p.role() == ParticipantRole.MENTEE).toList());
        mentee(MIA, 1, 2);
        mentee(NOAH, 3);
        mentor(OLGA, 2, 1, 2);
        mentor(PETE, 1, 3);
        mentor(BOSS, 1, 1, 2, 3);
    }

    // ------------------------------------------------------------------ run

    @Test
    public void run_shouldStageTheEnginesProposalsWithScoreAndExplanation() {
        signIn(CAROL);

        RunResult result = service.run(7);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE), pairsOf(result.staged()));
        PairingView mia = byMentee(result.staged(), MIA);
        assertEquals(PairingState.STAGED, mia.state());
        assertEquals(Audience.COORDINATOR, mia.audience());
        assertTrue(mia.score() > 0);
        assertEquals(mia.score().intValue(), mia.breakdown().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("tandem.matching.reason.themes", mia.explanation().parts().get(0).key());
        assertEquals(List.of(), result.unmatchedMentees());
        assertEquals(List.of(PairingEventType.STAGED, PairingEventType.STAGED),
                pairings.findProgrammeEvents(7).stream().map(PairingEvent::type).toList());
        assertEquals(CAROL, pairings.findProgrammeEvents(7).get(0).actorKey());
    }

    @Test
    public void run_shouldNeverOfferAMenteeAnyoneInTheLineOfAuthority() {
        approved.removeIf(p -> p.userKey().equals(OLGA) || p.userKey().equals(PETE));
        mentor(CEO, 3, 1, 2, 3);
        signIn(CAROL);

        RunResult result = service.run(7);

        assertEquals(List.of(), result.staged());
        assertEquals(Set.of(MIA, NOAH), Set.copyOf(result.unmatchedMentees()));
    }

    @Test
    public void run_shouldLeaveOutPairedMenteesAndPlacesAlreadyHeld() {
        signIn(CAROL);
        publishAll(service.run(7));
        approved.removeIf(p -> p.userKey().equals(BOSS));
        mentee(ZOE, 1);
        mentee("yan", 3);

        RunResult again = service.run(7);

        // mia and noah are taken; pete's only place is held, olga has one of two left
        assertEquals(Map.of(ZOE, OLGA), pairsOf(again.staged()));
        assertEquals(List.of("yan"), again.unmatchedMentees());
    }

    @Test
    public void run_shouldReplaceTheStagedPairingsOfTheRunBefore() {
        signIn(CAROL);
        service.run(7);

        service.run(7);

        assertEquals(2, pairings.all().size());
    }

    @Test
    public void run_shouldAskForAJuniorMentorInReverseProgrammes() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.REVERSE, false);
        approved.clear();
        mentee(CEO, 1);
        mentor(MIA, 1, 1);
        mentor(OLGA, 1, 1);
        person(ZOE, null, "Sales", 8);
        signIn(CAROL);

        RunResult result = service.run(7);

        // mia and olga both report to ceo, at lower levels; neither may be above him, so both are allowed
        assertEquals(1, result.staged().size());
        assertTrue(Set.of(MIA, OLGA).contains(result.staged().get(0).mentorKey()));
    }

    @Test
    public void run_shouldBeRefusedOutsideMatchingAndRunning() {
        programme = programme(ProgrammePhase.ENROLMENT_OPEN, ProgrammeType.ONE_TO_ONE, false);
        signIn(CAROL);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> service.run(7));

        assertEquals(PairingRefusals.PHASE, e.messageKey());
        assertTrue(pairings.all().isEmpty());
    }

    @Test
    public void run_shouldBeForbiddenToSomebodyWhoOnlyReadsTheSpaceAndNotFoundToOthers() {
        signIn(EVE);
        assertThrows(Refusal.Forbidden.class, () -> service.run(7));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.run(7));
        assertTrue(pairings.all().isEmpty());
    }

    // ------------------------------------------------------------------ adjust

    @Test
    public void add_shouldNeverOverrideAHardRuleEvenWithAReason() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.add(7, MIA, BOSS, "They get on so well"));

        assertEquals("tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY", e.fieldErrors().get("mentorKey").key());
        assertTrue(pairings.all().isEmpty());
    }

    @Test
    public void add_shouldRefuseAnExcludedMentor() {
        approved.removeIf(p -> p.userKey().equals(MIA));
        approved.add(participant(MIA, ParticipantRole.MENTEE, 1, List.of(1)).withPeople(List.of(), List.of(OLGA)));
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.add(7, MIA, OLGA, "Please"));

        assertEquals("tandem.pairing.error.hard.EXCLUDED_BY_MENTEE", e.fieldErrors().get("mentorKey").key());
    }

    @Test
    public void add_shouldRequireAReasonForSoftWarningsAndKeepIt() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class, () -> service.add(7, MIA, PETE,
                " "));
        PairingView added = service.add(7, MIA, PETE, "Pete asked to mentor a colleague from his own team");

        assertEquals("tandem.pairing.error.reason.warnings", e.fieldErrors().get("reason").key());
        assertEquals(EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), added.warnings());
        assertEquals("Pete asked to mentor a colleague from his own team", added.reason());
        PairingEvent logged = pairings.findEvents(added.id()).get(0);
        assertEquals(PairingEventType.ADDED, logged.type());
        assertEquals("Pete asked to mentor a colleague from his own team", logged.detail());
    }

    @Test
    public void add_shouldStageAPairWithoutWarningsWithoutAReason() {
        signIn(CAROL);

        PairingView added = service.add(7, MIA, OLGA, null);

        assertEquals(PairingState.STAGED, added.state());
        assertEquals(Set.of(), added.warnings());
        assertNull(added.reason());
    }

    @Test
    public void add_shouldRefuseAMentorWithoutAPlaceLeftAndAMenteeAlreadyPaired() {
        signIn(CAROL);
        service.add(7, NOAH, PETE, "Same team, both asked for it");
        mentee(ZOE, 3);

        Refusal.Invalid full = assertThrows(Refusal.Invalid.class,
                () -> service.add(7, ZOE, PETE, "x"));
        Refusal.Invalid paired = assertThrows(Refusal.Invalid.class,
                () -> service.add(7, NOAH, OLGA, "x"));

        assertEquals("tandem.pairing.error.mentor.full", full.fieldErrors().get("mentorKey").key());
        assertEquals("tandem.pairing.error.mentee.paired", paired.fieldErrors().get("menteeKey").key());
    }

    @Test
    public void add_shouldRefuseSomebodyWhoIsNotAnApprovedParticipant() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.add(7, EVE, CEO, null));

        assertEquals(Set.of("menteeKey", "mentorKey"), e.fieldErrors().keySet());
    }

    @Test
    public void swap_shouldExchangeTheMentorsAndScoreBothPairsAfresh() {
        signIn(CAROL);
        Map<String, PairingView> staged = byMentee(service.run(7).staged());
        PairingView mia = staged.get(MIA);
        PairingView noah = staged.get(NOAH);

        List<PairingView> swapped = service.swap(7, mia.id(), mia.version(), noah.id(), noah.version(),
                "Trying the other way round");

        assertEquals(Map.of(MIA, PETE, NOAH, OLGA), pairsOf(swapped));
        assertTrue(byMentee(swapped, MIA).warnings().contains(PairingWarning.SAME_DEPARTMENT));
        assertEquals(2, pairings.findProgrammeEvents(7).stream()
                .filter(e -> e.type() == PairingEventType.SWAPPED).count());
    }

    @Test
    public void swap_shouldRefuseWhenANewPairWouldBreakAHardRule() {
        signIn(CAROL);
        PairingView mia = service.add(7, MIA, OLGA, null);
        approved.removeIf(p -> p.userKey().equals(BOSS));
        mentor(BOSS, 1, 3);
        mentee(ZOE, 3);
        PairingView zoe = service.add(7, ZOE, BOSS, null);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.swap(7, mia.id(), mia.version(), zoe.id(), zoe.version(), "Because"));

        assertEquals("tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY", e.fieldErrors().get("second").key());
        assertEquals(OLGA, pairings.findById(mia.id()).orElseThrow().mentorKey());
    }

    @Test
    public void remove_shouldDeleteAStagedPairingButNotAPublishedOne() {
        signIn(CAROL);
        PairingView staged = service.add(7, MIA, OLGA, null);
        PairingView other = service.add(7, NOAH, PETE, "Same team, both asked for it");
        service.remove(staged.id(), staged.version());
        service.publish(7);

        assertTrue(pairings.findById(staged.id()).isEmpty());
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.remove(other.id(), other.version() + 1));
        assertEquals(PairingRefusals.STATE, e.messageKey());
    }

    // ------------------------------------------------------------------ publish

    @Test
    public void publish_shouldProposeToThePairWithTheManagerAskedOrTheStepSkipped() {
        mentee(ZOE, 1);
        signIn(CAROL);
        service.add(7, MIA, OLGA, null);
        service.add(7, ZOE, OLGA, "Asked for it");

        Map<String, PairingView> published = byMentee(service.publish(7));

        assertEquals(PairingState.PROPOSED, published.get(MIA).state());
        assertEquals(BOSS, published.get(MIA).managerKey());
        assertEquals(Consent.PENDING, published.get(MIA).consents().get(Party.MANAGER));
        assertNull(published.get(ZOE).managerKey());
        assertEquals(Consent.SKIPPED, published.get(ZOE).consents().get(Party.MANAGER));
        assertEquals(Consent.NOT_REQUIRED, published.get(ZOE).consents().get(Party.SPONSOR));
        List<PairingEventType> zoeLog = pairings.findEvents(published.get(ZOE).id()).stream()
                .map(PairingEvent::type).toList();
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MANAGER_SKIPPED),
                zoeLog);
    }

    @Test
    public void publish_shouldPublishNothingWhenTheOrgChartChangedIntoAHardRule() {
        signIn(CAROL);
        service.run(7);
        person(BOSS, OLGA, "Sales", 6); // olga is now above mia and noah

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> service.publish(7));

        assertEquals(PairingRefusals.PUBLISH, e.messageKey());
        assertTrue(pairings.all().stream().allMatch(p -> p.state() == PairingState.STAGED));
    }

    @Test
    public void publish_shouldRefuseWithNothingStaged() {
        signIn(CAROL);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> service.publish(7));

        assertEquals(PairingRefusals.NOTHING_STAGED, e.messageKey());
    }

    // ------------------------------------------------------------------ org chart reads

    @Test
    public void run_shouldReadTheWholeOrganisationOnce() {
        signIn(CAROL);

        service.run(7);

        verify(orgChart, times(1)).whole();
        verify(orgChart, never()).snapshot(anyCollection());
    }

    @Test
    public void add_shouldReadOnlyThePairItJudgesFromTheOrgChart() {
        signIn(CAROL);

        service.add(7, MIA, OLGA, null);

        assertEquals(Set.of(MIA, OLGA), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
    }

    @Test
    public void swap_shouldReadOnlyTheFourPeopleItJudgesFromTheOrgChart() {
        signIn(CAROL);
        Map<String, PairingView> staged = byMentee(service.run(7).staged());
        PairingView mia = staged.get(MIA);
        PairingView noah = staged.get(NOAH);
        clearInvocations(orgChart);

        service.swap(7, mia.id(), mia.version(), noah.id(), noah.version(), "Trying the other way round");

        assertEquals(Set.of(MIA, NOAH, mia.mentorKey(), noah.mentorKey()), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
    }

    @Test
    public void publish_shouldReadTheOrgChartOnceForAllStagedPairings() {
        mentee(ZOE, 1);
        signIn(CAROL);
        service.add(7, MIA, OLGA, null);
        service.add(7, NOAH, PETE, "Same team, both asked for it");
        service.add(7, ZOE, OLGA, "Asked for it");
        clearInvocations(orgChart);

        service.publish(7);

        assertEquals(Set.of(MIA, NOAH, ZOE, OLGA, PETE), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
        verify(orgChart, never()).findByUserKey(anyString());
        verify(orgChart, never()).findByUserKeys(anyCollection());
    }

    /** The keys of the one snapshot read since the last clear; fails when there was not exactly one. */
    @SuppressWarnings("unchecked")
    private Collection<String> snapshotAsked() {
        ArgumentCaptor<Collection<String>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(orgChart, times(1)).snapshot(asked.capture());
        return asked.getValue();
    }

    // ------------------------------------------------------------------ consent

    @Test
    public void answer_shouldActivateOnceMenteeMentorAndManagerAreIn() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        PairingView afterMia = service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        signIn(OLGA);
        PairingView afterOlga = service.answer(proposed.id(), afterMia.version(), ConsentAnswer.ACCEPT, null);
        signIn(BOSS);
        PairingView afterBoss = service.answer(proposed.id(), afterOlga.version(), ConsentAnswer.ACKNOWLEDGE, null);

        assertEquals(PairingState.PROPOSED, afterOlga.state());
        assertEquals(PairingState.ACTIVE, afterBoss.state());
        assertEquals(1, pairings.seatsTaken(7, OLGA));
        List<PairingEvent> log = pairings.findEvents(proposed.id());
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MENTEE_ACCEPTED,
                PairingEventType.MENTOR_ACCEPTED, PairingEventType.MANAGER_ACKNOWLEDGED, PairingEventType.ACTIVATED),
                log.stream().map(PairingEvent::type).toList());
        assertEquals(List.of(CAROL, CAROL, MIA, OLGA, BOSS, BOSS), log.stream().map(PairingEvent::actorKey).toList());
        assertTrue(log.stream().allMatch(e -> e.at().equals(NOW)));
    }

    @Test
    public void answer_shouldWaitForTheSponsorWhereTheProgrammeAsksAndNotLetThePairApprove() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, true);
        when(coordinators.coordinates(eq(MIA), any())).thenReturn(true); // mia coordinates too
        PairingView proposed = proposeMiaWithOlga();
        PairingView accepted = acceptAll(proposed);

        signIn(MIA);
        assertThrows(Refusal.Forbidden.class,
                () -> service.answer(proposed.id(), accepted.version(), ConsentAnswer.APPROVE, null));
        signIn(CAROL);
        PairingView approved = service.answer(proposed.id(), accepted.version(), ConsentAnswer.APPROVE, null);

        assertEquals(PairingState.PROPOSED, accepted.state());
        assertEquals(PairingState.ACTIVE, approved.state());
        assertEquals(Consent.GIVEN, approved.consents().get(Party.SPONSOR));
        assertEquals(CAROL, pairings.findById(proposed.id()).orElseThrow().sponsorKey());
    }

    @Test
    public void answer_shouldDeclineAndFreeBothPeopleForTheNextRun() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(OLGA);
        PairingView declined = service.answer(proposed.id(), proposed.version(), ConsentAnswer.DECLINE,
                "Not the right time for me");
        signIn(CAROL);
        RunResult next = service.run(7);

        assertEquals(PairingState.DECLINED, declined.state());
        assertEquals("Not the right time for me", declined.endReason());
        assertTrue(pairsOf(next.staged()).containsKey(MIA));
        assertEquals(PairingEventType.MENTOR_DECLINED, pairings.findEvents(proposed.id()).get(2).type());
    }

    @Test
    public void answer_shouldBeAConflictOnAStaleVersionAndWriteNothing() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);

        signIn(OLGA);
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.STALE, e.messageKey());
        assertEquals(Consent.PENDING, pairings.findById(proposed.id()).orElseThrow().mentorConsent());
    }

    @Test
    public void answer_shouldLetEachPartyAnswerOnlyForThemself() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));
        signIn(MIA);
        assertThrows(Refusal.Forbidden.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACKNOWLEDGE, null));
        signIn(CAROL);
        assertThrows(Refusal.Forbidden.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.APPROVE, null));
        signIn(EVE);
        assertThrows(Refusal.NotFound.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));
        assertEquals(proposed.version(), pairings.findById(proposed.id()).orElseThrow().version());
    }

    @Test
    public void answer_shouldBeAConflictWhenTheMentorHasNoPlaceLeft() {
        approved.removeIf(p -> p.userKey().equals(PETE));
        mentor(PETE, 1, 1, 2, 3);
        signIn(CAROL);
        service.add(7, MIA, PETE, "x");
        service.publish(7);
        PairingView mia = byMentee(service.list(7, PairingState.PROPOSED, null), MIA);
        acceptAll(mia);
        mentee(ZOE, 3);
        approved.removeIf(p -> p.userKey().equals(PETE));
        mentor(PETE, 2, 1, 2, 3); // pete offers a second place; publish records it ...
        signIn(CAROL);
        service.add(7, ZOE, PETE, "x");
        service.publish(7);
        pairings.reserveSeats(7, Map.of(PETE, 1)); // ... and then takes it back
        PairingView zoe = byMentee(service.list(7, PairingState.PROPOSED, null), ZOE);
        signIn(ZOE);
        PairingView zoeSaidYes = service.answer(zoe.id(), zoe.version(), ConsentAnswer.ACCEPT, null);

        signIn(PETE);
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.answer(zoe.id(), zoeSaidYes.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.MENTOR_FULL, e.messageKey());
        assertEquals(PairingState.PROPOSED, pairings.findById(zoe.id()).orElseThrow().state());
    }

    @Test
    public void answer_shouldRunAgainWhenAConcurrentStepTookTheMentorsPlaceFirst() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        pairings.contentions = 2;

        PairingView answered = service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);

        assertEquals(Consent.GIVEN, answered.consents().get(Party.MENTEE));
        assertEquals(0, pairings.contentions);
    }

    @Test
    public void answer_shouldBeAConflictWhenTheRaceForAPlaceIsLostAgainAndAgain() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        pairings.contentions = 50;

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.STALE, e.messageKey());
        assertEquals(Consent.PENDING, pairings.findById(proposed.id()).orElseThrow().menteeConsent());
    }

    // ------------------------------------------------------------------ end

    @Test
    public void end_shouldEndAnActivePairingWithAReasonAndGiveThePlaceBack() {
        PairingView active = acceptAll(proposeMiaWithOlga());
        signIn(MIA);

        Refusal.Invalid noReason = assertThrows(Refusal.Invalid.class,
                () -> service.end(active.id(), active.version(), " "));
        PairingView ended = service.end(active.id(), active.version(), "We covered what I needed");

        assertEquals("tandem.pairing.error.reason.required", noReason.fieldErrors().get("reason").key());
        assertEquals(PairingState.ENDED, ended.state());
        assertEquals("We covered what I needed", ended.endReason());
        assertEquals(0, pairings.seatsTaken(7, OLGA));
        signIn(CAROL);
        assertTrue(pairsOf(service.run(7).staged()).containsKey(MIA));
    }

    @Test
    public void end_shouldBeForbiddenToTheManagerAndACoordinator() {
        PairingView active = acceptAll(proposeMiaWithOlga());

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class, () -> service.end(active.id(), active.version(), "x"));
        signIn(CAROL);
        assertThrows(Refusal.Forbidden.class, () -> service.end(active.id(), active.version(), "x"));
        signIn(NOAH);
        assertThrows(Refusal.NotFound.class, () -> service.end(active.id(), active.version(), "x"));
    }

    // ------------------------------------------------------------------ visibility

    @Test
    public void list_shouldShowCoordinatorsEverythingWithScoresAndWarnings() {
        signIn(CAROL);
        service.run(7);
        mentee(ZOE, 1);
        service.add(7, ZOE, OLGA, "Asked for it");

        List<PairingView> all = service.list(7, null, null);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE, ZOE, OLGA), pairsOf(all));
        assertTrue(all.stream().allMatch(v -> v.audience() == Audience.COORDINATOR && v.score() != null));
    }

    @Test
    public void list_shouldShowAParticipantOnlyTheirOwnPublishedPairingWithoutScore() {
        signIn(CAROL);
        service.add(7, MIA, OLGA, null);
        service.publish(7);
        service.add(7, NOAH, PETE, "Same team, both asked for it"); // staged: invisible to the pair

        signIn(MIA);
        List<PairingView> mine = service.list(7, null, null);
        signIn(NOAH);
        List<PairingView> noahs = service.list(7, null, null);

        assertEquals(1, mine.size());
        PairingView view = mine.get(0);
        assertEquals(Audience.PARTICIPANT, view.audience());
        assertNull(view.score());
        assertEquals(Map.of(), view.breakdown());
        assertNull(view.managerKey());
        assertEquals(Set.of(PairingAction.ACCEPT, PairingAction.DECLINE), view.actions());
        assertEquals(List.of(), noahs);
    }

    @Test
    public void get_shouldShowTheManagerOnlyThatTheReportIsPairedAndTheAcknowledgement() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(BOSS);

        PairingView seen = service.get(proposed.id());

        assertEquals(Audience.MANAGER, seen.audience());
        assertEquals(MIA, seen.menteeKey());
        assertNull(seen.mentorKey());
        assertNull(seen.score());
        assertNull(seen.explanation());
        assertEquals(Map.of(Party.MANAGER, Consent.PENDING), seen.consents());
        assertEquals(Set.of(PairingAction.ACKNOWLEDGE), seen.actions());
        assertFalse(seen.names().containsKey(OLGA));
    }

    @Test
    public void get_shouldBeNotFoundForEverybodyElseAndForStagedPairingsOfThePair() {
        signIn(CAROL);
        PairingView staged = service.add(7, MIA, OLGA, null);

        for (String outsider : List.of(MIA, OLGA, BOSS, EVE, NOAH, STRANGER)) {
            signIn(outsider);
            assertThrows(outsider, Refusal.NotFound.class, () -> service.get(staged.id()));
        }
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.list(7, null, null));
    }

    @Test
    public void list_shouldFilterByStateAndByTheMenteesTheme() {
        signIn(CAROL);
        service.add(7, MIA, OLGA, null);
        service.publish(7);
        service.add(7, NOAH, PETE, "Same team, both asked for it");

        assertEquals(List.of(NOAH), menteesOf(service.list(7, PairingState.STAGED, null)));
        assertEquals(List.of(MIA), menteesOf(service.list(7, null, 2)));
        assertEquals(List.of(NOAH), menteesOf(service.list(7, null, 3)));
        assertEquals(List.of(), menteesOf(service.list(7, PairingState.ACTIVE, 3)));
    }

    @Test
    public void awaitingMe_shouldListWhatWaitsForEachPerson() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, true);
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        assertEquals(List.of(proposed.id()), idsOf(service.awaitingMe()));
        signIn(BOSS);
        assertEquals(List.of(proposed.id()), idsOf(service.awaitingMe()));
        assertEquals(Audience.MANAGER, service.awaitingMe().get(0).audience());
        signIn(CAROL);
        assertEquals(List.of(proposed.id()), idsOf(service.awaitingMe()));
        signIn(EVE);
        assertEquals(List.of(), idsOf(service.awaitingMe()));
        signIn(MIA);
        service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        assertEquals(List.of(), idsOf(service.awaitingMe()));
    }

    @Test
    public void boardForSpace_shouldGiveEachPersonTheirOwnBoard() {
        when(programmes.findBySpaceKey("MENTOR")).thenAnswer(call -> Optional.of(programme));
        PairingView proposed = proposeMiaWithOlga();

        signIn(CAROL);
        PairingBoard coordinator = service.boardForSpace("MENTOR").orElseThrow();
        signIn(MIA);
        PairingBoard mia = service.boardForSpace("MENTOR").orElseThrow();
        signIn(EVE);
        PairingBoard eve = service.boardForSpace("MENTOR").orElseThrow();

        assertTrue(coordinator.coordinator());
        assertTrue(coordinator.matchingOpen());
        assertEquals(List.of(proposed.id()), idsOf(coordinator.pairings()));
        assertFalse(mia.coordinator());
        assertEquals(List.of(proposed.id()), idsOf(mia.awaitingMe()));
        assertEquals(Audience.PARTICIPANT, mia.pairings().get(0).audience());
        assertEquals(List.of(), eve.pairings());
    }

    @Test
    public void boardForSpace_shouldBeEmptyForASpaceTheViewerCannotSeeOrWithoutProgramme() {
        when(programmes.findBySpaceKey("MENTOR")).thenAnswer(call -> Optional.of(programme));
        when(programmes.findBySpaceKey("EMPTY")).thenReturn(Optional.empty());
        when(spaces.canView(anyString(), eq("EMPTY"))).thenReturn(true);

        signIn(STRANGER);
        assertTrue(service.boardForSpace("MENTOR").isEmpty());
        signIn(CAROL);
        assertTrue(service.boardForSpace("EMPTY").isEmpty());
        assertTrue(service.boardForSpace(null).isEmpty());
    }

    @Test
    public void history_shouldBeForCoordinatorsOnly() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        assertThrows(Refusal.Forbidden.class, () -> service.history(7));
        signIn(CAROL);
        assertEquals(2, service.history(7).size());
        assertEquals(proposed.id(), service.history(7).get(0).pairingId());
    }

    @Test
    public void anyCall_shouldBeForbiddenWithoutASignedInUser() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> service.list(7, null, null));
        assertThrows(Refusal.Forbidden.class, () -> service.awaitingMe());
    }

    // ------------------------------------------------------------------ helpers

    private PairingView proposeMiaWithOlga() {
        signIn(CAROL);
        service.add(7, MIA, OLGA, null);
        return byMentee(service.publish(7), MIA);
    }

    /** Mentee, mentor and manager say yes. */
    private PairingView acceptAll(PairingView proposed) {
        signIn(proposed.menteeKey());
        PairingView view = service.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        Pairing stored = pairings.findById(proposed.id()).orElseThrow();
        signIn(stored.mentorKey());
        view = service.answer(proposed.id(), view.version(), ConsentAnswer.ACCEPT, null);
        if (stored.managerKey() != null) {
            signIn(stored.managerKey());
            view = service.answer(proposed.id(), view.version(), ConsentAnswer.ACKNOWLEDGE, null);
        }
        return view;
    }

    private void publishAll(RunResult result) {
        assertFalse(result.staged().isEmpty());
        service.publish(7);
    }

    private void signIn(String userKey) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
    }

    private void person(String key, String manager, String department, int level) {
        chart.put(key, OrgPerson.of(key, manager, department, level));
    }

    private void mentee(String key, Integer... themeIds) {
        approved.add(participant(key, ParticipantRole.MENTEE, 1, List.of(themeIds)));
    }

    private void mentor(String key, int capacity, Integer... themeIds) {
        approved.add(participant(key, ParticipantRole.MENTOR, capacity, List.of(themeIds)));
    }

    private static Participant participant(String key, ParticipantRole role, int capacity, List<Integer> themeIds) {
        return new Participant(key.hashCode() & 0xffff, 1, 7, key, role, themeIds, capacity, null, null, "en", null,
                List.of(), List.of(), ParticipantState.APPROVED, CAROL, NOW);
    }

    private static Programme programme(ProgrammePhase phase, ProgrammeType type, boolean sponsor) {
        return new Programme(7, 1, "Leaders", "MENTOR", type, null, null, null, 12, Cadence.MONTHLY, null, true,
                sponsor, phase);
    }

    private static Map<String, String> pairsOf(List<PairingView> views) {
        return views.stream().collect(Collectors.toMap(PairingView::menteeKey, PairingView::mentorKey));
    }

    private static Map<String, PairingView> byMentee(List<PairingView> views) {
        return views.stream().collect(Collectors.toMap(PairingView::menteeKey, Function.identity()));
    }

    private static PairingView byMentee(List<PairingView> views, String mentee) {
        return byMentee(views).get(mentee);
    }

    private static List<String> menteesOf(List<PairingView> views) {
        return views.stream().map(PairingView::menteeKey).toList();
    }

    private static List<Integer> idsOf(List<PairingView> views) {
        return views.stream().map(PairingView::id).toList();
    }
}
