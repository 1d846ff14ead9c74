package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostProgrammeSpaces;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RerunRepository;
import org.tandem.mentoring.store.SurveyRepository;

public class ProgrammeRerunTest {

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final SurveyRepository surveys = mock(SurveyRepository.class);
    private final MatchingSettingsRepository matching = mock(MatchingSettingsRepository.class);
    private final RerunRepository reruns = mock(RerunRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final HostProgrammeSpaces programmeSpaces = mock(HostProgrammeSpaces.class);
    private final ProgrammeCreation creation = mock(ProgrammeCreation.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final HostClock clock = new HostClock(Optional.of(
            Clock.fixed(Instant.parse("2027-11-20T10:00:00Z"), ZoneOffset.UTC)));
    private final ProgrammeRerun service = new ProgrammeRerun(
            new ProgrammeGate(programmes, users, spaces, coordinators, transactions), programmes, themes, surveys,
            matching, reruns, spaces, programmeSpaces, creation, clock);

    private final Programme old = new Programme(7, 4, "Leaders 2027", "LEAD", ProgrammeType.PEER, "Grow leaders",
            "8 of 10 pairs meet", LocalDate.of(2027, 1, 4), 12, Cadence.FORTNIGHTLY, "Stays in the pair", false, true,
            ProgrammePhase.CLOSING).withRelaxDownReason("flat ladder");
    private final Programme fresh = Programme.draft("Leaders 2028", "LEAD28", ProgrammeType.ONE_TO_ONE);

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0))
                .doInTransaction());
        when(programmes.findById(7)).thenReturn(Optional.of(old));
        when(programmes.update(any())).thenAnswer(call -> call.getArgument(0));
        when(users.currentUserKey()).thenReturn(Optional.of("cora"));
        when(spaces.canView("cora", "LEAD")).thenReturn(true);
        when(spaces.canCreateSpaces("cora")).thenReturn(true);
        when(coordinators.coordinates(eq("cora"), any())).thenReturn(true);
        when(programmeSpaces.create(eq("cora"), eq("LEAD28"), eq("Leaders 2028"), anyMap()))
                .thenReturn(Optional.of("LEAD28"));
        when(creation.createForNewSpace(eq("cora"), any()))
                .thenReturn(new CreatedProgramme(new Programme(9, 1, "Leaders 2028", "LEAD28",
                        ProgrammeType.PEER, "Grow leaders", "8 of 10 pairs meet", null, 12, Cadence.FORTNIGHTLY,
                        null, true, false, ProgrammePhase.DRAFT), Map.of(), true));
        when(themes.findAvailableTo(7)).thenReturn(List.of(new LearningTheme(1, 1, null, "struggling", "Delegating"),
                new LearningTheme(40, 1, 7, "sales", "Pitching")));
        when(themes.findAvailableTo(9)).thenReturn(List.of(new LearningTheme(1, 1, null, "struggling", "Delegating")));
        when(surveys.statements(7)).thenReturn(List.of(new Statement("s3", "My mentor listened.")));
        when(matching.find(7)).thenReturn(Optional.of(new MatchingSettings(7, Objective.MOST_MATCHED,
                Map.of(), true, 2)));
        when(matching.findOrDefaults(9)).thenReturn(MatchingSettings.defaults(9));
    }

    @Test
    public void rerun_shouldCopyCharterThemesStatementsAndSettingsIntoTheNewDraft() {
        Programme made = service.rerun(7, " Leaders 2028 ", "lead28");

        assertEquals(9, made.id());
        assertEquals(ProgrammePhase.DRAFT, made.phase());
        assertEquals("Stays in the pair", made.confidentialityRules());
        assertEquals("flat ladder", made.relaxDownReason());
        assertEquals(LocalDate.of(2028, 1, 4), made.startDate());
        assertEquals(Cadence.FORTNIGHTLY, made.cadence());
        assertTrue(made.sponsorApprovalRequired());
        ArgumentCaptor<Map<String, Object>> answers = mapCaptor();
        verify(programmeSpaces).create(eq("cora"), eq("LEAD28"), eq("Leaders 2028"), answers.capture());
        assertEquals("PEER", answers.getValue().get("programmeType"));
        assertEquals("2028-01-04", answers.getValue().get("startDate"));
        assertEquals("false", answers.getValue().get("openEnrolment"));
        verify(themes).create(LearningTheme.of(9, "sales", "Pitching"));
        verify(surveys).replaceStatements(9, List.of("My mentor listened."));
        ArgumentCaptor<MatchingSettings> saved = ArgumentCaptor.forClass(MatchingSettings.class);
        verify(matching).save(saved.capture(), eq("cora"), any());
        assertEquals(new MatchingSettings(9, Objective.MOST_MATCHED, Map.of(), true, 0), saved.getValue());
        verify(reruns).record(eq(7), eq(9), eq("cora"), any());
    }

    @Test
    public void nextStart_shouldLeaveADayThatHasPassedForTheCoordinator() {
        assertEquals(LocalDate.of(2028, 1, 4), service.nextStart(old));
        assertNull(service.nextStart(old.withSchedule(LocalDate.of(2026, 6, 1), 12, Cadence.MONTHLY)));
        assertNull(service.nextStart(old.withSchedule(null, 12, Cadence.MONTHLY)));
    }

    @Test
    public void rerun_shouldRefuseAProgrammeThatStillRuns() {
        when(programmes.findById(7)).thenReturn(Optional.of(old.withPhase(ProgrammePhase.RUNNING)));

        Refusal.Conflict refused = assertThrows(Refusal.Conflict.class, () -> service.rerun(7, "Next", "NEXT"));

        assertEquals("tandem.programme.rerun.error.phase", refused.messageKey());
        verify(programmeSpaces, never()).create(anyString(), anyString(), anyString(), anyMap());
    }

    @Test
    public void rerun_shouldRefuseSomeoneWhoDoesNotCoordinate() {
        when(coordinators.coordinates(eq("cora"), any())).thenReturn(false);

        assertThrows(Refusal.Forbidden.class, () -> service.rerun(7, "Next", "NEXT"));
        verify(programmeSpaces, never()).create(anyString(), anyString(), anyString(), anyMap());
    }

    @Test
    public void rerun_shouldNameTheFieldsInError() {
        when(spaces.exists("LEAD")).thenReturn(true);

        Refusal.Invalid blank = assertThrows(Refusal.Invalid.class, () -> service.rerun(7, " ", "no spaces"));
        Refusal.Invalid taken = assertThrows(Refusal.Invalid.class, () -> service.rerun(7, "Next", "lead"));

        assertEquals(List.of("name", "spaceKey"), List.copyOf(blank.fieldErrors().keySet()));
        assertEquals("tandem.blueprint.error.key", blank.fieldErrors().get("spaceKey").key());
        assertEquals("tandem.programme.rerun.error.key-taken", taken.fieldErrors().get("spaceKey").key());
        verify(programmeSpaces, never()).create(anyString(), anyString(), anyString(), anyMap());
    }

    @Test
    public void rerun_shouldSayWhenTheSpaceCouldNotBeMade() {
        when(programmeSpaces.create(eq("cora"), eq("LEAD28"), eq("Leaders 2028"), anyMap()))
                .thenReturn(Optional.empty());

        Refusal.Conflict refused = assertThrows(Refusal.Conflict.class,
                () -> service.rerun(7, "Leaders 2028", "LEAD28"));

        assertEquals("tandem.programme.rerun.error.not-created", refused.messageKey());
        verify(reruns, never()).record(any(Integer.class), any(Integer.class), any(), any());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<Map<String, Object>> mapCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Map.class);
    }
}
