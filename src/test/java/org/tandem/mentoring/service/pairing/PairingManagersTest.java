package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.people.Departures;

/** The manager of a pairing is who the org chart names now, and only while their account is active. */
public class PairingManagersTest extends PairingServicesFixture {

    @Test
    public void afterAReorganisation_theNewManagerShouldSeeAndAcknowledgeThePairingAndTheFormerOneNot() {
        PairingView proposed = proposeMiaWithOlga();
        person(MIA, PETE, "Sales", 3);

        signIn(BOSS);
        assertTrue(queries.awaitingMe().isEmpty());
        assertThrows(Refusal.NotFound.class, () -> queries.get(proposed.id()));
        assertThrows(Refusal.NotFound.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACKNOWLEDGE, null));

        signIn(PETE);
        assertEquals(List.of(proposed.id()), idsOf(queries.awaitingMe()));
        assertEquals(proposed.id(), queries.get(proposed.id()).id());
        PairingView acknowledged = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACKNOWLEDGE,
                null);

        assertEquals(Consent.GIVEN, pairings.findById(proposed.id()).orElseThrow().managerConsent());
        assertEquals(PETE, pairings.findEvents(proposed.id()).get(2).actorKey());
        assertTrue(acknowledged.version() > proposed.version());
        signIn(CAROL);
        assertEquals(PETE, queries.get(proposed.id()).managerKey());
    }

    @Test
    public void aDeactivatedManager_shouldNoLongerSeeOrAcknowledgeTheReportsPairing() {
        PairingView proposed = proposeMiaWithOlga();
        when(users.isDeactivated(BOSS)).thenReturn(true);

        signIn(BOSS);
        assertTrue(queries.awaitingMe().isEmpty());
        assertThrows(Refusal.NotFound.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACKNOWLEDGE, null));
        signIn(CAROL);
        assertNull(queries.get(proposed.id()).managerKey());
    }

    @Test
    public void aPairingWaitingForADeactivatedManager_shouldGoOnWithoutTheAcknowledgement() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        PairingView view = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        signIn(OLGA);
        consents.answer(proposed.id(), view.version(), ConsentAnswer.ACCEPT, null);
        assertEquals(PairingState.PROPOSED, pairings.findById(proposed.id()).orElseThrow().state());
        when(users.isDeactivated(BOSS)).thenReturn(true);
        Departures departures = new Departures(participants, pairings, orgChart, users, transactions,
                new org.tandem.mentoring.host.HostClock(java.util.Optional.empty()));

        assertEquals(new Departures.Reconciled(0, 1), departures.reconcile());
        assertEquals(new Departures.Reconciled(0, 0), departures.reconcile());

        Pairing stored = pairings.findById(proposed.id()).orElseThrow();
        assertEquals(Consent.SKIPPED, stored.managerConsent());
        assertEquals(PairingState.ACTIVE, stored.state());
        List<PairingEventType> log = pairings.findEvents(proposed.id()).stream().map(PairingEvent::type).toList();
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MENTEE_ACCEPTED,
                PairingEventType.MENTOR_ACCEPTED, PairingEventType.MANAGER_SKIPPED, PairingEventType.ACTIVATED), log);
    }
}
