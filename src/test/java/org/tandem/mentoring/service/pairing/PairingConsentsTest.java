package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;

/** The answers of the pair, the manager and the sponsor, and the end of a pairing. */
public class PairingConsentsTest extends PairingServicesFixture {

    @Test
    public void answer_shouldActivateOnceMenteeMentorAndManagerAreIn() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        PairingView afterMia = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);
        signIn(OLGA);
        PairingView afterOlga = consents.answer(proposed.id(), afterMia.version(), ConsentAnswer.ACCEPT, null);
        signIn(BOSS);
        PairingView afterBoss = consents.answer(proposed.id(), afterOlga.version(), ConsentAnswer.ACKNOWLEDGE, null);

        assertEquals(PairingState.PROPOSED, afterOlga.state());
        assertEquals(PairingState.ACTIVE, afterBoss.state());
        assertEquals(1, pairings.seatsTaken(7, OLGA));
        List<PairingEvent> log = pairings.findEvents(proposed.id());
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MENTEE_ACCEPTED,
                PairingEventType.MENTOR_ACCEPTED, PairingEventType.MANAGER_ACKNOWLEDGED, PairingEventType.ACTIVATED),
                log.stream().map(PairingEvent::type).toList());
        assertEquals(List.of(CAROL, CAROL, MIA, OLGA, BOSS, BOSS), log.stream().map(PairingEvent::actorKey).toList());
        assertTrue(log.stream().allMatch(e -> e.at().equals(NOW)));
    }

    @Test
    public void answer_shouldWaitForTheSponsorWhereTheProgrammeAsksAndNotLetThePairApprove() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, true);
        when(coordinators.coordinates(eq(MIA), any())).thenReturn(true); // mia coordinates too
        PairingView proposed = proposeMiaWithOlga();
        PairingView accepted = acceptAll(proposed);

        signIn(MIA);
        assertThrows(Refusal.Forbidden.class,
                () -> consents.answer(proposed.id(), accepted.version(), ConsentAnswer.APPROVE, null));
        signIn(CAROL);
        PairingView approved = consents.answer(proposed.id(), accepted.version(), ConsentAnswer.APPROVE, null);

        assertEquals(PairingState.PROPOSED, accepted.state());
        assertEquals(PairingState.ACTIVE, approved.state());
        assertEquals(Consent.GIVEN, approved.consents().get(Party.SPONSOR));
        assertEquals(CAROL, pairings.findById(proposed.id()).orElseThrow().sponsorKey());
    }

    @Test
    public void answer_shouldDeclineAndFreeBothPeopleForTheNextRun() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(OLGA);
        PairingView declined = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.DECLINE,
                "Not the right time for me");
        signIn(CAROL);
        RunResult next = runs.run(7);

        assertEquals(PairingState.DECLINED, declined.state());
        assertEquals("Not the right time for me", declined.endReason());
        assertTrue(pairsOf(next.staged()).containsKey(MIA));
        assertEquals(PairingEventType.MENTOR_DECLINED, pairings.findEvents(proposed.id()).get(2).type());
    }

    @Test
    public void answer_shouldShowTheDeclineReasonAndWhoDeclinedOnlyToTheAuthorAndTheCoordinators() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(OLGA);
        consents.answer(proposed.id(), proposed.version(), ConsentAnswer.DECLINE, "He is close to my manager");

        signIn(MIA);
        PairingView other = queries.get(proposed.id());
        signIn(OLGA);
        PairingView author = queries.get(proposed.id());
        signIn(CAROL);
        PairingView coordinator = queries.get(proposed.id());

        assertEquals(PairingState.DECLINED, other.state());
        assertNull(other.endReason());
        assertNull(other.decidedBy());
        assertFalse(other.consents().containsKey(Party.MENTOR));
        assertEquals("He is close to my manager", author.endReason());
        assertEquals("He is close to my manager", coordinator.endReason());
        assertEquals(OLGA, coordinator.decidedBy());
        assertEquals(Consent.DECLINED, coordinator.consents().get(Party.MENTOR));
    }

    @Test
    public void end_shouldShowTheEndReasonOnlyToTheAuthorAndTheCoordinators() {
        PairingView active = acceptAll(proposeMiaWithOlga());
        signIn(MIA);
        consents.end(active.id(), active.version(), "We covered what I needed");

        signIn(OLGA);
        PairingView other = queries.get(active.id());
        signIn(CAROL);
        PairingView coordinator = queries.get(active.id());

        assertEquals(PairingState.ENDED, other.state());
        assertNull(other.endReason());
        assertNull(other.decidedBy());
        assertEquals("We covered what I needed", coordinator.endReason());
        assertEquals(MIA, coordinator.decidedBy());
    }

    @Test
    public void answerAndEnd_shouldBeAConflictOnceTheProgrammeIsArchived() {
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.add(7, NOAH, PETE, "Same team, both asked for it");
        List<PairingView> published = runs.publish(7);
        PairingView proposed = byMentee(published, MIA);
        PairingView active = acceptAll(byMentee(published, NOAH));
        programme = programme.withPhase(ProgrammePhase.ARCHIVED);

        signIn(MIA);
        Refusal.Conflict accept = assertThrows(Refusal.Conflict.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));
        signIn(NOAH);
        Refusal.Conflict end = assertThrows(Refusal.Conflict.class,
                () -> consents.end(active.id(), active.version(), "Done"));

        assertEquals("tandem.pairing.error.archived", accept.messageKey());
        assertEquals("tandem.pairing.error.archived", end.messageKey());
        assertEquals(Consent.PENDING, pairings.findById(proposed.id()).orElseThrow().menteeConsent());
        assertEquals(PairingState.ACTIVE, pairings.findById(active.id()).orElseThrow().state());
    }

    @Test
    public void answer_shouldBeAConflictOnAStaleVersionAndWriteNothing() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);

        signIn(OLGA);
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.STALE, e.messageKey());
        assertEquals(Consent.PENDING, pairings.findById(proposed.id()).orElseThrow().mentorConsent());
    }

    @Test
    public void answer_shouldLetEachPartyAnswerOnlyForThemself() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));
        signIn(MIA);
        assertThrows(Refusal.Forbidden.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACKNOWLEDGE, null));
        signIn(CAROL);
        assertThrows(Refusal.Forbidden.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.APPROVE, null));
        signIn(EVE);
        assertThrows(Refusal.NotFound.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));
        assertEquals(proposed.version(), pairings.findById(proposed.id()).orElseThrow().version());
    }

    @Test
    public void answer_shouldBeAConflictWhenTheMentorHasNoPlaceLeft() {
        approved.removeIf(p -> p.userKey().equals(PETE));
        mentor(PETE, 1, 1, 2, 3);
        signIn(CAROL);
        runs.add(7, MIA, PETE, "x");
        runs.publish(7);
        PairingView mia = byMentee(queries.list(7, PairingState.PROPOSED, null), MIA);
        acceptAll(mia);
        mentee(ZOE, 3);
        approved.removeIf(p -> p.userKey().equals(PETE));
        mentor(PETE, 2, 1, 2, 3); // pete offers a second place; publish records it ...
        signIn(CAROL);
        runs.add(7, ZOE, PETE, "x");
        runs.publish(7);
        pairings.reserveSeats(7, Map.of(PETE, 1)); // ... and then takes it back
        PairingView zoe = byMentee(queries.list(7, PairingState.PROPOSED, null), ZOE);
        signIn(ZOE);
        PairingView zoeSaidYes = consents.answer(zoe.id(), zoe.version(), ConsentAnswer.ACCEPT, null);

        signIn(PETE);
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> consents.answer(zoe.id(), zoeSaidYes.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.MENTOR_FULL, e.messageKey());
        assertEquals(PairingState.PROPOSED, pairings.findById(zoe.id()).orElseThrow().state());
    }

    @Test
    public void answer_shouldRunAgainWhenAConcurrentStepTookTheMentorsPlaceFirst() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        pairings.contentions = 2;

        PairingView answered = consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null);

        assertEquals(Consent.GIVEN, answered.consents().get(Party.MENTEE));
        assertEquals(0, pairings.contentions);
    }

    @Test
    public void answer_shouldBeAConflictWhenTheRaceForAPlaceIsLostAgainAndAgain() {
        PairingView proposed = proposeMiaWithOlga();
        signIn(MIA);
        pairings.contentions = 50;

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> consents.answer(proposed.id(), proposed.version(), ConsentAnswer.ACCEPT, null));

        assertEquals(PairingRefusals.STALE, e.messageKey());
        assertEquals(Consent.PENDING, pairings.findById(proposed.id()).orElseThrow().menteeConsent());
    }

    @Test
    public void end_shouldEndAnActivePairingWithAReasonAndGiveThePlaceBack() {
        PairingView active = acceptAll(proposeMiaWithOlga());
        signIn(MIA);

        Refusal.Invalid noReason = assertThrows(Refusal.Invalid.class,
                () -> consents.end(active.id(), active.version(), " "));
        PairingView ended = consents.end(active.id(), active.version(), "We covered what I needed");

        assertEquals("tandem.pairing.error.reason.required", noReason.fieldErrors().get("reason").key());
        assertEquals(PairingState.ENDED, ended.state());
        assertEquals("We covered what I needed", ended.endReason());
        assertEquals(0, pairings.seatsTaken(7, OLGA));
        signIn(CAROL);
        assertTrue(pairsOf(runs.run(7).staged()).containsKey(MIA));
    }

    @Test
    public void end_shouldBeForbiddenToTheManagerAndACoordinator() {
        PairingView active = acceptAll(proposeMiaWithOlga());

        signIn(BOSS);
        assertThrows(Refusal.Forbidden.class, () -> consents.end(active.id(), active.version(), "x"));
        signIn(CAROL);
        assertThrows(Refusal.Forbidden.class, () -> consents.end(active.id(), active.version(), "x"));
        signIn(NOAH);
        assertThrows(Refusal.NotFound.class, () -> consents.end(active.id(), active.version(), "x"));
    }
}
