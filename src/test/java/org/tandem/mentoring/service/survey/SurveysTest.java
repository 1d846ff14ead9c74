package org.tandem.mentoring.service.survey;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboard;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SurveyAnsweredException;
import org.tandem.mentoring.store.SurveyRepository;

public class SurveysTest {

    private static final String MIA = "mia";
    private static final Instant ACTIVE = Instant.parse("2026-02-01T10:00:00Z");

    private final ProgrammeGate gate = mock(ProgrammeGate.class);
    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final SurveyRepository store = mock(SurveyRepository.class);
    private final PairingStore pairings = mock(PairingStore.class);
    private final HostUsers users = mock(HostUsers.class);
    private Programme programme = programme(ProgrammePhase.RUNNING);
    private Surveys surveys;

    private static Programme programme(ProgrammePhase phase) {
        return new Programme(7, 1, "Leaders", "LEAD", ProgrammeType.ONE_TO_ONE, "p", "g",
                LocalDate.parse("2026-01-01"), 12, Cadence.MONTHLY, null, true, false, phase);
    }

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(gate.viewer()).thenReturn(Optional.of(MIA));
        when(gate.signedIn(anyString())).thenReturn(MIA);
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        when(gate.inTransaction(any(Supplier.class), any(Function.class)))
                .thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        when(programmes.findAll()).thenAnswer(i -> List.of(programme));
        when(programmes.findByIds(any())).thenAnswer(i -> i.<java.util.Collection<?>>getArgument(0)
                .contains(programme.id()) ? Map.of(programme.id(), programme) : Map.of());
        when(programmes.findById(7)).thenAnswer(i -> Optional.of(programme));
        when(store.memberships(MIA)).thenReturn(List.of(new SurveyRepository.Membership(42, 7, true, ACTIVE, null)));
        when(store.answeredKeys(MIA)).thenReturn(List.of());
        when(store.statements(anyInt())).thenReturn(List.of());
        at("2026-03-05T08:00:00Z");
    }

    private void at(String instant) {
        surveys = new Surveys(gate, programmes, store, new HostClock(Optional.of(Clock.fixed(Instant.parse(instant),
                ZoneOffset.UTC))));
    }

    @Test
    public void mine_shouldListTheOpenPulseWithItsThreeQuestions() {
        Surveys.Mine mine = surveys.mine(null);

        assertEquals(1, mine.open().size());
        assertEquals("survey:pulse:42:2026-03-03", mine.open().get(0).occurrence().key());
        assertEquals(SurveyKind.PULSE_QUESTIONS, mine.open().get(0).items().stream().map(Statement::key).toList());
        assertEquals(List.of(), surveys.mine(8).open());
        verify(programmes, never()).findAll();
    }

    @Test
    public void mine_ofSomebodyNeverPaired_shouldReadNeitherProgrammesNorAnswersToOpen() {
        when(store.memberships(MIA)).thenReturn(List.of());

        assertEquals(List.of(), surveys.mine(null).open());
        verify(programmes, never()).findByIds(any());
        verify(store, never()).answeredKeys(any());
    }

    @Test
    public void mine_shouldLeaveOutWhatWasAnsweredAndAskTheProgrammesStatementsAtTheMidPoint() {
        at("2026-07-03T08:00:00Z");
        when(store.answersOf(MIA)).thenReturn(List.of(new SurveyAnswer("survey:pulse:42:2026-07-01",
                SurveyKind.PULSE, 42, 7, LocalDate.parse("2026-07-01"), null, null, Instant.EPOCH)));
        when(store.statements(7)).thenReturn(List.of(new Statement("s1", "Own words")));

        Surveys.Mine mine = surveys.mine(7);
        List<Surveys.Open> open = mine.open();

        assertEquals(1, mine.answered().size());
        verify(store, never()).answeredKeys(any());
        assertEquals(1, open.size());
        assertEquals(SurveyKind.MIDPOINT, open.get(0).occurrence().kind());
        assertEquals(List.of(new Statement("s1", "Own words")), open.get(0).items());
    }

    @Test
    public void mine_shouldShowNothingToNobodySignedIn() {
        when(gate.viewer()).thenReturn(Optional.empty());
        assertEquals(List.of(), surveys.mine(null).open());
    }

    @Test
    public void answer_shouldStoreEveryScoreOfAnOpenSurvey() {
        when(store.answer(any())).thenAnswer(i -> new SurveyAnswer("k", SurveyKind.PULSE, 42, 7,
                LocalDate.parse("2026-03-03"), null, "fine", Instant.now()));

        surveys.answer("survey:pulse:42:2026-03-03", List.of("pulse-worth", "pulse-rhythm", "pulse-safe"),
                List.of(3, 4, 5), ClosureReason.OTHER, "  fine ");

        ArgumentCaptor<SurveyRepository.Draft> draft = ArgumentCaptor.forClass(SurveyRepository.Draft.class);
        verify(store).answer(draft.capture());
        assertEquals(MIA, draft.getValue().personKey());
        assertEquals("fine", draft.getValue().text());
        assertNull("a pulse keeps no reason", draft.getValue().reason());
        assertEquals(List.of(4, 5, 3), draft.getValue().ratings().stream().map(r -> r.score()).toList());
    }

    @Test
    public void answer_shouldRefuseMissingExtraOrOutOfRangeScores() {
        String key = "survey:pulse:42:2026-03-03";
        assertThrows(Refusal.Invalid.class, () -> surveys.answer(key, List.of("pulse-rhythm"), List.of(4), null,
                null));
        assertThrows(Refusal.Invalid.class, () -> surveys.answer(key, List.of("pulse-rhythm", "pulse-safe",
                "pulse-worth", "other"), List.of(4, 4, 4, 4), null, null));
        assertThrows(Refusal.Invalid.class, () -> surveys.answer(key, List.of("pulse-rhythm", "pulse-safe",
                "pulse-worth"), List.of(4, 0, 4), null, null));
        assertThrows(Refusal.Invalid.class, () -> surveys.answer(key, SurveyKind.PULSE_QUESTIONS,
                List.of(4, 4, 4), null, "x".repeat(Surveys.MAX_TEXT + 1)));
        verify(store, never()).answer(any());
    }

    @Test
    public void answer_shouldAskAReasonInTheClosureSurvey() {
        when(store.memberships(MIA)).thenReturn(List.of(new SurveyRepository.Membership(42, 7, true, ACTIVE,
                Instant.parse("2026-03-04T12:00:00Z"))));

        assertThrows(Refusal.Invalid.class, () -> surveys.answer("survey:closure:42:2026-03-04", List.of(),
                List.of(), null, null));

        surveys.answer("survey:closure:42:2026-03-04", List.of(), List.of(), ClosureReason.MOVED_ON, null);
        ArgumentCaptor<SurveyRepository.Draft> draft = ArgumentCaptor.forClass(SurveyRepository.Draft.class);
        verify(store).answer(draft.capture());
        assertEquals(ClosureReason.MOVED_ON, draft.getValue().reason());
    }

    @Test
    public void answer_shouldRefuseWhatIsAnsweredClosedOrNotTheViewers() {
        when(store.answeredKeys(MIA)).thenReturn(List.of("survey:pulse:42:2026-03-03"));
        Refusal answered = assertThrows(Refusal.Conflict.class, () -> surveys.answer("survey:pulse:42:2026-03-03",
                SurveyKind.PULSE_QUESTIONS, List.of(4, 4, 4), null, null));
        assertEquals(SurveyRefusals.ANSWERED, answered.messageKey());

        Refusal closed = assertThrows(Refusal.Conflict.class, () -> surveys.answer("survey:pulse:42:2026-01-03",
                SurveyKind.PULSE_QUESTIONS, List.of(4, 4, 4), null, null));
        assertEquals(SurveyRefusals.CLOSED, closed.messageKey());

        assertThrows(Refusal.NotFound.class, () -> surveys.answer("survey:pulse:43:2026-03-03",
                SurveyKind.PULSE_QUESTIONS, List.of(4, 4, 4), null, null));
        assertThrows(Refusal.NotFound.class, () -> surveys.answer("nonsense", List.of(), List.of(), null, null));
    }

    @Test
    public void answer_shouldTurnARacingDuplicateIntoAConflict() {
        when(store.answer(any())).thenThrow(new SurveyAnsweredException("survey:pulse:42:2026-03-03"));

        Refusal refusal = assertThrows(Refusal.Conflict.class, () -> surveys.answer("survey:pulse:42:2026-03-03",
                SurveyKind.PULSE_QUESTIONS, List.of(4, 4, 4), null, null));
        assertEquals(SurveyRefusals.ANSWERED, refusal.messageKey());
    }

    @Test
    public void saveStatements_shouldBeRefusedOnceEnrolmentOpened() {
        when(gate.coordinated(eq(7), eq(MIA), any(), anyString())).thenAnswer(i -> programme);

        Refusal refusal = assertThrows(Refusal.Conflict.class, () -> surveys.saveStatements(7, List.of("New")));

        assertEquals(SurveyRefusals.LOCKED, refusal.messageKey());
        verify(store, never()).replaceStatements(anyInt(), anyList());
        assertFalse(surveys.statements(7).editable());
        assertEquals(Statement.DEFAULTS, surveys.statements(7).statements());
    }

    @Test
    public void saveStatements_shouldReplaceTheSetOfADraftAndRefuseBlankOrLongStatements() {
        programme = programme(ProgrammePhase.DRAFT);
        when(gate.coordinated(eq(7), eq(MIA), any(), anyString())).thenAnswer(i -> programme);

        assertThrows(Refusal.Invalid.class, () -> surveys.saveStatements(7, List.of("Fine", " ")));
        assertThrows(Refusal.Invalid.class, () -> surveys.saveStatements(7, List.of("x".repeat(301))));
        surveys.saveStatements(7, List.of(" Mine "));

        verify(store).replaceStatements(7, List.of("Mine"));
    }

    @Test
    public void results_shouldSuppressSmallGroupsAndTheirAverages() {
        when(store.scores(7)).thenReturn(List.of(
                new SurveyRepository.ScoreCount(SurveyKind.MIDPOINT, "2026-07", "default-1", 6, 15),
                new SurveyRepository.ScoreCount(SurveyKind.END, "2026-12", "default-1", 3, 12),
                new SurveyRepository.ScoreCount(SurveyKind.PULSE, "2026-03", "pulse-rhythm", 5, 21)));
        when(store.closureReasons(7)).thenReturn(Map.of(ClosureReason.MOVED_ON, 2, ClosureReason.PLANNED_END, 8));

        Surveys.Results results = surveys.results(new ProgrammeDashboard(programme, 5, List.of(), null, null, null,
                List.of(), 0, List.of(), List.of(), null, null));

        assertEquals(new Surveys.Score("2026-07", 6, 2.5), results.midpoint().get("default-1"));
        assertEquals(new Surveys.Score("2026-12", null, null), results.end().get("default-1"));
        assertEquals(new Surveys.Score("2026-03", 5, 4.2), results.pulse().get("2026-03").get("pulse-rhythm"));
        assertNull(results.reasons().get(ClosureReason.MOVED_ON));
        assertEquals(Integer.valueOf(8), results.reasons().get(ClosureReason.PLANNED_END));
        assertTrue(results.reasons().containsKey(ClosureReason.MOVED_ON));
    }

    @Test
    public void results_shouldAddUpTheAlumniCheckInOverMonthsAndSuppressASmallGroup() {
        when(store.scores(7)).thenReturn(List.of(
                new SurveyRepository.ScoreCount(SurveyKind.ALUMNI, "2027-03", SurveyKind.ALUMNI_MENTEE_QUESTION, 3,
                        12),
                new SurveyRepository.ScoreCount(SurveyKind.ALUMNI, "2027-04", SurveyKind.ALUMNI_MENTEE_QUESTION, 3,
                        9),
                new SurveyRepository.ScoreCount(SurveyKind.ALUMNI, "2027-04", SurveyKind.ALUMNI_MANAGER_QUESTION, 4,
                        16)));

        Surveys.Results results = surveys.results(new ProgrammeDashboard(programme, 5, List.of(), null, null, null,
                List.of(), 0, List.of(), List.of(), null, null));

        assertEquals(new Surveys.Score(null, 6, 3.5), results.alumni().get(SurveyKind.ALUMNI_MENTEE_QUESTION));
        assertEquals(new Surveys.Score(null, null, null), results.alumni().get(SurveyKind.ALUMNI_MANAGER_QUESTION));
    }

    @Test
    public void alumniCheckIn_shouldAskTheManagerTheirOwnQuestionThreeMonthsAfterTheEndAndWaitAsItsOwnKind() {
        when(store.memberships(MIA)).thenReturn(List.of(new SurveyRepository.Membership(42, 7, false, ACTIVE,
                Instant.parse("2026-03-04T12:00:00Z"), true)));
        at("2026-06-10T08:00:00Z");

        List<Surveys.Open> open = surveys.mine(null).open();

        assertEquals(1, open.size());
        assertEquals("survey:alumni:42:2026-06-04", open.get(0).occurrence().key());
        assertEquals(List.of(new Statement(SurveyKind.ALUMNI_MANAGER_QUESTION, null)), open.get(0).items());
        assertEquals(List.of(new Waiting("survey:alumni:42:2026-06-04", "alumni-checkin", 7, "Leaders", "alumni",
                "/display/LEAD", LocalDate.parse("2026-06-04"), false)),
                surveyWaiting().waitingFor(MIA, LocalDate.parse("2026-06-10")));

        surveys.answer("survey:alumni:42:2026-06-04", List.of(SurveyKind.ALUMNI_MANAGER_QUESTION), List.of(4), null,
                "still at it");
        ArgumentCaptor<SurveyRepository.Draft> draft = ArgumentCaptor.forClass(SurveyRepository.Draft.class);
        verify(store).answer(draft.capture());
        assertNull("a check-in keeps no reason", draft.getValue().reason());
        assertEquals("still at it", draft.getValue().text());
    }

    @Test
    public void surveyWaiting_shouldListEachOpenSurveyOnceByItsKeyAsNoDecision() {
        List<Waiting> waiting = surveyWaiting().waitingFor(MIA, LocalDate.parse("2026-03-05"));

        assertEquals(List.of(new Waiting("survey:pulse:42:2026-03-03", "survey", 7, "Leaders", "pulse",
                "/display/LEAD", LocalDate.parse("2026-03-03"), false)), waiting);
        assertEquals(List.of(), surveyWaiting().waitingFor(MIA, LocalDate.parse("2026-03-30")));
    }

    private SurveyWaiting surveyWaiting() {
        return new SurveyWaiting(surveys, pairings, users);
    }

    /** Pairing {@code id}, its mentee {@code menteeKey} named {@code name}. */
    private void report(int id, String menteeKey, String name) {
        Pairing pairing = mock(Pairing.class);
        when(pairing.menteeKey()).thenReturn(menteeKey);
        when(pairings.findById(id)).thenReturn(Optional.of(pairing));
        when(users.displayName(menteeKey)).thenReturn(name);
    }

    @Test
    public void managerMidpoint_shouldAskTheManagerOfARunningPairingOneQuestionAndWaitAsItsOwnKind() {
        when(store.memberships(MIA)).thenReturn(List.of(new SurveyRepository.Membership(42, 7, false, ACTIVE, null,
                true)));
        report(42, "ada", "Ada Diaz");
        at("2026-07-05T08:00:00Z");

        List<Surveys.Open> open = surveys.mine(null).open();

        assertEquals(1, open.size());
        assertEquals("survey:manager_midpoint:42:2026-07-02", open.get(0).occurrence().key());
        assertEquals(List.of(new Statement(SurveyKind.MANAGER_MIDPOINT_QUESTION, null)), open.get(0).items());
        assertEquals(List.of(new Waiting("survey:manager_midpoint:42:2026-07-02", SurveyWaiting.MANAGER_MIDPOINT, 7,
                "Leaders", "Ada Diaz", "/display/LEAD", LocalDate.parse("2026-07-02"), false)),
                surveyWaiting().waitingFor(MIA, LocalDate.parse("2026-07-05")));

        surveys.answer("survey:manager_midpoint:42:2026-07-02", List.of(SurveyKind.MANAGER_MIDPOINT_QUESTION),
                List.of(5), null, "speaks up in meetings");
        ArgumentCaptor<SurveyRepository.Draft> draft = ArgumentCaptor.forClass(SurveyRepository.Draft.class);
        verify(store).answer(draft.capture());
        assertEquals(SurveyKind.MANAGER_MIDPOINT, draft.getValue().occurrence().kind());
        assertEquals("speaks up in meetings", draft.getValue().text());
    }

    @Test
    public void managerMidpoint_ofTwoReportsInOneProgramme_shouldNameEachReport() {
        when(store.memberships(MIA)).thenReturn(List.of(
                new SurveyRepository.Membership(42, 7, false, ACTIVE, null, true),
                new SurveyRepository.Membership(43, 7, false, ACTIVE, null, true)));
        report(42, "ada", "Ada Diaz");
        report(43, "ben", "Ben Okafor");

        List<Waiting> waiting = surveyWaiting().waitingFor(MIA, LocalDate.parse("2026-07-05"));

        assertEquals(List.of("Ada Diaz", "Ben Okafor"), waiting.stream().map(Waiting::subject).sorted().toList());
    }

    @Test
    public void managerMidpoint_afterItClosed_shouldBeRefusedAsClosedForTheManager() {
        when(store.memberships(MIA)).thenReturn(List.of(new SurveyRepository.Membership(42, 7, false, ACTIVE, null,
                true)));
        at("2026-08-05T08:00:00Z");

        Refusal refusal = assertThrows(Refusal.class, () -> surveys.answer("survey:manager_midpoint:42:2026-07-02",
                List.of(SurveyKind.MANAGER_MIDPOINT_QUESTION), List.of(3), null, null));

        assertTrue(refusal.toString(), refusal instanceof Refusal.Conflict);
    }

    @Test
    public void results_shouldAddUpTheManagersMidpointFeedbackAndSuppressASmallGroup() {
        when(store.scores(7)).thenReturn(List.of(
                new SurveyRepository.ScoreCount(SurveyKind.MANAGER_MIDPOINT, "2026-07",
                        SurveyKind.MANAGER_MIDPOINT_QUESTION, 4, 14),
                new SurveyRepository.ScoreCount(SurveyKind.MANAGER_MIDPOINT, "2026-08",
                        SurveyKind.MANAGER_MIDPOINT_QUESTION, 2, 10)));

        Surveys.Results six = surveys.results(new ProgrammeDashboard(programme, 5, List.of(), null, null, null,
                List.of(), 0, List.of(), List.of(), null, null));
        Surveys.Results seven = surveys.results(new ProgrammeDashboard(programme, 7, List.of(), null, null, null,
                List.of(), 0, List.of(), List.of(), null, null));

        assertEquals(new Surveys.Score(null, 6, 4.0), six.managers().get(SurveyKind.MANAGER_MIDPOINT_QUESTION));
        assertEquals(new Surveys.Score(null, null, null), seven.managers().get(SurveyKind.MANAGER_MIDPOINT_QUESTION));
        assertTrue(six.alumni().isEmpty());
    }
}
