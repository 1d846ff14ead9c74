package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Before;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
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
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The cohort, org chart and programme the pairing services are tested on: real services over an in-memory pairing
 * store, with the programme, participants, org chart and host mocked.
 */
public abstract class PairingServicesFixture {

    protected static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    protected static final String MIA = "mia";       // mentee: delegating, prioritising; reports to boss
    protected static final String NOAH = "noah";     // mentee: presenting; reports to boss
    protected static final String ZOE = "zoe";       // mentee outside the org chart
    protected static final String OLGA = "olga";     // mentor, 2 places, Finance
    protected static final String PETE = "pete";     // mentor, 1 place, Sales like mia and noah
    protected static final String BOSS = "boss";     // mentor, but the manager of mia and noah
    protected static final String CEO = "ceo";       // above everybody
    protected static final String CAROL = "carol";   // coordinator
    protected static final String EVE = "eve";       // may read the programme space, nothing more
    protected static final String STRANGER = "stranger"; // may not even read the space

    protected final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    protected final ParticipantRepository participants = mock(ParticipantRepository.class);
    protected final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    protected final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    protected final InMemoryPairings pairings = new InMemoryPairings();
    protected final MatchingSettingsRepository settings = MatchingSettingsStub.defaults();
    protected final HostUsers users = mock(HostUsers.class);
    protected final HostSpaces spaces = mock(HostSpaces.class);
    protected final Coordinators coordinators = mock(Coordinators.class);
    protected final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators, transactions);
    protected final PairingRuns runs = new PairingRuns(gate, programmes, participants, themes, orgChart, pairings,
            users, settings, new MatchingEngine(), Clock.fixed(NOW, ZoneOffset.UTC));
    protected final PairingConsents consents = new PairingConsents(gate, programmes, pairings, orgChart, users,
            Clock.fixed(NOW, ZoneOffset.UTC));
    protected final PairingQueries queries = new PairingQueries(gate, programmes, participants, pairings, orgChart,
            users);

    protected Programme programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, false);
    protected final List<Participant> approved = new ArrayList<>();
    protected final Map<String, OrgPerson> chart = new HashMap<>();

    @Before
    @SuppressWarnings("unchecked")
    public void setUpPairings() {
        when(transactions.execute(any())).thenAnswer(
                call -> pairings.inTransaction(((TransactionCallback<Object>) call.getArgument(0))::doInTransaction));
        when(programmes.findById(7)).thenAnswer(call -> Optional.of(programme));
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

    protected PairingView proposeMiaWithOlga() {
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        return byMentee(runs.publish(7), MIA);
    }

    /** Mentee, mentor and manager say yes. */
    protected PairingView acceptAll(PairingView proposed) {
        signIn(proposed.menteeKey());
        PairingView view = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        Pairing stored = pairings.findById(proposed.id()).orElseThrow();
        signIn(stored.mentorKey());
        view = consents.answer(proposed.id(), view.version(), ConsentAnswer.ACCEPT, null);
        if (stored.managerKey() != null) {
            signIn(stored.managerKey());
            view = consents.answer(proposed.id(), view.version(), ConsentAnswer.ACKNOWLEDGE, null);
        }
        return view;
    }

    protected void publishAll(RunResult result) {
        assertFalse(result.staged().isEmpty());
        runs.publish(7);
    }

    protected void signIn(String userKey) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
    }

    protected void person(String key, String manager, String department, int level) {
        chart.put(key, OrgPerson.of(key, manager, department, level));
    }

    protected void mentee(String key, Integer... themeIds) {
        approved.add(participant(key, ParticipantRole.MENTEE, 1, List.of(themeIds)));
    }

    protected void mentor(String key, int capacity, Integer... themeIds) {
        approved.add(participant(key, ParticipantRole.MENTOR, capacity, List.of(themeIds)));
    }

    protected static Participant participant(String key, ParticipantRole role, int capacity, List<Integer> themeIds) {
        return new Participant(key.hashCode() & 0xffff, 1, 7, key, role, themeIds, capacity, null, null, "en", null,
                List.of(), List.of(), ParticipantState.APPROVED, CAROL, NOW);
    }

    protected static Programme programme(ProgrammePhase phase, ProgrammeType type, boolean sponsor) {
        return new Programme(7, 1, "Leaders", "MENTOR", type, null, null, null, 12, Cadence.MONTHLY, null, true,
                sponsor, phase);
    }

    protected static Map<String, String> pairsOf(List<PairingView> views) {
        return views.stream().collect(Collectors.toMap(PairingView::menteeKey, PairingView::mentorKey));
    }

    protected static Map<String, PairingView> byMentee(List<PairingView> views) {
        return views.stream().collect(Collectors.toMap(PairingView::menteeKey, Function.identity()));
    }

    protected static PairingView byMentee(List<PairingView> views, String mentee) {
        return byMentee(views).get(mentee);
    }

    protected static List<String> menteesOf(List<PairingView> views) {
        return views.stream().map(PairingView::menteeKey).toList();
    }

    protected static List<Integer> idsOf(List<PairingView> views) {
        return views.stream().map(PairingView::id).toList();
    }
    /** The keys of the one snapshot read since the last clear; fails when there was not exactly one. */
    @SuppressWarnings("unchecked")
    protected Collection<String> snapshotAsked() {
        ArgumentCaptor<Collection<String>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(orgChart, times(1)).snapshot(asked.capture());
        return asked.getValue();
    }
}
