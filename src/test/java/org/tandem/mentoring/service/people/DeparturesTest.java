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
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;

public class DeparturesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final PairingStore pairings = mock(PairingStore.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final Departures departures = new Departures(participants, pairings, orgChart, transactions,
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
