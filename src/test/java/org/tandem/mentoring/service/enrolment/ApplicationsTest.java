package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/** Applying, editing, withdrawing, confirming and nominating. */
public class ApplicationsTest extends EnrolmentTestBase {

    @Test
    public void apply_shouldRejectUnknownTheme() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentee(List.of(1, 99),
                "Delegate more")));

        assertEquals("tandem.enrol.error.themes.unknown", e.fieldErrors().get("themeIds").key());
        assertEquals(List.of("99"), e.fieldErrors().get("themeIds").args());
    }

    @Test
    public void apply_shouldRequireAtLeastOneTheme() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentee(List.of(), "Grow")));

        assertEquals("tandem.enrol.error.themes.missing", e.fieldErrors().get("themeIds").key());
    }

    @Test
    public void apply_shouldRejectMentorCapacityBelowOne() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentor(List.of(1), 0,
                "I was helped once")));

        assertEquals("tandem.enrol.error.capacity.range", e.fieldErrors().get("capacity").key());
        assertEquals(List.of(1, 10), e.fieldErrors().get("capacity").args());
    }

    @Test
    public void apply_shouldRejectMentorCapacityAboveTen() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentor(List.of(1), 11,
                "I was helped once")));

        assertEquals("tandem.enrol.error.capacity.range", e.fieldErrors().get("capacity").key());
    }

    @Test
    public void apply_shouldAcceptMentorCapacityAtBothEnds() {
        signIn(OLGA);
        assertEquals(10, applications.apply(7, ApplicationForm.mentor(List.of(1), 10, "Pay it forward"))
                .participant().capacity());
        stored.clear();
        assertEquals(1, applications.apply(7, ApplicationForm.mentor(List.of(1), 1, "Pay it forward"))
                .participant().capacity());
    }

    @Test
    public void apply_shouldRejectMentorWithoutMotivation() {
        signIn(OLGA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentor(List.of(1), 2, "  ")));

        assertEquals("tandem.enrol.error.motivation.missing", e.fieldErrors().get("motivation").key());
    }

    @Test
    public void apply_shouldRejectMenteeWithoutGoals() {
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, ApplicationForm.mentee(List.of(1), null)));

        assertEquals("tandem.enrol.error.goals.missing", e.fieldErrors().get("goals").key());
    }

    @Test
    public void apply_shouldRequireARole() {
        signIn(MIA);
        ApplicationForm form = new ApplicationForm(null, List.of(1), "Grow", null, null, null, null, null, null);

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.role.missing", e.fieldErrors().get("role").key());
    }

    @Test
    public void apply_shouldRejectPreferringYourself() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(OLGA, MIA), List.of());

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.people.self", e.fieldErrors().get("preferredUserKeys").key());
    }

    @Test
    public void apply_shouldRejectExcludingYourself() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(), List.of(MIA));

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.people.self", e.fieldErrors().get("excludedUserKeys").key());
    }

    @Test
    public void apply_shouldCountListsBeforeRemovingDuplicates() {
        signIn(MIA);
        ApplicationForm people = menteeForm().withPeople(java.util.Collections.nCopies(100_000, OLGA), List.of());
        ApplicationForm themes = ApplicationForm.mentee(java.util.Collections.nCopies(11, 1), "Learn to delegate");

        Refusal.Invalid tooManyPeople = invalid(() -> applications.apply(7, people));
        Refusal.Invalid tooManyThemes = invalid(() -> applications.apply(7, themes));

        assertEquals("tandem.enrol.error.people.too-many", tooManyPeople.fieldErrors().get("preferredUserKeys").key());
        assertEquals("tandem.enrol.error.themes.too-many", tooManyThemes.fieldErrors().get("themeIds").key());
        verify(users, never()).exists(OLGA);
    }

    @Test
    public void apply_shouldRejectUnknownPeople() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of("ghost"), List.of(EVE));

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.people.unknown", e.fieldErrors().get("preferredUserKeys").key());
        assertEquals(List.of("ghost"), e.fieldErrors().get("preferredUserKeys").args());
        assertFalse(e.fieldErrors().containsKey("excludedUserKeys"));
    }

    @Test
    public void apply_shouldRejectSomebodyBothPreferredAndExcluded() {
        signIn(MIA);
        ApplicationForm form = menteeForm().withPeople(List.of(OLGA), List.of(EVE, OLGA));

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.people.both", e.fieldErrors().get("excludedUserKeys").key());
    }

    @Test
    public void apply_shouldRejectTextThatIsTooLong() {
        signIn(MIA);
        ApplicationForm form = ApplicationForm.mentee(List.of(1), "x".repeat(2001))
                .withDetails("y".repeat(36), "z".repeat(451));

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("goals").key());
        assertEquals(List.of(2000, 2001), e.fieldErrors().get("goals").args());
        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("language").key());
        assertEquals("tandem.enrol.error.text.too-long", e.fieldErrors().get("availability").key());
    }

    @Test
    public void apply_shouldRejectWhenEnrolmentIsNotOpen() {
        programme = programme(ProgrammePhase.MATCHING, true);
        signIn(MIA);

        Refusal.Invalid e = invalid(() -> applications.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.programme.closed", e.fieldErrors().get("programme").key());
    }

    @Test
    public void apply_shouldRejectApplyingTwice() {
        stored(21, MIA, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
        signIn(MIA);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> applications.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.already-applied", e.messageKey());
        verify(participants, never()).create(any());
    }

    @Test
    public void apply_shouldReportEveryBadFieldAtOnceAndWriteNothing() {
        signIn(OLGA);
        ApplicationForm form = ApplicationForm.mentor(List.of(42), 0, "").withPeople(List.of(OLGA), List.of());

        Refusal.Invalid e = invalid(() -> applications.apply(7, form));

        assertEquals(Set.of("themeIds", "capacity", "motivation", "preferredUserKeys"), e.fieldErrors().keySet());
        verify(participants, never()).create(any());
    }

    @Test
    public void apply_shouldTurnTheStoresDuplicateIntoAlreadyApplied() {
        signIn(MIA);
        doThrow(new StoreValidationException("participant.userKey", StoreValidationException.Problem.DUPLICATE,
                "already enrolled")).when(participants).create(any());

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> applications.apply(7, menteeForm()));

        assertEquals("tandem.enrol.error.already-applied", e.messageKey());
    }

    @Test
    public void apply_shouldAwaitTheManagerWhenTheProgrammeAsksAndTheOrgChartNamesOne() {
        signIn(MIA);

        Application application = applications.apply(7, menteeForm().withDetails(" en ", "Tuesdays"));

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

        Application application = applications.apply(7, ApplicationForm.mentor(List.of(1, 3), 3, "Pay it forward"));

        assertEquals(ParticipantState.AWAITING_COORDINATOR, captureCreated().state());
        assertTrue(application.managerStepSkipped());
        assertNull(application.managerKey());
        assertEquals(3, application.participant().capacity());
    }

    @Test
    public void apply_shouldGoStraightToTheCoordinatorsWhenTheManagerIsDeactivated() {
        when(users.isDeactivated(BOSS)).thenReturn(true);
        signIn(MIA);

        Application application = applications.apply(7, menteeForm());

        assertEquals(ParticipantState.AWAITING_COORDINATOR, captureCreated().state());
        assertTrue(application.managerStepSkipped());
        assertNull(application.managerKey());
    }

    @Test
    public void apply_shouldGoStraightToTheCoordinatorsWhenTheProgrammeAsksNoManagerApproval() {
        programme = programme(ProgrammePhase.ENROLMENT_OPEN, false);
        signIn(MIA);

        Application application = applications.apply(7, menteeForm());

        assertEquals(ParticipantState.AWAITING_COORDINATOR, captureCreated().state());
        assertFalse(application.managerStepSkipped());
    }

    @Test
    public void withdraw_shouldRecordWhoWithdrewAndWhen() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.APPROVED);
        signIn(MIA);

        Application application = applications.withdraw(21, 1);

        assertEquals(ParticipantState.WITHDRAWN, application.participant().state());
        assertEquals(MIA, application.participant().decidedBy());
        assertEquals(NOW, application.participant().decidedAt());
        assertEquals(Set.of(), application.actions());
    }

    @Test
    public void withdraw_shouldConflictWhenAlreadyDeclined() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.DECLINED);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> applications.withdraw(21, 1));
    }

    @Test
    public void edit_shouldChangeTheFieldsAndKeepTheState() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        Application application = applications.edit(21, 1, ApplicationForm.mentee(List.of(2, 3), "Present calmly")
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

        Refusal.Invalid e = invalid(() -> applications.edit(21, 1,
                ApplicationForm.mentor(List.of(1), 2, "Why not")));

        assertEquals("tandem.enrol.error.role.change", e.fieldErrors().get("role").key());
    }

    @Test
    public void edit_shouldSendAnApplicationTheManagerApprovedBackToTheManager() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR, BOSS);
        signIn(MIA);

        Application application = applications.edit(21, 1, ApplicationForm.mentee(List.of(2, 3), "Something else"));

        assertEquals(ParticipantState.AWAITING_MANAGER, application.participant().state());
        assertEquals(ParticipantState.AWAITING_MANAGER, stored.get(21).state());
        assertEquals("Something else", stored.get(21).goals());
    }

    @Test
    public void edit_shouldKeepWaitingForTheCoordinatorWhenNoManagerApprovedIt() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR, MIA);
        signIn(MIA);

        Application application = applications.edit(21, 1, ApplicationForm.mentee(List.of(2, 3), "Something else"));

        assertEquals(ParticipantState.AWAITING_COORDINATOR, application.participant().state());
        verify(participants, never()).decide(anyInt(), anyInt(), any(), anyString(), any(), any());
    }

    @Test
    public void edit_shouldConflictOnceTheApplicationIsDecided() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.APPROVED);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> applications.edit(21, 1, menteeForm()));
        verify(participants, never()).update(any());
    }

    @Test
    public void edit_shouldConflictOnAStaleVersion() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);
        doThrow(new StaleVersionException("participant", 21, 1)).when(participants).update(any());

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> applications.edit(21, 1, menteeForm()));

        assertEquals(EnrolmentRefusals.STALE, e.messageKey());
    }

    @Test
    public void nominate_shouldCreateAnApplicationForADirectReportAwaitingConfirmation() {
        signIn(BOSS);

        Application application = applications.nominate(7, NOAH, ApplicationForm.mentee(List.of(1), "Lead the team"));

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

        Refusal.Invalid e = invalid(() -> applications.nominate(7, EVE, menteeForm()));

        assertEquals("tandem.enrol.error.nominee.not-report", e.fieldErrors().get("nominee").key());
        verify(participants, never()).create(any());
    }

    @Test
    public void nominate_shouldRejectAReportWhoHasAlreadyApplied() {
        stored(21, NOAH, ParticipantRole.MENTOR, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Invalid e = invalid(() -> applications.nominate(7, NOAH, menteeForm()));

        assertEquals("tandem.enrol.error.nominee.already-applied", e.fieldErrors().get("nominee").key());
    }

    @Test
    public void confirm_shouldSendTheManagersNominationStraightToTheCoordinators() {
        stored(21, NOAH, ParticipantRole.MENTEE, ParticipantState.APPLIED, BOSS);
        signIn(NOAH);

        Application application = applications.confirm(21, 1);

        assertEquals(ParticipantState.AWAITING_COORDINATOR, application.participant().state());
        assertEquals(NOAH, application.participant().decidedBy());
    }

    @Test
    public void confirm_shouldConflictForAnApplicationThatIsNoNomination() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        assertThrows(Refusal.Conflict.class, () -> applications.confirm(21, 1));
    }

    @Test
    public void withdraw_shouldLetTheNomineeTurnANominationDown() {
        stored(21, NOAH, ParticipantRole.MENTEE, ParticipantState.APPLIED, BOSS);
        signIn(NOAH);

        assertEquals(ParticipantState.WITHDRAWN, applications.withdraw(21, 1).participant().state());
    }

    @Test
    public void managerAndCoordinator_shouldBeForbiddenToActForTheApplicant() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        for (String other : List.of(BOSS, CAROL)) {
            signIn(other);
            assertThrows(Refusal.Forbidden.class, () -> applications.edit(21, 1, menteeForm()));
            assertThrows(Refusal.Forbidden.class, () -> applications.withdraw(21, 1));
            assertThrows(Refusal.Forbidden.class, () -> applications.confirm(21, 1));
        }
    }

    @Test
    public void apply_shouldBeNotFoundForAProgrammeWhoseSpaceTheApplicantMayNotView() {
        when(spaces.canView(EVE, "MENTOR")).thenReturn(false);
        signIn(EVE);

        Refusal.NotFound e = assertThrows(Refusal.NotFound.class,
                () -> applications.apply(7, menteeForm()));

        assertEquals(EnrolmentRefusals.PROGRAMME_NOT_FOUND, e.messageKey());
        assertThrows(Refusal.NotFound.class, () -> queries.list(7));
    }

    @Test
    public void apply_shouldReadTheThemesOnceAndNoReasonOrCoordinatorForTheNewApplication() {
        signIn(MIA);

        applications.apply(7, menteeForm());

        verify(themes, times(1)).findAvailableTo(7);
        verify(participants, never()).findDecisionReasons(any());
        verify(spaces, times(1)).canView(MIA, "MENTOR");
        verify(coordinators, never()).coordinates(any(), any());
    }
}
