package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;

/** What each person sees of the applications. */
public class EnrolmentQueriesTest extends EnrolmentTestBase {

    @Test
    public void get_shouldBeNotFoundLikeAMissingApplicationForAStranger() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(EVE);

        Refusal.NotFound existing = assertThrows(Refusal.NotFound.class,
                () -> queries.get(21));
        Refusal.NotFound missing = assertThrows(Refusal.NotFound.class,
                () -> queries.get(22));

        assertEquals(existing.messageKey(), missing.messageKey());
    }

    @Test
    public void get_shouldHideThePreferredAndExcludedPeopleFromTheManager() {
        store(new Participant(21, 1, 7, MIA, ParticipantRole.MENTEE, List.of(1), 1, null, "Grow", null, null,
                List.of(OLGA), List.of(EVE), ParticipantState.AWAITING_MANAGER, MIA, NOW));
        signIn(BOSS);

        Application asManager = queries.get(21);
        signIn(CAROL);
        Application asCoordinator = queries.get(21);

        assertEquals(List.of(), asManager.participant().excludedUserKeys());
        assertEquals(List.of(), asManager.participant().preferredUserKeys());
        assertEquals(Set.of(ApplicationAction.APPROVE_AS_MANAGER, ApplicationAction.DECLINE_AS_MANAGER),
                asManager.actions());
        assertEquals(List.of(EVE), asCoordinator.participant().excludedUserKeys());
        assertEquals(Set.of(), asCoordinator.actions());
    }

    @Test
    public void get_shouldCarryTheDecisionReasonAndNames() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.DECLINED, BOSS);
        when(participants.findDecisionReasons(List.of(21))).thenReturn(Map.of(21, "Busy quarter"));
        signIn(MIA);
        assertEquals("the applicant reads the decision, not the decider's reason", null,
                queries.get(21).decisionReason());
        signIn(BOSS);

        Application application = queries.get(21);

        assertEquals("Busy quarter", application.decisionReason());
        assertEquals("BOSS", application.displayName(application.participant().decidedBy()));
        assertEquals(List.of("Delegating"), application.themes().stream().map(LearningTheme::name).toList());
    }

    @Test
    public void list_shouldShowACoordinatorEveryApplication() {
        seedThree();
        signIn(CAROL);

        assertEquals(List.of(21, 22, 23), ids(queries.list(7)));
    }

    @Test
    public void list_shouldShowAManagerTheirReportsApplications() {
        seedThree();
        signIn(BOSS);

        assertEquals(List.of(21, 22), ids(queries.list(7)));
    }

    @Test
    public void list_shouldShowAnybodyElseOnlyTheirOwn() {
        seedThree();
        signIn(OLGA);
        assertEquals(List.of(23), ids(queries.list(7)));
        signIn(EVE);
        assertEquals(List.of(), ids(queries.list(7)));
    }

    @Test
    public void awaitingMeAsManager_shouldListOnlyMyReportsAwaitingMe() {
        seedThree();
        signIn(BOSS);

        assertEquals(List.of(21), ids(queries.awaitingMeAsManager(7)));
        signIn(CAROL);
        assertEquals(List.of(), ids(queries.awaitingMeAsManager(7)));
    }

    @Test
    public void awaitingMeAsCoordinator_shouldBeForCoordinatorsOnly() {
        seedThree();
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_COORDINATOR))
                .thenReturn(List.of(stored.get(22), stored.get(23)));
        signIn(CAROL);
        assertEquals(List.of(22, 23), ids(queries.awaitingMeAsCoordinator(7)));

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class, () -> queries.awaitingMeAsCoordinator(7));
    }

    @Test
    public void approvalsForSpace_shouldGiveManagersTheirReportsAndCoordinatorsTheirQueue() {
        seedThree();
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_COORDINATOR))
                .thenReturn(List.of(stored.get(22), stored.get(23)));

        signIn(BOSS);
        ApprovalQueue boss = queries.approvalsForSpace("MENTOR").orElseThrow();
        assertEquals(List.of(21), ids(boss.asManager()));
        assertEquals("a manager sees no coordinator queue", List.of(), boss.asCoordinator());

        signIn(CAROL);
        ApprovalQueue carol = queries.approvalsForSpace("MENTOR").orElseThrow();
        assertEquals(List.of(), ids(carol.asManager()));
        assertEquals(List.of(22, 23), ids(carol.asCoordinator()));

        signIn(EVE);
        assertTrue(queries.approvalsForSpace("MENTOR").orElseThrow().isEmpty());
    }

    @Test
    public void approvalsForSpace_shouldBeEmptyForAnonymousVisitorsAndOtherSpaces() {
        when(users.currentUserKey()).thenReturn(Optional.empty());
        assertEquals(Optional.empty(), queries.approvalsForSpace("MENTOR"));

        signIn(BOSS);
        assertEquals(Optional.empty(), queries.approvalsForSpace("SECRET"));
    }

    @Test
    public void mine_shouldListMyApplicationsInEveryProgramme() {
        Programme other = new Programme(8, 1, "Peers", "PEERS", ProgrammeType.PEER, null, null, null, 12,
                Cadence.MONTHLY, null, false, false, ProgrammePhase.RUNNING);
        when(programmes.findById(8)).thenReturn(Optional.of(other));
        seedThree();
        store(new Participant(31, 1, 8, MIA, ParticipantRole.MENTOR, List.of(), 2, "Give back", null, null, null,
                List.of(), List.of(), ParticipantState.APPROVED, CAROL, NOW));
        signIn(MIA);

        List<Application> mine = queries.mine();

        assertEquals(Set.of(21, 31), Set.copyOf(ids(mine)));
        assertTrue(mine.stream().allMatch(a -> a.participant().userKey().equals(MIA)));
    }

    @Test
    public void awaitingMeAsManagerEverywhere_shouldListMyReportsAwaitingMe() {
        seedThree();
        when(orgChart.findDirectReports(BOSS)).thenReturn(List.of(OrgPerson.of(MIA, BOSS, "Sales", 3),
                OrgPerson.of(NOAH, BOSS, "Sales", 3)));
        signIn(BOSS);

        List<Application> waiting = queries.awaitingMeAsManagerEverywhere();

        assertEquals(List.of(21), ids(waiting));
        assertTrue(waiting.get(0).can(ApplicationAction.APPROVE_AS_MANAGER));
    }

    @Test
    public void awaitingMeAsCoordinatorEverywhere_shouldListOnlyProgrammesICoordinateButNotMyOwn() {
        seedThree();
        store(new Participant(24, 1, 7, CAROL, ParticipantRole.MENTOR, List.of(1), 2, "Give back", null, null,
                null, List.of(), List.of(), ParticipantState.AWAITING_COORDINATOR, CAROL, NOW));
        when(programmes.findAll()).thenReturn(List.of(programme));
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_COORDINATOR))
                .thenReturn(List.of(stored.get(22), stored.get(23), stored.get(24)));
        signIn(CAROL);
        assertEquals(List.of(22, 23), ids(queries.awaitingMeAsCoordinatorEverywhere()));

        signIn(BOSS);
        assertEquals(List.of(), ids(queries.awaitingMeAsCoordinatorEverywhere()));
    }

    @Test
    public void pageForSpace_shouldOfferOnlyApprovedMentorsAndTheOwnApplication() {
        seedThree(); // olga's mentor application still waits for a coordinator: nobody else is told
        stored(24, EVE, ParticipantRole.MENTOR, ParticipantState.WITHDRAWN);
        stored(25, BOSS, ParticipantRole.MENTOR, ParticipantState.APPROVED);
        signIn(MIA);

        EnrolmentPage page = queries.pageForSpace("MENTOR").orElseThrow();

        assertTrue(page.open());
        assertEquals(Map.of(BOSS, "BOSS"), page.mentors());
        assertEquals(BOSS, page.managerKey());
        assertEquals(21, page.application().orElseThrow().id());
    }

    @Test
    public void pageForSpace_shouldBeEmptyForSomebodyWhoMayNotViewTheSpace() {
        when(spaces.canView(EVE, "MENTOR")).thenReturn(false);
        signIn(EVE);

        assertEquals(Optional.empty(), queries.pageForSpace("MENTOR"));
    }

    @Test
    public void list_shouldReadReasonsThemesAndEachNameOnceForTheWholeList() {
        seedThree();
        signIn(CAROL);

        assertEquals(List.of(21, 22, 23), ids(queries.list(7)));

        verify(participants, times(1)).findDecisionReasons(any());
        verify(themes, times(1)).findAvailableTo(7);
        verify(users, times(1)).displayName(BOSS);
    }
}
