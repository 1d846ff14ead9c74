package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
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
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

public class ProgrammeOverviewServiceTest {

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final ProgrammeOverviewService service = new ProgrammeOverviewService(participants, themes,
            orgChart, new ProgrammeGate(programmes, users, spaces, coordinators, transactions));

    private final Programme programme = new Programme(7, 1, "Leaders of tomorrow", "MENTOR", ProgrammeType.ONE_TO_ONE,
            "Grow new managers", "80% of pairs meet monthly", LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY,
            "What is said in a session stays in the pair.", true, false, ProgrammePhase.ENROLMENT_OPEN);

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(programmes.findBySpace("MENTOR", 0L)).thenReturn(Optional.of(programme));
        when(programmes.findById(7)).thenReturn(Optional.of(programme));
        when(themes.findAvailableTo(7)).thenReturn(List.of(
                new LearningTheme(1, 1, null, "New in role", "Delegating"),
                new LearningTheme(2, 1, null, "New in role", "Giving feedback"),
                new LearningTheme(3, 1, null, "Struggling", "Prioritising")));
        enrolled(List.of(
                participant(1, "mia", ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER),
                participant(2, "noah", ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR),
                participant(3, "olga", ParticipantRole.MENTOR, ParticipantState.APPROVED),
                participant(4, "pete", ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER)));
        List<OrgPerson> people = List.of(OrgPerson.of("mia", "boss", "Sales", 3),
                OrgPerson.of("pete", "other-boss", "Sales", 3));
        when(orgChart.findDirectReports(anyString())).thenAnswer(call -> people.stream()
                .filter(p -> p.managerKey().equals(call.getArgument(0))).toList());
    }

    /** The programme's participants, as each of the repository's look-ups finds them. */
    @SuppressWarnings("unchecked")
    private void enrolled(List<Participant> all) {
        when(participants.findByProgramme(7)).thenReturn(all);
        when(participants.findByProgrammeAndUser(eq(7), anyString())).thenAnswer(call -> all.stream()
                .filter(p -> p.userKey().equals(call.getArgument(1))).toList());
        when(participants.findByProgrammeStateAndUsers(eq(7), any(), anyCollection())).thenAnswer(call -> all.stream()
                .filter(p -> p.state() == call.getArgument(1)
                        && ((java.util.Collection<String>) call.getArgument(2)).contains(p.userKey())).toList());
    }

    @Test
    public void forSpace_shouldBeEmptyForSomeoneWhoMayNotViewTheSpace() {
        signIn("eve");

        assertEquals(Optional.empty(), service.forSpace("MENTOR"));
        verify(programmes, never()).findBySpace(any(), org.mockito.ArgumentMatchers.anyLong());
    }

    @Test
    public void forSpace_shouldAskAnonymousVisitorsToSignIn() {
        when(users.currentUserKey()).thenReturn(Optional.empty());
        when(spaces.canView(null, "MENTOR")).thenReturn(true);

        ProgrammeOverview overview = service.forSpace("MENTOR").orElseThrow();

        assertEquals(List.of(NextStep.of(NextStep.Kind.SIGN_IN)), overview.nextSteps());
        assertTrue(overview.applicationCounts().isEmpty());
    }

    @Test
    public void forSpace_shouldInviteSomeoneNotEnrolledToApplyWhileEnrolmentIsOpen() {
        canView("zoe");

        ProgrammeOverview overview = service.forSpace("MENTOR").orElseThrow();

        assertEquals(List.of(NextStep.of(NextStep.Kind.APPLY)), overview.nextSteps());
        assertFalse(overview.coordinator());
        assertTrue("staff see no counts", overview.applicationCounts().isEmpty());
        verify(participants, never()).findByProgramme(7);
        assertEquals(Map.of("New in role", List.of("Delegating", "Giving feedback"),
                "Struggling", List.of("Prioritising")), overview.themesByCategory());
    }

    @Test
    public void forSpace_shouldTellAnApplicantWhatTheirApplicationWaitsFor() {
        canView("mia");

        assertEquals(List.of(NextStep.of(NextStep.Kind.WAIT_FOR_MANAGER)),
                service.forSpace("MENTOR").orElseThrow().nextSteps());
    }

    @Test
    public void forSpace_shouldAskANomineeToConfirm() {
        canView("noel");
        enrolled(List.of(participant(5, "noel", ParticipantRole.MENTEE, ParticipantState.APPLIED)));

        assertEquals(List.of(NextStep.of(NextStep.Kind.CONFIRM_NOMINATION)),
                service.forSpace("MENTOR").orElseThrow().nextSteps());
    }

    @Test
    public void forSpace_shouldCountOnlyTheApplicationsOfTheManagersOwnReports() {
        canView("boss");

        List<NextStep> steps = service.forSpace("MENTOR").orElseThrow().nextSteps();

        assertEquals(List.of(NextStep.of(NextStep.Kind.APPLY), new NextStep(NextStep.Kind.APPROVE_AS_MANAGER, 1)),
                steps);
    }

    @Test
    public void forSpace_shouldGiveCoordinatorsTheCountsAndTheirQueue() {
        canView("cora");
        when(coordinators.coordinates("cora", programme)).thenReturn(true);

        ProgrammeOverview overview = service.forSpace("MENTOR").orElseThrow();

        assertTrue(overview.coordinator());
        assertEquals(Map.of(ParticipantState.AWAITING_MANAGER, 2, ParticipantState.AWAITING_COORDINATOR, 1),
                overview.applicationCounts().get(ParticipantRole.MENTEE));
        assertEquals(Map.of(ParticipantState.APPROVED, 1), overview.applicationCounts().get(ParticipantRole.MENTOR));
        assertTrue(overview.nextSteps().contains(new NextStep(NextStep.Kind.APPROVE_AS_COORDINATOR, 1)));
    }

    @Test
    public void forSpace_shouldTellSomeoneNotEnrolledThatEnrolmentIsClosedOutsideItsPhase() {
        canView("zoe");
        when(programmes.findBySpace("MENTOR", 0L)).thenReturn(Optional.of(programme.withPhase(ProgrammePhase.RUNNING)));
        when(themes.findAvailableTo(7)).thenReturn(List.of());

        assertEquals(List.of(NextStep.of(NextStep.Kind.ENROLMENT_CLOSED)),
                service.forSpace("MENTOR").orElseThrow().nextSteps());
    }

    @Test
    public void forProgramme_shouldBeEmptyWhenTheProgrammesSpaceIsNotTheViewersToSee() {
        signIn("eve");

        assertEquals(Optional.empty(), service.forProgramme(7));
        assertEquals(Optional.empty(), service.forProgramme(999));
    }

    private void signIn(String userKey) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
    }

    private void canView(String userKey) {
        signIn(userKey);
        when(spaces.canView(userKey, "MENTOR")).thenReturn(true);
    }

    private static Participant participant(int id, String userKey, ParticipantRole role, ParticipantState state) {
        return new Participant(id, 1, 7, userKey, role, List.of(1), 1, null, null, "en", null, List.of(), List.of(),
                state, null, null);
    }
}
