package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
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
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

public class EnrolmentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final String MIA = "mia";       // mentee, reports to boss
    private static final String NOAH = "noah";     // reports to boss too
    private static final String OLGA = "olga";     // mentor, no manager in the org chart
    private static final String BOSS = "boss";     // manager of mia and noah
    private static final String CAROL = "carol";   // coordinator
    private static final String EVE = "eve";       // nobody in particular

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final EnrolmentService service = new EnrolmentService(programmes, participants, themes, orgChart, users,
            spaces, coordinators, transactions, Clock.fixed(NOW, ZoneOffset.UTC));

    private Programme programme = programme(ProgrammePhase.ENROLMENT_OPEN, true);
    private final Map<Integer, Participant> stored = new HashMap<>();

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(
                call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(programmes.findById(7)).thenAnswer(call -> Optional.of(programme));
        when(programmes.findBySpaceKey("MENTOR")).thenAnswer(call -> Optional.of(programme));
        when(spaces.canView(anyString(), eq("MENTOR"))).thenReturn(true);
        when(coordinators.coordinates(eq(CAROL), any())).thenReturn(true);
        when(themes.findAvailableTo(7)).thenReturn(List.of(
                new LearningTheme(1, 1, null, "new-in-role", "Delegating"),
                new LearningTheme(2, 1, null, "struggling", "Prioritising"),
                new LearningTheme(3, 1, 7, "capable-of-more", "Presenting")));
        for (String key : List.of(MIA, NOAH, OLGA, BOSS, CAROL, EVE)) {
            when(users.exists(key)).thenReturn(true);
            when(users.displayName(key)).thenReturn(key.toUpperCase());
        }
        Map<String, OrgPerson> chart = Map.of(
                MIA, OrgPerson.of(MIA, BOSS, "Sales", 3),
                NOAH, OrgPerson.of(NOAH, BOSS, "Sales", 3),
                BOSS, OrgPerson.of(BOSS, null, "Sales", 5));
        OrgChartStubs.answerFrom(orgChart, chart);
        when(orgChart.findByUserKeys(anyCollection())).thenReturn(chart);
        when(participants.findById(anyInt())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
        when(participants.findByProgramme(7)).thenAnswer(call -> new ArrayList<>(stored.values()));
        when(participants.findByUser(anyString())).thenAnswer(call -> stored.values().stream()
                .filter(p -> p.userKey().equals(call.getArgument(0))).toList());
        when(participants.create(any())).thenAnswer(call -> {
            Participant p = call.getArgument(0);
            return store(copy(p, 11, 1));
        });
        when(participants.update(any())).thenAnswer(call -> {
            Participant p = call.getArgument(0);
            return store(copy(p, p.id(), p.version() + 1));
        });
        when(participants.decide(anyInt(), anyInt(), any(), anyString(), any(), any())).thenAnswer(call -> {
            Participant before = stored.get((int) call.getArgument(0));
            if (before.version() != (int) call.getArgument(1)) {
                throw new StaleVersionException("participant", before.id(), call.getArgument(1));
            }
            Participant decided = before.withDecision(call.getArgument(2), call.getArgument(3), call.getArgument(4));
            return store(copy(decided, before.id(), before.version() + 1));
        });
    }

    // ------------------------------------------------------------------ validation

    @Test
    public void apply_shouldRejectUnknownTheme() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentee(List.of(1, 99),
                "Delegate more")));

        assertEquals("tandem.enrol.error.themes.unknown", e.fieldErrors().get("themeIds").key());
        assertEquals(List.of("99"), e.fieldErrors().get("themeIds").args());
    }

    @Test
    public void apply_shouldRequireAtLeastOneTheme() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentee(List.of(), "Grow")));

        assertEquals("tandem.enrol.error.themes.missing", e.fieldErrors().get("themeIds").key());
    }

    @Test
    public void apply_shouldRejectMentorCapacityBelowOne() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentor(List.of(1), 0,
                "I was helped once")));

        assertEquals("tandem.enrol.error.capacity.range", e.fieldErrors().get("capacity").key());
        assertEquals(List.of(1, 10), e.fieldErrors().get("capacity").args());
    }

    @Test
    public void apply_shouldRejectMentorCapacityAboveTen() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentor(List.of(1), 11,
                "I was helped once")));

        assertEquals("tandem.enrol.error.capacity.range", e.fieldErrors().get("capacity").key());
    }

    @Test
    public void apply_shouldAcceptMentorCapacityAtBothEnds() {
        signIn(OLGA);
        assertEquals(10, service.apply(7, ApplicationForm.mentor(List.of(1), 10, "Pay it forward"))
                .participant().capacity());
        stored.clear();
        assertEquals(1, service.apply(7, ApplicationForm.mentor(List.of(1), 1, "Pay it forward"))
                .participant().capacity());
    }

    @Test
    public void apply_shouldRejectMentorWithoutMotivation() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentor(List.of(1), 2, "  ")));

        assertEquals("tandem.enrol.error.motivation.missing", e.fieldErrors().get("motivation").key());
    }

    @Test
    public void apply_shouldRejectMenteeWithoutGoals() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.apply(7, ApplicationForm.mentee(List.of(1), null)));

        assertEquals("tandem.enrol.error.goals.missing", e.fieldErrors().get("goals").key());
    }

    @Test
    public void apply_shouldRequireARole() {
        signIn(MIA);
        ApplicationForm form = new ApplicationForm(null, List.of(1), "Grow", null, null, null, null, null, null);

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.role.missing", e.fieldErrors().get("role").key());
    }

    @Test
    public void apply_shouldRejectPreferringYourself() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(OLGA, MIA), List.of());

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.people.self", e.fieldErrors().get("preferredUserKeys").key());
    }

    @Test
    public void apply_shouldRejectExcludingYourself() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(), List.of(MIA));

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.people.self", e.fieldErrors().get("excludedUserKeys").key());
    }

    @Test
    public void apply_shouldRejectUnknownPeople() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of("ghost"), List.of(EVE));

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.people.unknown", e.fieldErrors().get("preferredUserKeys").key());
        assertEquals(List.of("ghost"), e.fieldErrors().get("preferredUserKeys").args());
        assertFalse(e.fieldErrors().containsKey("excludedUserKeys"));
    }

    @Test
    public void apply_shouldRejectSomebodyBothPreferredAndExcluded() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(OLGA), List.of(EVE, OLGA));

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.people.both", e.fieldErrors().get("excludedUserKeys").key());
    }

    @Test
    public void apply_shouldRejectTextThatIsTooLong() {
        signIn(MIA);
        ApplicationForm form = ApplicationForm.mentee(List.of(1), "x".repeat(2001))
                .withDetails("y".repeat(36), "z".repeat(451));

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("goals").key());
        assertEquals(List.of(2000, 2001), e.fieldErrors().get("goals").args());
        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("language").key());
        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("availability").key());
    }

    @Test
    public void apply_shouldRejectWhenEnrolmentIsNotOpen() {
        programme = programme(ProgrammePhase.MATCHING, true);
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.programme.closed", e.fieldErrors().get("programme").key());
    }

    @Test
    public void apply_shouldRejectApplyingTwice() {
        stored(21, MIA, ParticipantRole.MENTOR, ParticipantState.WITHDRAWN);
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.already-applied", e.fieldErrors().get("role").key());
    }

    @Test
    public void apply_shouldReportEveryBadFieldAtOnceAndWriteNothing() {
        signIn(OLGA);
        ApplicationForm form = ApplicationForm.mentor(List.of(42), 0, "").withPeople(List.of(OLGA), List.of());

        Refusal.Invalid e = invalid(() -> service.apply(7, form));

        assertEquals(Set.of("themeIds", "capacity", "motivation", "preferredUserKeys"), e.fieldErrors().keySet());
        verify(participants, never()).create(any());
    }

    @Test
    public void apply_shouldTurnTheStoresDuplicateIntoAlreadyApplied() {
        signIn(MIA);
        doThrow(new StoreValidationException("participant.userKey", StoreValidationException.Problem.DUPLICATE,
                "already enrolled")).when(participants).create(any());

        Refusal.Invalid e = invalid(() -> service.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.already-applied", e.fieldErrors().get("role").key());
    }

    // ------------------------------------------------------------------ transitions

    @Test
    public void apply_shouldAwaitTheManagerWhenTheProgrammeAsksAndTheOrgChartNamesOne() {
        signIn(MIA);

        Application application = service.apply(7, menteeForm().withDetails(" en ", "Tuesdays"));

        Participant created = captureCreated();
        assertEquals(ParticipantState.AWAITING_MANAGER, created.state());
        assertEquals(MIA, created.decidedBy());
        assertEquals(NOW, created.decidedAt());
        assertEquals("en", created.language());
        assertEquals(1, created.capacity());
        assertEquals(BOSS, application.managerKey());
        assertFalse(application.managerStepSkipped());
        assertEquals(Set.of(ApplicationAction.EDIT, ApplicationAction.WITHDRAW), application.actions());
    }

    @Test
    public void apply_shouldGoStraightToTheCoordinatorsWhenTheApplicantHasNoManager() {
        signIn(OLGA);

        Application application = service.apply(7, ApplicationForm.mentor(List.of(1, 3), 3, "Pay it forward"));

        assertEquals(ParticipantState.AWAITING_COORDINATOR, captureCreated().state());
        assertTrue(application.managerStepSkipped());
        assertNull(application.managerKey());
        assertEquals(3, application.participant().capacity());
    }

    @Test
    public void apply_shouldGoStraightToTheCoordinatorsWhenTheProgrammeAsksNoManagerApproval() {
        programme = programme(ProgrammePhase.ENROLMENT_OPEN, false);
        signIn(MIA);

        Application application = service.apply(7, menteeForm());

        assertEquals(ParticipantState.AWAITING_COORDINATOR, captureCreated().state());
        assertFalse(application.managerStepSkipped());
    }

    @Test
    public void decideAsManager_shouldMoveAnApprovedApplicationToTheCoordinators() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Application application = service.decideAsManager(21, 1, Verdict.APPROVE, null);

        assertEquals(ParticipantState.AWAITING_COORDINATOR, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.AWAITING_COORDINATOR, BOSS, NOW, null);
    }

    @Test
    public void decideAsManager_shouldDeclineWithTheReason() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Application application = service.decideAsManager(21, 1, Verdict.DECLINE, " Busy quarter ");

        assertEquals(ParticipantState.DECLINED, application.participant().state());
        assertEquals(BOSS, application.participant().decidedBy());
        verify(participants).decide(21, 1, ParticipantState.DECLINED, BOSS, NOW, "Busy quarter");
    }

    @Test
    public void decideAsManager_shouldRequireAReasonToDecline() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Invalid e = invalid(() -> service.decideAsManager(21, 1, Verdict.DECLINE, " "));

        assertEquals("tandem.enrol.error.reason.missing", e.fieldErrors().get("reason").key());
        verify(participants, never()).decide(anyInt(), anyInt(), any(), anyString(), any(), any());
    }

    @Test
    public void decideAsManager_shouldConflictWhenTheApplicationNoLongerWaitsForTheManager() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        signIn(BOSS);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.decideAsManager(21, 1, Verdict.APPROVE, null));

        assertEquals(EnrolmentRefusals.STATE, e.messageKey());
    }

    @Test
    public void decideAsManager_shouldConflictOnAStaleVersion() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.decideAsManager(21, 0, Verdict.APPROVE, null));

        assertEquals(EnrolmentRefusals.STALE, e.messageKey());
    }

    @Test
    public void decideAsCoordinator_shouldApprove() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        Application application = service.decideAsCoordinator(21, 1, Verdict.APPROVE, "Welcome");

        assertEquals(ParticipantState.APPROVED, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.APPROVED, CAROL, NOW, "Welcome");
    }

    @Test
    public void decideAsCoordinator_shouldDeclineWithTheReason() {
        stored(21, OLGA, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        Application application = service.decideAsCoordinator(21, 1, Verdict.DECLINE, "Enough mentors");

        assertEquals(ParticipantState.DECLINED, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.DECLINED, CAROL, NOW, "Enough mentors");
    }

    @Test
    public void decideAsCoordinator_shouldConflictWhileTheManagerHasNotDecided() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(CAROL);

        assertThrows(Refusal.Conflict.class,
                () -> service.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void decideAsCoordinator_shouldForbidDecidingOnYourOwnApplication() {
        stored(21, CAROL, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        assertThrows(Refusal.Forbidden.class,
                () -> service.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void withdraw_shouldRecordWhoWithdrewAndWhen() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.APPROVED);
        signIn(MIA);

        Application application = service.withdraw(21, 1);

        assertEquals(ParticipantState.WITHDRAWN, application.participant().state());
        assertEquals(MIA, application.participant().decidedBy());
        assertEquals(NOW, application.participant().decidedAt());
        assertEquals(Set.of(), application.actions());
    }

    @Test
    public void withdraw_shouldConflictWhenAlreadyDeclined() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.DECLINED);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> service.withdraw(21, 1));
    }

    @Test
    public void edit_shouldChangeTheFieldsAndKeepTheState() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        Application application = service.edit(21, 1, ApplicationForm.mentee(List.of(2, 3), "Present calmly")
                .withPeople(List.of(OLGA), List.of(EVE)));

        ArgumentCaptor<Participant> written = ArgumentCaptor.forClass(Participant.class);
        verify(participants).update(written.capture());
        assertEquals(1, written.getValue().version());
        assertEquals(List.of(2, 3), written.getValue().themeIds());
        assertEquals(ParticipantState.AWAITING_MANAGER, written.getValue().state());
        assertEquals(List.of(EVE), application.participant().excludedUserKeys());
        assertEquals("Present calmly", application.participant().goals());
        assertEquals(2, application.version());
    }

    @Test
    public void edit_shouldRejectAChangeOfRole() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> service.edit(21, 1,
                ApplicationForm.mentor(List.of(1), 2, "Why not")));

        assertEquals("tandem.enrol.error.role.change", e.fieldErrors().get("role").key());
    }

    @Test
    public void edit_shouldConflictOnceTheApplicationIsDecided() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.APPROVED);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> service.edit(21, 1, menteeForm()));
        verify(participants, never()).update(any());
    }

    @Test
    public void edit_shouldConflictOnAStaleVersion() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);
        doThrow(new StaleVersionException("participant", 21, 1)).when(participants).update(any());

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.edit(21, 1, menteeForm()));

        assertEquals(EnrolmentRefusals.STALE, e.messageKey());
    }

    @Test
    public void nominate_shouldCreateAnApplicationForADirectReportAwaitingConfirmation() {
        signIn(BOSS);

        Application application = service.nominate(7, NOAH, ApplicationForm.mentee(List.of(1), "Lead the team"));

        Participant created = captureCreated();
        assertEquals(NOAH, created.userKey());
        assertEquals(ParticipantRole.MENTEE, created.role());
        assertEquals(ParticipantState.APPLIED, created.state());
        assertEquals(BOSS, created.decidedBy());
        assertTrue(application.nominated());
        assertEquals(Set.of(), application.actions());
    }

    @Test
    public void nominate_shouldRejectSomebodyWhoIsNotADirectReport() {
        signIn(BOSS);

        Refusal.Invalid e = invalid(() -> service.nominate(7, EVE, menteeForm()));

        assertEquals("tandem.enrol.error.nominee.not-report", e.fieldErrors().get("nominee").key());
        verify(participants, never()).create(any());
    }

    @Test
    public void nominate_shouldRejectAReportWhoHasAlreadyApplied() {
        stored(21, NOAH, ParticipantRole.MENTOR, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Invalid e = invalid(() -> service.nominate(7, NOAH, menteeForm()));

        assertEquals("tandem.enrol.error.nominee.already-applied", e.fieldErrors().get("nominee").key());
    }

    @Test
    public void confirm_shouldSendTheManagersNominationStraightToTheCoordinators() {
        stored(21, NOAH, ParticipantRole.MENTEE, ParticipantState.APPLIED, BOSS);
        signIn(NOAH);

        Application application = service.confirm(21, 1);

        assertEquals(ParticipantState.AWAITING_COORDINATOR, application.participant().state());
        assertEquals(NOAH, application.participant().decidedBy());
    }

    @Test
    public void confirm_shouldConflictForAnApplicationThatIsNoNomination() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> service.confirm(21, 1));
    }

    @Test
    public void withdraw_shouldLetTheNomineeTurnANominationDown() {
        stored(21, NOAH, ParticipantRole.MENTEE, ParticipantState.APPLIED, BOSS);
        signIn(NOAH);

        assertEquals(ParticipantState.WITHDRAWN, service.withdraw(21, 1).participant().state());
    }

    // ------------------------------------------------------------------ permissions

    @Test
    public void everyOperation_shouldBeNotFoundForSomebodyWhoIsNeitherApplicantManagerNorCoordinator() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(EVE);
        List<Runnable> operations = List.of(
                () -> service.get(21),
                () -> service.edit(21, 1, menteeForm()),
                () -> service.withdraw(21, 1),
                () -> service.confirm(21, 1),
                () -> service.decideAsManager(21, 1, Verdict.APPROVE, null),
                () -> service.decideAsManager(21, 1, Verdict.DECLINE, "No"),
                () -> service.decideAsCoordinator(21, 1, Verdict.APPROVE, null),
                () -> service.decideAsCoordinator(21, 1, Verdict.DECLINE, "No"));

        for (Runnable operation : operations) {
            Refusal.NotFound e = assertThrows(Refusal.NotFound.class, operation::run);
            assertEquals(EnrolmentRefusals.APPLICATION_NOT_FOUND, e.messageKey());
        }
        verify(participants, never()).update(any());
        verify(participants, never()).decide(anyInt(), anyInt(), any(), anyString(), any(), any());
    }

    @Test
    public void get_shouldBeNotFoundLikeAMissingApplicationForAStranger() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(EVE);

        Refusal.NotFound existing = assertThrows(Refusal.NotFound.class,
                () -> service.get(21));
        Refusal.NotFound missing = assertThrows(Refusal.NotFound.class,
                () -> service.get(22));

        assertEquals(existing.messageKey(), missing.messageKey());
    }

    @Test
    public void get_shouldHideThePreferredAndExcludedPeopleFromTheManager() {
        store(new Participant(21, 1, 7, MIA, ParticipantRole.MENTEE, List.of(1), 1, null, "Grow", null, null,
                List.of(OLGA), List.of(EVE), ParticipantState.AWAITING_MANAGER, MIA, NOW));
        signIn(BOSS);

        Application asManager = service.get(21);
        signIn(CAROL);
        Application asCoordinator = service.get(21);

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

        Application application = service.get(21);

        assertEquals("Busy quarter", application.decisionReason());
        assertEquals("BOSS", application.displayName(application.participant().decidedBy()));
        assertEquals(List.of("Delegating"), application.themes().stream().map(LearningTheme::name).toList());
    }

    @Test
    public void managerAndCoordinator_shouldBeForbiddenToActForTheApplicant() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        for (String other : List.of(BOSS, CAROL)) {
            signIn(other);
            assertThrows(Refusal.Forbidden.class, () -> service.edit(21, 1, menteeForm()));
            assertThrows(Refusal.Forbidden.class, () -> service.withdraw(21, 1));
            assertThrows(Refusal.Forbidden.class, () -> service.confirm(21, 1));
        }
    }

    @Test
    public void applicant_shouldBeForbiddenToDecideOnTheirOwnApplication() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        assertThrows(Refusal.Forbidden.class,
                () -> service.decideAsManager(21, 1, Verdict.APPROVE, null));
        assertThrows(Refusal.Forbidden.class,
                () -> service.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void coordinatorWhoIsNotTheManager_shouldBeForbiddenToDecideAsManager() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(CAROL);

        assertThrows(Refusal.Forbidden.class,
                () -> service.decideAsManager(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void list_shouldShowACoordinatorEveryApplication() {
        seedThree();
        signIn(CAROL);

        assertEquals(List.of(21, 22, 23), ids(service.list(7)));
    }

    @Test
    public void list_shouldShowAManagerTheirReportsApplications() {
        seedThree();
        signIn(BOSS);

        assertEquals(List.of(21, 22), ids(service.list(7)));
    }

    @Test
    public void list_shouldShowAnybodyElseOnlyTheirOwn() {
        seedThree();
        signIn(OLGA);
        assertEquals(List.of(23), ids(service.list(7)));
        signIn(EVE);
        assertEquals(List.of(), ids(service.list(7)));
    }

    @Test
    public void awaitingMeAsManager_shouldListOnlyMyReportsAwaitingMe() {
        seedThree();
        signIn(BOSS);
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_MANAGER))
                .thenReturn(List.of(stored.get(21)));

        assertEquals(List.of(21), ids(service.awaitingMeAsManager(7)));
        signIn(CAROL);
        assertEquals(List.of(), ids(service.awaitingMeAsManager(7)));
    }

    @Test
    public void awaitingMeAsCoordinator_shouldBeForCoordinatorsOnly() {
        seedThree();
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_COORDINATOR))
                .thenReturn(List.of(stored.get(22), stored.get(23)));
        signIn(CAROL);
        assertEquals(List.of(22, 23), ids(service.awaitingMeAsCoordinator(7)));

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class, () -> service.awaitingMeAsCoordinator(7));
    }

    @Test
    public void approvalsForSpace_shouldGiveManagersTheirReportsAndCoordinatorsTheirQueue() {
        seedThree();
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_MANAGER))
                .thenReturn(List.of(stored.get(21)));
        when(participants.findByProgrammeAndState(7, ParticipantState.AWAITING_COORDINATOR))
                .thenReturn(List.of(stored.get(22), stored.get(23)));

        signIn(BOSS);
        ApprovalQueue boss = service.approvalsForSpace("MENTOR").orElseThrow();
        assertEquals(List.of(21), ids(boss.asManager()));
        assertEquals("a manager sees no coordinator queue", List.of(), boss.asCoordinator());

        signIn(CAROL);
        ApprovalQueue carol = service.approvalsForSpace("MENTOR").orElseThrow();
        assertEquals(List.of(), ids(carol.asManager()));
        assertEquals(List.of(22, 23), ids(carol.asCoordinator()));

        signIn(EVE);
        assertTrue(service.approvalsForSpace("MENTOR").orElseThrow().isEmpty());
    }

    @Test
    public void approvalsForSpace_shouldBeEmptyForAnonymousVisitorsAndOtherSpaces() {
        when(users.currentUserKey()).thenReturn(Optional.empty());
        assertEquals(Optional.empty(), service.approvalsForSpace("MENTOR"));

        signIn(BOSS);
        assertEquals(Optional.empty(), service.approvalsForSpace("SECRET"));
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

        List<Application> mine = service.mine();

        assertEquals(Set.of(21, 31), Set.copyOf(ids(mine)));
        assertTrue(mine.stream().allMatch(a -> a.participant().userKey().equals(MIA)));
    }

    @Test
    public void awaitingMeAsManagerEverywhere_shouldListMyReportsAwaitingMe() {
        seedThree();
        when(orgChart.findDirectReports(BOSS)).thenReturn(List.of(OrgPerson.of(MIA, BOSS, "Sales", 3),
                OrgPerson.of(NOAH, BOSS, "Sales", 3)));
        signIn(BOSS);

        List<Application> waiting = service.awaitingMeAsManagerEverywhere();

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
        assertEquals(List.of(22, 23), ids(service.awaitingMeAsCoordinatorEverywhere()));

        signIn(BOSS);
        assertEquals(List.of(), ids(service.awaitingMeAsCoordinatorEverywhere()));
    }

    @Test
    public void apply_shouldBeNotFoundForAProgrammeWhoseSpaceTheApplicantMayNotView() {
        when(spaces.canView(EVE, "MENTOR")).thenReturn(false);
        signIn(EVE);

        Refusal.NotFound e = assertThrows(Refusal.NotFound.class,
                () -> service.apply(7, menteeForm()));

        assertEquals(EnrolmentRefusals.PROGRAMME_NOT_FOUND, e.messageKey());
        assertThrows(Refusal.NotFound.class, () -> service.list(7));
    }

    @Test
    public void everyOperation_shouldBeForbiddenWhenNobodyIsSignedIn() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> service.apply(7, menteeForm()));
        assertThrows(Refusal.Forbidden.class, () -> service.get(21));
        assertThrows(Refusal.Forbidden.class, () -> service.list(7));
    }

    @Test
    public void pageForSpace_shouldOfferTheMentorsStillInTheRunningAndTheOwnApplication() {
        seedThree();
        stored(24, EVE, ParticipantRole.MENTOR, ParticipantState.WITHDRAWN);
        signIn(MIA);

        EnrolmentPage page = service.pageForSpace("MENTOR").orElseThrow();

        assertTrue(page.open());
        assertEquals(Map.of(OLGA, "OLGA"), page.mentors());
        assertEquals(BOSS, page.managerKey());
        assertEquals(21, page.application().orElseThrow().id());
    }

    @Test
    public void pageForSpace_shouldBeEmptyForSomebodyWhoMayNotViewTheSpace() {
        when(spaces.canView(EVE, "MENTOR")).thenReturn(false);
        signIn(EVE);

        assertEquals(Optional.empty(), service.pageForSpace("MENTOR"));
    }

    // ------------------------------------------------------------------ helpers

    private void signIn(String userKey) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
    }

    private static ApplicationForm menteeForm() {
        return ApplicationForm.mentee(List.of(1, 2), "Learn to delegate");
    }

    private static Refusal.Invalid invalid(Runnable operation) {
        return assertThrows(Refusal.Invalid.class, operation::run);
    }

    private Participant captureCreated() {
        ArgumentCaptor<Participant> created = ArgumentCaptor.forClass(Participant.class);
        verify(participants).create(created.capture());
        return created.getValue();
    }

    private void seedThree() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        stored(22, NOAH, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        stored(23, OLGA, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
    }

    private void stored(int id, String userKey, ParticipantRole role, ParticipantState state) {
        stored(id, userKey, role, state, userKey);
    }

    private void stored(int id, String userKey, ParticipantRole role, ParticipantState state, String decidedBy) {
        store(new Participant(id, 1, 7, userKey, role, List.of(1), role == ParticipantRole.MENTOR ? 2 : 1,
                role == ParticipantRole.MENTOR ? "Give back" : null, "Grow", null, null, List.of(), List.of(), state,
                decidedBy, NOW.minusSeconds(3600)));
    }

    private Participant store(Participant participant) {
        stored.put(participant.id(), participant);
        return participant;
    }

    private static Participant copy(Participant p, int id, int version) {
        return new Participant(id, version, p.programmeId(), p.userKey(), p.role(), p.themeIds(), p.capacity(),
                p.motivation(), p.goals(), p.language(), p.availability(), p.preferredUserKeys(),
                p.excludedUserKeys(), p.state(), p.decidedBy(), p.decidedAt());
    }

    private static List<Integer> ids(List<Application> applications) {
        return applications.stream().map(Application::id).toList();
    }

    private static Programme programme(ProgrammePhase phase, boolean managerApproval) {
        return new Programme(7, 1, "Leaders of tomorrow", "MENTOR", ProgrammeType.ONE_TO_ONE, "Grow new managers",
                null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, managerApproval, false, phase);
    }
}
