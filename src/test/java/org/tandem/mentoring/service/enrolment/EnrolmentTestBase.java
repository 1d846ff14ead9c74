package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import org.junit.Before;
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
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StaleVersionException;

/** The stored applications, people and programme the enrolment service tests share, over mocked ports. */
public abstract class EnrolmentTestBase {

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    static final String MIA = "mia";       // mentee, reports to boss
    static final String NOAH = "noah";     // reports to boss too
    static final String OLGA = "olga";     // mentor, no manager in the org chart
    static final String BOSS = "boss";     // manager of mia and noah
    static final String CAROL = "carol";   // coordinator
    static final String EVE = "eve";       // nobody in particular

    final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    final ParticipantRepository participants = mock(ParticipantRepository.class);
    final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    final HostUsers users = mock(HostUsers.class);
    final HostSpaces spaces = mock(HostSpaces.class);
    final Coordinators coordinators = mock(Coordinators.class);
    final TransactionTemplate transactions = mock(TransactionTemplate.class);
    final ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators, transactions);
    final ApplicationViews views = new ApplicationViews(participants, themes, users);
    final EnrolmentGate enrolment = new EnrolmentGate(programmes, participants, orgChart, users, gate, views);
    final EnrolmentQueries queries = new EnrolmentQueries(programmes, participants, orgChart, users, gate, enrolment,
            views);
    final Applications applications = new Applications(participants, orgChart, users, enrolment, views,
            Clock.fixed(NOW, ZoneOffset.UTC));
    final ApplicationDecisions decisions = new ApplicationDecisions(enrolment, Clock.fixed(NOW, ZoneOffset.UTC));

    Programme programme = programme(ProgrammePhase.ENROLMENT_OPEN, true);
    final Map<Integer, Participant> stored = new HashMap<>();

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(
                call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(programmes.findById(7)).thenAnswer(call -> Optional.of(programme));
        when(programmes.findBySpace("MENTOR", 0L)).thenAnswer(call -> Optional.of(programme));
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
        when(participants.findByProgrammeAndUser(eq(7), anyString())).thenAnswer(call -> stored.values().stream()
                .filter(p -> p.userKey().equals(call.getArgument(1))).toList());
        when(participants.findByProgrammeStateAndUsers(eq(7), any(), anyCollection())).thenAnswer(call -> stored
                .values().stream().filter(p -> p.state() == call.getArgument(1)
                        && call.<java.util.Collection<?>>getArgument(2).contains(p.userKey())).toList());
        when(participants.findUserKeys(eq(7), any(), any())).thenAnswer(call -> stored.values().stream()
                .filter(p -> p.role() == call.getArgument(1) && p.state() == call.getArgument(2))
                .map(Participant::userKey).toList());
        when(participants.findByUser(anyString())).thenAnswer(call -> stored.values().stream()
                .filter(p -> p.userKey().equals(call.getArgument(0))).toList());
        when(participants.findByUsers(anyCollection())).thenAnswer(call -> stored.values().stream()
                .filter(p -> call.<java.util.Collection<?>>getArgument(0).contains(p.userKey())).toList());
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


    void signIn(String userKey) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
    }

    static ApplicationForm menteeForm() {
        return ApplicationForm.mentee(List.of(1, 2), "Learn to delegate");
    }

    static Refusal.Invalid invalid(Runnable operation) {
        return assertThrows(Refusal.Invalid.class, operation::run);
    }

    Participant captureCreated() {
        ArgumentCaptor<Participant> created = ArgumentCaptor.forClass(Participant.class);
        verify(participants).create(created.capture());
        return created.getValue();
    }

    void seedThree() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        stored(22, NOAH, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        stored(23, OLGA, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
    }

    void stored(int id, String userKey, ParticipantRole role, ParticipantState state) {
        stored(id, userKey, role, state, userKey);
    }

    void stored(int id, String userKey, ParticipantRole role, ParticipantState state, String decidedBy) {
        store(new Participant(id, 1, 7, userKey, role, List.of(1), role == ParticipantRole.MENTOR ? 2 : 1,
                role == ParticipantRole.MENTOR ? "Give back" : null, "Grow", null, null, List.of(), List.of(), state,
                decidedBy, NOW.minusSeconds(3600)));
    }

    Participant store(Participant participant) {
        stored.put(participant.id(), participant);
        return participant;
    }

    static Participant copy(Participant p, int id, int version) {
        return new Participant(id, version, p.programmeId(), p.userKey(), p.role(), p.themeIds(), p.capacity(),
                p.motivation(), p.goals(), p.language(), p.availability(), p.preferredUserKeys(),
                p.excludedUserKeys(), p.state(), p.decidedBy(), p.decidedAt());
    }

    static List<Integer> ids(List<Application> applications) {
        return applications.stream().map(Application::id).toList();
    }

    static Programme programme(ProgrammePhase phase, boolean managerApproval) {
        return new Programme(7, 1, "Leaders of tomorrow", "MENTOR", ProgrammeType.ONE_TO_ONE, "Grow new managers",
                null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, managerApproval, false, phase);
    }
}
