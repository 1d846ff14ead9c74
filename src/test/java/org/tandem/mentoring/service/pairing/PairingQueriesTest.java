package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;

/** Who sees which pairings, and how much of each. */
public class PairingQueriesTest extends PairingServicesFixture {

    @Test
    public void list_shouldShowCoordinatorsEverythingWithScoresAndWarnings() {
        signIn(CAROL);
        runs.run(7);
        mentee(ZOE, 1);
        runs.add(7, ZOE, OLGA, "Asked for it");

        List<PairingView> all = queries.list(7, null, null);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE, ZOE, OLGA), pairsOf(all));
        assertTrue(all.stream().allMatch(v -> v.audience() == Audience.COORDINATOR && v.score() != null));
    }

    @Test
    public void list_shouldShowAParticipantOnlyTheirOwnPublishedPairingWithoutScore() {
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.publish(7);
        runs.add(7, NOAH, PETE, "Same team, both asked for it"); // staged: invisible to the pair

        signIn(MIA);
        List<PairingView> mine = queries.list(7, null, null);
        signIn(NOAH);
        List<PairingView> noahs = queries.list(7, null, null);

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

        PairingView seen = queries.get(proposed.id());

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
    public void get_shouldNotShowTheManagerADeclinedOrEndedPairing() {
        PairingView declined = proposeMiaWithOlga();
        signIn(OLGA);
        consents.answer(declined.id(), declined.version(), ConsentAnswer.DECLINE, "No time");
        signIn(BOSS);

        assertThrows(Refusal.NotFound.class, () -> queries.get(declined.id()));
        assertEquals(List.of(), queries.list(7, null, null));
        assertEquals(List.of(), queries.list(7, PairingState.DECLINED, null));
    }

    @Test
    public void get_shouldBeNotFoundForEverybodyElseAndForStagedPairingsOfThePair() {
        signIn(CAROL);
        PairingView staged = runs.add(7, MIA, OLGA, null);

        for (String outsider : List.of(MIA, OLGA, BOSS, EVE, NOAH, STRANGER)) {
            signIn(outsider);
            assertThrows(outsider, Refusal.NotFound.class, () -> queries.get(staged.id()));
        }
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> queries.list(7, null, null));
    }

    @Test
    public void list_shouldRefuseTheThemeFilterToEverybodyButCoordinators() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(OLGA);
        consents.answer(proposed.id(), proposed.version(), ConsentAnswer.DECLINE, "No time");

        for (String viewer : List.of(OLGA, MIA, BOSS)) {
            signIn(viewer);
            for (int theme : List.of(2, 3, 99)) {
                Refusal.Forbidden e = assertThrows(viewer, Refusal.Forbidden.class,
                        () -> queries.list(7, null, theme));
                assertEquals("tandem.pairing.error.forbidden.theme-filter", e.messageKey());
            }
        }
        signIn(OLGA);
        assertEquals(List.of(MIA), menteesOf(queries.list(7, null, null)));
        signIn(CAROL);
        assertEquals(List.of(MIA), menteesOf(queries.list(7, null, 2)));
    }

    @Test
    public void list_shouldFilterByStateAndByTheMenteesTheme() {
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.publish(7);
        runs.add(7, NOAH, PETE, "Same team, both asked for it");

        assertEquals(List.of(NOAH), menteesOf(queries.list(7, PairingState.STAGED, null)));
        assertEquals(List.of(MIA), menteesOf(queries.list(7, null, 2)));
        assertEquals(List.of(NOAH), menteesOf(queries.list(7, null, 3)));
        assertEquals(List.of(), menteesOf(queries.list(7, PairingState.ACTIVE, 3)));
    }

    @Test
    public void awaitingMe_shouldListWhatWaitsForEachPerson() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, true);
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        assertEquals(List.of(proposed.id()), idsOf(queries.awaitingMe()));
        signIn(BOSS);
        assertEquals(List.of(proposed.id()), idsOf(queries.awaitingMe()));
        assertEquals(Audience.MANAGER, queries.awaitingMe().get(0).audience());
        signIn(CAROL);
        assertEquals(List.of(proposed.id()), idsOf(queries.awaitingMe()));
        signIn(EVE);
        assertEquals(List.of(), idsOf(queries.awaitingMe()));
        signIn(MIA);
        consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        assertEquals(List.of(), idsOf(queries.awaitingMe()));
    }

    @Test
    public void boardForSpace_shouldGiveEachPersonTheirOwnBoard() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        PairingView proposed = proposeMiaWithOlga();

        signIn(CAROL);
        PairingBoard coordinator = queries.boardForSpace("MENTOR").orElseThrow();
        signIn(MIA);
        PairingBoard mia = queries.boardForSpace("MENTOR").orElseThrow();
        signIn(EVE);
        PairingBoard eve = queries.boardForSpace("MENTOR").orElseThrow();

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
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        when(programmes.findBySpace("EMPTY", 0L)).thenReturn(Optional.empty());
        when(spaces.canView(anyString(), eq("EMPTY"))).thenReturn(true);

        signIn(STRANGER);
        assertTrue(queries.boardForSpace("MENTOR").isEmpty());
        signIn(CAROL);
        assertTrue(queries.boardForSpace("EMPTY").isEmpty());
        assertTrue(queries.boardForSpace(null).isEmpty());
    }

    @Test
    public void anyCall_shouldBeForbiddenWithoutASignedInUser() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> queries.list(7, null, null));
        assertThrows(Refusal.Forbidden.class, () -> queries.awaitingMe());
    }

    @Test
    public void awaitingMe_shouldListOwnPairingsFirstThenReportsWithoutReadingEveryProgramme() {
        mentee(ZOE, 1);
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.publish(7);
        runs.add(7, ZOE, BOSS, "Asked for it");
        runs.publish(7);
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        Map<String, PairingView> proposed = byMentee(queries.list(7, PairingState.PROPOSED, null));
        signIn(BOSS);

        List<PairingView> waiting = queries.awaitingMe();
        PairingBoard board = queries.boardForSpace("MENTOR").orElseThrow();

        // boss mentors zoe and is mia's manager: his own pairing comes first, though it is the newer one
        List<Integer> expected = List.of(proposed.get(ZOE).id(), proposed.get(MIA).id());
        assertEquals(expected, idsOf(waiting));
        assertEquals(List.of(Audience.PARTICIPANT, Audience.MANAGER), waiting.stream().map(PairingView::audience)
                .toList());
        assertEquals(expected, idsOf(board.awaitingMe()));
        assertEquals(List.of(proposed.get(MIA).id(), proposed.get(ZOE).id()), idsOf(board.pairings()));
        verify(programmes, never()).findAll();
    }

    @Test
    public void awaitingMe_shouldLeaveOutSponsorApprovalsOnceTheProgrammeNoLongerAsksForThem() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, true);
        PairingView proposed = proposeMiaWithOlga();
        signIn(CAROL);
        assertEquals(List.of(proposed.id()), idsOf(queries.awaitingMe()));

        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, false);

        assertEquals(List.of(), queries.awaitingMe());
        assertEquals(Set.of(PairingAction.APPROVE, PairingAction.DECLINE), queries.get(proposed.id()).actions());
    }

    @Test
    public void boardForSpace_shouldAskForEachNameAndTheCoordinatorCheckOnce() {
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
        mentee(ZOE, 1);
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.add(7, ZOE, OLGA, "Asked for it");
        clearInvocations(users, coordinators);

        PairingBoard board = queries.boardForSpace("MENTOR").orElseThrow();

        assertEquals(2, board.pairings().size());
        assertEquals("OLGA", board.pairings().get(1).displayName(OLGA));
        verify(users, times(1)).displayName(OLGA);
        verify(users, times(1)).displayName(CAROL);
        verify(coordinators, times(1)).coordinates(eq(CAROL), any());
    }
}
