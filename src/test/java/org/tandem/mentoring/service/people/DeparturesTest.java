package org.tandem.mentoring.service.people;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;

public class DeparturesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final PairingStore pairings = mock(PairingStore.class);
    private final HostUsers users = mock(HostUsers.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final Departures departures = new Departures(participants, pairings, orgChart, users, transactions,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
    }

    @Test
    public void deactivated_shouldWithdrawOnlyOpenApplications() {
        when(participants.findByUser("mia")).thenReturn(List.of(
                participant(1, ParticipantState.AWAITING_MANAGER),
                participant(2, ParticipantState.APPROVED),
                participant(3, ParticipantState.DECLINED),
                participant(4, ParticipantState.WITHDRAWN)));

        assertEquals(2, departures.deactivated("mia"));

        verify(participants).decide(1, 5, ParticipantState.WITHDRAWN, "mia", NOW, Departures.DEACTIVATED);
        verify(participants).decide(2, 5, ParticipantState.WITHDRAWN, "mia", NOW, Departures.DEACTIVATED);
        verify(participants, never()).decide(eq(3), anyInt(), any(), any(), any(), any());
        verify(orgChart, never()).remove(any());
    }

    @Test
    public void removed_shouldAlsoTakeThePersonOutOfTheOrgChart() {
        when(participants.findByUser("mia")).thenReturn(List.of(participant(1, ParticipantState.APPLIED)));

        assertEquals(1, departures.removed("mia"));

        verify(participants).decide(1, 5, ParticipantState.WITHDRAWN, "mia", NOW, Departures.REMOVED);
        verify(orgChart).remove(List.of("mia"));
    }

    @Test
    public void deactivated_shouldWinOverADecisionTakenAtTheSameMoment() {
        when(participants.findByUser("mia")).thenReturn(List.of(participant(1, ParticipantState.AWAITING_MANAGER)));
        when(participants.decide(1, 5, ParticipantState.WITHDRAWN, "mia", NOW, Departures.DEACTIVATED))
                .thenThrow(new StaleVersionException("participant", 1, 5));
        Participant approvedMeanwhile = new Participant(1, 6, 7, "mia", ParticipantRole.MENTEE, List.of(), 1, null,
                null, null, null, List.of(), List.of(), ParticipantState.AWAITING_COORDINATOR, "boss", NOW);
        when(participants.findById(1)).thenReturn(Optional.of(approvedMeanwhile));

        assertEquals(1, departures.deactivated("mia"));

        verify(participants).decide(1, 6, ParticipantState.WITHDRAWN, "mia", NOW, Departures.DEACTIVATED);
    }

    @Test
    public void deactivated_shouldDoNothingForSomeoneWhoNeverEnrolled() {
        when(participants.findByUser("zoe")).thenReturn(List.of());

        assertEquals(0, departures.deactivated("zoe"));
    }

    @Test
    public void deactivated_shouldReleaseThePersonsPairings() {
        when(participants.findByUser("mia")).thenReturn(List.of());
        Pairing staged = pairing(PairingState.STAGED, Consent.PENDING);
        Pairing waiting = pairing(PairingState.PROPOSED, Consent.PENDING);
        Pairing accepted = pairing(PairingState.PROPOSED, Consent.GIVEN);
        Pairing active = pairing(PairingState.ACTIVE, Consent.GIVEN);
        when(pairings.findByPerson("mia")).thenReturn(List.of(staged, waiting, accepted, active));

        assertEquals(3, departures.deactivated("mia"));

        verify(pairings).removeStaged(0, 0, "mia", NOW, Departures.DEACTIVATED);
        ArgumentCaptor<Pairing> saved = ArgumentCaptor.forClass(Pairing.class);
        verify(pairings).save(saved.capture(), eq(PairingEventType.MENTEE_DECLINED), eq("mia"), eq(NOW),
                eq(Departures.DEACTIVATED));
        assertEquals(PairingState.DECLINED, saved.getValue().state());
        verify(pairings).save(saved.capture(), eq(PairingEventType.ENDED), eq("mia"), eq(NOW),
                eq(Departures.DEACTIVATED));
        assertEquals(PairingState.ENDED, saved.getValue().state());
        verify(pairings, times(2)).save(any(), any(), any(), any(), any());
    }

    @Test
    public void deactivated_shouldMoveWhatWaitedForThemAsManagerToTheCoordinators() {
        when(orgChart.findDirectReports("boss")).thenReturn(List.of(OrgPerson.of("mia", "boss", "R&D", 2)));
        when(participants.findByUser("mia")).thenReturn(List.of(participant(1, ParticipantState.AWAITING_MANAGER),
                participant(2, ParticipantState.APPROVED)));
        Pairing waiting = pairing(PairingState.STAGED, Consent.PENDING).proposed("boss", false)
                .withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .withConsent(Party.MENTOR, Consent.GIVEN, null, null);
        when(pairings.findByPerson("mia")).thenReturn(List.of(waiting));

        assertEquals(2, departures.deactivated("boss"));

        verify(participants).decide(1, 5, ParticipantState.AWAITING_COORDINATOR, Departures.ACTOR, NOW,
                Departures.NO_MANAGER);
        verify(participants, never()).decide(eq(2), anyInt(), any(), any(), any(), any());
        ArgumentCaptor<Pairing> saved = ArgumentCaptor.forClass(Pairing.class);
        verify(pairings).save(saved.capture(), eq(PairingEventType.MANAGER_SKIPPED), eq(Departures.ACTOR), eq(NOW),
                eq(Departures.MANAGER_GONE));
        assertEquals(Consent.SKIPPED, saved.getValue().managerConsent());
        assertEquals(PairingState.ACTIVE, saved.getValue().state());
    }

    @Test
    public void reconcile_shouldGoOnWithoutDeactivatedManagersAndDoTheWorkOnce() {
        when(users.exists(any())).thenReturn(true);
        when(users.isDeactivated("boss")).thenReturn(true);
        when(orgChart.snapshot(any())).thenReturn(OrgChart.of(List.of(OrgPerson.of("boss", null, "R&D", 1),
                OrgPerson.of("kim", null, "R&D", 1), OrgPerson.of("mia", "boss", "R&D", 2),
                OrgPerson.of("noah", "kim", "R&D", 2))));
        List<Participant> awaiting = new ArrayList<>(List.of(participant(1, ParticipantState.AWAITING_MANAGER),
                new Participant(2, 5, 7, "noah", ParticipantRole.MENTEE, List.of(), 1, null, null, null, null,
                        List.of(), List.of(), ParticipantState.AWAITING_MANAGER, "noah", NOW)));
        when(participants.findByState(ParticipantState.AWAITING_MANAGER)).thenAnswer(call -> List.copyOf(awaiting));
        when(participants.decide(anyInt(), anyInt(), any(), any(), any(), any())).thenAnswer(call -> {
            int id = call.getArgument(0);
            awaiting.removeIf(p -> p.id() == id);
            return null;
        });
        List<Pairing> stored = new ArrayList<>(List.of(pairing(PairingState.STAGED, Consent.PENDING)
                .proposed("boss", false)));
        when(pairings.findWaitingForManager()).thenAnswer(call -> stored.stream()
                .filter(p -> p.waitsFor(Party.MANAGER)).toList());
        when(pairings.save(any(), any(), any(), any(), any())).thenAnswer(call -> {
            Pairing changed = call.getArgument(0);
            stored.set(0, changed);
            return changed;
        });

        assertEquals(new Departures.Reconciled(1, 1), departures.reconcile());
        assertEquals(new Departures.Reconciled(0, 0), departures.reconcile());

        verify(participants, times(1)).decide(1, 5, ParticipantState.AWAITING_COORDINATOR, Departures.ACTOR, NOW,
                Departures.NO_MANAGER);
        verify(participants, never()).decide(eq(2), anyInt(), any(), any(), any(), any());
        verify(pairings, times(1)).save(any(), eq(PairingEventType.MANAGER_SKIPPED), any(), any(), any());
        assertEquals(Consent.SKIPPED, stored.get(0).managerConsent());
        assertEquals(PairingState.PROPOSED, stored.get(0).state());
    }

    private static Pairing pairing(PairingState state, Consent menteeAnswer) {
        Pairing staged = Pairing.staged(7, new Proposal("mia", "olga", 10, new EnumMap<>(Criterion.class),
                new Explanation(List.of())), Set.of(), null, "cora", NOW);
        if (state == PairingState.STAGED) {
            return staged;
        }
        Pairing proposed = staged.proposed(null, false);
        if (menteeAnswer == Consent.GIVEN) {
            proposed = proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null);
        }
        return state == PairingState.ACTIVE ? proposed.withConsent(Party.MENTOR, Consent.GIVEN, null, null) : proposed;
    }

    private static Participant participant(int id, ParticipantState state) {
        return new Participant(id, 5, 7, "mia", ParticipantRole.MENTEE, List.of(), 1, null, null, null, null,
                List.of(), List.of(), state, null, null);
    }
}
