package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

public class ProgrammeAdministrationTest {

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final ProgrammeAdministration service = new ProgrammeAdministration(programmes, themes,
            new ProgrammeGate(programmes, users, spaces, coordinators, transactions));

    private final Programme draft = new Programme(7, 3, "Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE, null, null,
            null, 12, Cadence.MONTHLY, null, true, false, ProgrammePhase.DRAFT);
    private final Programme ready = draft.withCharter("Grow leaders", "8 of 10 pairs meet monthly", "Stays in the pair")
            .withSchedule(LocalDate.of(2027, 1, 4), 12, Cadence.MONTHLY);
    private final LearningTheme delegating = new LearningTheme(1, 1, null, "struggling", "Delegating");
    private final LearningTheme pitching = new LearningTheme(40, 2, 7, "sales", "Pitching to the board");
    private final LearningTheme elsewhere = new LearningTheme(41, 1, 8, "sales", "Cold calls");

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0))
                .doInTransaction());
        when(programmes.update(any())).thenAnswer(call -> call.getArgument(0));
        when(themes.create(any())).thenAnswer(call -> call.getArgument(0));
        when(themes.update(any())).thenAnswer(call -> call.getArgument(0));
        when(themes.findAvailableTo(7)).thenReturn(List.of(delegating, pitching));
        when(themes.findById(1)).thenReturn(Optional.of(delegating));
        when(themes.findById(40)).thenReturn(Optional.of(pitching));
        when(themes.findById(41)).thenReturn(Optional.of(elsewhere));
        stored(draft);
        signIn("cora", true);
    }

    // ---------------------------------------------------------------- phase

    @Test
    public void changePhase_shouldMoveAlongALegalEdge() {
        stored(ready);

        Programme moved = service.changePhase(7, 3, ProgrammePhase.ENROLMENT_OPEN);

        assertEquals(ProgrammePhase.ENROLMENT_OPEN, moved.phase());
        verify(programmes).update(ready.withPhase(ProgrammePhase.ENROLMENT_OPEN));
    }

    @Test
    public void changePhase_shouldRefuseAnIllegalMoveWithBothPhasesInTheMessage() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.changePhase(7, 3, ProgrammePhase.RUNNING));

        assertEquals("tandem.programme.admin.error.phase.illegal", e.messageKey());
        assertEquals(List.of("tandem.programme.phase.draft", "tandem.programme.phase.running"), e.args());
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldRefuseOpeningEnrolmentWithoutACharter() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.changePhase(7, 3, ProgrammePhase.ENROLMENT_OPEN));

        assertEquals("tandem.programme.admin.error.phase.charter-incomplete", e.messageKey());
        assertEquals(List.of("startDate", "purpose", "goals"), List.copyOf(e.fieldErrors().keySet()));
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldRefuseToLeaveArchived() {
        stored(ready.withPhase(ProgrammePhase.ARCHIVED));

        assertThrows(Refusal.Invalid.class, () -> service.changePhase(7, 3, ProgrammePhase.ALUMNI));
    }

    @Test
    public void relaxLineOfAuthority_shouldNeedAReasonAndStoreIt() {
        Refusal.Invalid noReason = assertThrows(Refusal.Invalid.class,
                () -> service.relaxLineOfAuthority(7, 3, true, "  "));
        Programme relaxed = service.relaxLineOfAuthority(7, 3, true, " Reverse mentoring of the board ");

        assertEquals("tandem.programme.admin.error.required", noReason.fieldErrors().get("reason").key());
        assertEquals("Reverse mentoring of the board", relaxed.relaxDownReason());
        verify(programmes).update(draft.withRelaxDownReason("Reverse mentoring of the board"));
    }

    @Test
    public void relaxLineOfAuthority_shouldRestoreTheWholeRuleWithoutAReason() {
        stored(draft.withRelaxDownReason("Reverse mentoring"));

        Programme strict = service.relaxLineOfAuthority(7, 3, false, null);

        assertNull(strict.relaxDownReason());
    }

    @Test
    public void relaxLineOfAuthority_shouldForbidSomeoneWhoDoesNotCoordinate() {
        signIn("sam", false);

        assertThrows(Refusal.Forbidden.class, () -> service.relaxLineOfAuthority(7, 3, true, "Because"));
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldRefuseAMissingPhase() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.changePhase(7, 3, null));

        assertTrue(e.fieldErrors().containsKey("phase"));
    }

    @Test
    public void changePhase_shouldAnswerNotFoundWhenTheSpaceIsNotVisible() {
        when(spaces.canView("cora", "MENTOR")).thenReturn(false);

        assertThrows(Refusal.NotFound.class, () -> service.changePhase(7, 3, ProgrammePhase.ARCHIVED));
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldAnswerNotFoundForAProgrammeThatDoesNotExist() {
        assertThrows(Refusal.NotFound.class, () -> service.changePhase(99, 1, ProgrammePhase.ARCHIVED));
    }

    @Test
    public void changePhase_shouldForbidSomeoneWhoDoesNotCoordinate() {
        signIn("sam", false);

        assertThrows(Refusal.Forbidden.class, () -> service.changePhase(7, 3, ProgrammePhase.ARCHIVED));
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldForbidAnonymousCallers() {
        when(users.currentUserKey()).thenReturn(Optional.empty());
        when(spaces.canView(null, "MENTOR")).thenReturn(true);

        assertThrows(Refusal.Forbidden.class, () -> service.changePhase(7, 3, ProgrammePhase.ARCHIVED));
    }

    @Test
    public void changePhase_shouldConflictOnAStaleVersionBeforeWriting() {
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.changePhase(7, 2, ProgrammePhase.ARCHIVED));

        assertEquals(ProgrammeRefusals.STALE, e.messageKey());
        verify(programmes, never()).update(any());
    }

    @Test
    public void changePhase_shouldConflictWhenTheStoreFindsTheRowChangedMeanwhile() {
        when(programmes.update(any())).thenThrow(new StaleVersionException("programme", 7, 3));

        assertThrows(Refusal.Conflict.class, () -> service.changePhase(7, 3, ProgrammePhase.ARCHIVED));
    }

    // ---------------------------------------------------------------- charter

    @Test
    public void editCharter_shouldReplaceEveryCharterField() {
        Programme saved = service.editCharter(7, new CharterForm(3, "  Grow leaders ", "Goals", "Rules",
                LocalDate.of(2027, 2, 1), 10, Cadence.WEEKLY, false, true));

        assertEquals("Grow leaders", saved.purpose());
        assertEquals("Goals", saved.goals());
        assertEquals("Rules", saved.confidentialityRules());
        assertEquals(LocalDate.of(2027, 2, 1), saved.startDate());
        assertEquals(10, saved.durationMonths());
        assertEquals(Cadence.WEEKLY, saved.cadence());
        assertFalse(saved.managerApprovalRequired());
        assertTrue(saved.sponsorApprovalRequired());
        assertEquals(ProgrammePhase.DRAFT, saved.phase());
        assertEquals(3, saved.version());
    }

    @Test
    public void editCharter_shouldRefuseAStartDateOutsideTheYearsAProgrammeCanHave() {
        for (LocalDate start : List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.MAX)) {
            Refusal.Invalid e = assertThrows(start.toString(), Refusal.Invalid.class, () -> service.editCharter(7,
                    new CharterForm(3, "Grow", "Goals", "Rules", start, 12, Cadence.WEEKLY, true, false)));

            assertEquals("tandem.programme.admin.error.start.range", e.fieldErrors().get("startDate").key());
        }
        verify(programmes, never()).update(any());
    }

    @Test
    public void editCharter_shouldLetADraftLeaveTheVisionBlank() {
        Programme saved = service.editCharter(7, new CharterForm(3, " ", null, null, null, 12, Cadence.MONTHLY,
                null, null));

        assertEquals(null, saved.purpose());
        assertFalse(saved.managerApprovalRequired());
    }

    @Test
    public void editCharter_shouldKeepTheVisionOnceEnrolmentHasOpened() {
        stored(ready.withPhase(ProgrammePhase.RUNNING));

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.editCharter(7, new CharterForm(3, "", "", "Rules", null, 12, Cadence.MONTHLY, true,
                        false)));

        assertEquals(List.of("purpose", "goals", "startDate"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals("tandem.programme.admin.error.charter.required-after-draft",
                e.fieldErrors().get("purpose").key());
        verify(programmes, never()).update(any());
    }

    @Test
    public void editCharter_shouldCheckDurationCadenceAndLengthsAsFieldErrors() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.editCharter(7, new CharterForm(3, "x".repeat(10_001), null, null, null, 121, null,
                        true, false)));

        assertEquals("tandem.programme.admin.error.too-long", e.fieldErrors().get("purpose").key());
        assertEquals("tandem.programme.admin.error.duration.range", e.fieldErrors().get("durationMonths").key());
        assertEquals(List.of(1, 120), e.fieldErrors().get("durationMonths").args());
        assertEquals("tandem.programme.admin.error.charter.required", e.fieldErrors().get("cadence").key());
        verify(programmes, never()).update(any());
    }

    @Test
    public void editCharter_shouldRequireADuration() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.editCharter(7, new CharterForm(3, null, null, null, null, null, Cadence.MONTHLY,
                        true, false)));

        assertTrue(e.fieldErrors().containsKey("durationMonths"));
    }

    @Test
    public void editCharter_shouldRefuseAnArchivedProgramme() {
        stored(ready.withPhase(ProgrammePhase.ARCHIVED));

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.editCharter(7, form(3)));

        assertEquals("tandem.programme.admin.error.archived", e.messageKey());
    }

    @Test
    public void editCharter_shouldForbidStaffAndHideInvisibleProgrammes() {
        signIn("sam", false);
        assertThrows(Refusal.Forbidden.class, () -> service.editCharter(7, form(3)));

        when(spaces.canView("sam", "MENTOR")).thenReturn(false);
        assertThrows(Refusal.NotFound.class, () -> service.editCharter(7, form(3)));
        verify(programmes, never()).update(any());
    }

    @Test
    public void editCharter_shouldConflictOnAStaleVersion() {
        assertThrows(Refusal.Conflict.class, () -> service.editCharter(7, form(1)));
        verify(programmes, never()).update(any());
    }

    // ---------------------------------------------------------------- themes

    @Test
    public void themes_shouldListTheDefaultsAndTheProgrammesOwnForAnyViewer() {
        signIn("sam", false);

        ThemeOffer offer = service.themes(7);

        assertFalse(offer.coordinator());
        assertEquals(List.of(delegating, pitching), offer.themes());
        assertEquals(List.of(pitching), offer.own());
    }

    @Test
    public void themes_shouldBeNotFoundForSomeoneWhoMayNotViewTheSpace() {
        when(spaces.canView("cora", "MENTOR")).thenReturn(false);

        assertThrows(Refusal.NotFound.class, () -> service.themes(7));
    }

    @Test
    public void addTheme_shouldStoreAThemeOfTheProgrammesOwn() {
        LearningTheme added = service.addTheme(7, " sales ", " Negotiating ");

        assertEquals(LearningTheme.of(7, "sales", "Negotiating"), added);
    }

    @Test
    public void addTheme_shouldRefuseADuplicateIgnoringCaseAndSpaces() {
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.addTheme(7, "STRUGGLING", " delegating"));

        assertEquals("tandem.programme.admin.error.theme.duplicate", e.messageKey());
        verify(themes, never()).create(any());
    }

    @Test
    public void addTheme_shouldRequireCategoryAndNameWithinLimits() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.addTheme(7, "", "n".repeat(201)));

        assertEquals("tandem.programme.admin.error.required", e.fieldErrors().get("category").key());
        assertEquals("tandem.programme.admin.error.too-long", e.fieldErrors().get("name").key());
        verify(themes, never()).create(any());
    }

    @Test
    public void addTheme_shouldForbidSomeoneWhoDoesNotCoordinate() {
        signIn("sam", false);

        assertThrows(Refusal.Forbidden.class, () -> service.addTheme(7, "sales", "Negotiating"));
        verify(themes, never()).create(any());
    }

    @Test
    public void renameTheme_shouldRenameAThemeOfTheProgrammesOwn() {
        LearningTheme renamed = service.renameTheme(7, 40, 2, "sales", "Pitching to the executive board");

        assertEquals(new LearningTheme(40, 2, 7, "sales", "Pitching to the executive board"), renamed);
    }

    @Test
    public void renameTheme_shouldAllowKeepingItsOwnName() {
        LearningTheme renamed = service.renameTheme(7, 40, 2, "Sales", "pitching to the board");

        assertEquals("pitching to the board", renamed.name());
    }

    @Test
    public void renameTheme_shouldLeaveTheDefaultTaxonomyAlone() {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> service.renameTheme(7, 1, 1, "struggling", "Delegation"));

        assertEquals("tandem.programme.admin.error.theme.default", e.messageKey());
        verify(themes, never()).update(any());
    }

    @Test
    public void renameTheme_shouldNotFindAnotherProgrammesTheme() {
        assertThrows(Refusal.NotFound.class, () -> service.renameTheme(7, 41, 1, "sales", "Calls"));
        assertThrows(Refusal.NotFound.class, () -> service.renameTheme(7, 99, 1, "sales", "Calls"));
    }

    @Test
    public void renameTheme_shouldConflictOnAStaleVersion() {
        assertThrows(Refusal.Conflict.class, () -> service.renameTheme(7, 40, 1, "sales", "Pitching"));
        verify(themes, never()).update(any());
    }

    @Test
    public void removeTheme_shouldDeleteAThemeOfTheProgrammesOwn() {
        service.removeTheme(7, 40);

        verify(themes).delete(40);
    }

    @Test
    public void removeTheme_shouldConflictWhenSomebodyChoseTheTheme() {
        doThrow(new StoreValidationException("theme.id", StoreValidationException.Problem.IN_USE, "chosen"))
                .when(themes).delete(40);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> service.removeTheme(7, 40));

        assertEquals(ProgrammeRefusals.THEME_IN_USE, e.messageKey());
        assertEquals(List.of("Pitching to the board"), e.args());
    }

    @Test
    public void removeTheme_shouldRefuseDefaultsAndNonCoordinators() {
        assertThrows(Refusal.Invalid.class, () -> service.removeTheme(7, 1));
        signIn("sam", false);
        assertThrows(Refusal.Forbidden.class, () -> service.removeTheme(7, 40));
        verify(themes, never()).delete(anyInt());
    }

    @Test
    public void removeTheme_shouldRefuseWhenTheProgrammeIsArchived() {
        stored(ready.withPhase(ProgrammePhase.ARCHIVED));

        assertThrows(Refusal.Invalid.class, () -> service.removeTheme(7, 40));
        verify(themes, never()).delete(anyInt());
    }

    // ---------------------------------------------------------------- helpers

    private void stored(Programme programme) {
        when(programmes.findById(7)).thenReturn(Optional.of(programme));
    }

    private void signIn(String userKey, boolean coordinator) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
        when(spaces.canView(userKey, "MENTOR")).thenReturn(true);
        when(coordinators.coordinates(org.mockito.ArgumentMatchers.eq(userKey), any())).thenReturn(coordinator);
    }

    private static CharterForm form(int version) {
        return new CharterForm(version, "Grow leaders", "Goals", null, LocalDate.of(2027, 1, 4), 12, Cadence.MONTHLY,
                true, false);
    }
}
