package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;

/** The coordinator's workflow: run, adjust, publish, the decision log, and what each step reads of the org chart. */
public class PairingRunsTest extends PairingServicesFixture {

    @Test
    public void run_shouldStageTheEnginesProposalsWithScoreAndExplanation() {
        signIn(CAROL);

        RunResult result = runs.run(7);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE), pairsOf(result.staged()));
        PairingView mia = byMentee(result.staged(), MIA);
        assertEquals(PairingState.STAGED, mia.state());
        assertEquals(Audience.COORDINATOR, mia.audience());
        assertTrue(mia.score() > 0);
        assertEquals(mia.score().intValue(), mia.breakdown().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("tandem.matching.reason.themes", mia.explanation().parts().get(0).key());
        assertEquals(List.of(), result.unmatchedMentees());
        assertEquals(List.of(PairingEventType.STAGED, PairingEventType.STAGED),
                pairings.findProgrammeEvents(7).stream().map(PairingEvent::type).toList());
        assertEquals(CAROL, pairings.findProgrammeEvents(7).get(0).actorKey());
    }

    @Test
    public void run_shouldNeverOfferAMenteeAnyoneInTheLineOfAuthority() {
        approved.removeIf(p -> p.userKey().equals(OLGA) || p.userKey().equals(PETE));
        mentor(CEO, 3, 1, 2, 3);
        signIn(CAROL);

        RunResult result = runs.run(7);

        assertEquals(List.of(), result.staged());
        assertEquals(Set.of(MIA, NOAH), Set.copyOf(result.unmatchedMentees()));
    }

    @Test
    public void run_shouldLeaveOutPairedMenteesAndPlacesAlreadyHeld() {
        signIn(CAROL);
        publishAll(runs.run(7));
        approved.removeIf(p -> p.userKey().equals(BOSS));
        mentee(ZOE, 1);
        mentee("yan", 3);

        RunResult again = runs.run(7);

        // mia and noah are taken; pete's only place is held, olga has one of two left
        assertEquals(Map.of(ZOE, OLGA), pairsOf(again.staged()));
        assertEquals(List.of("yan"), again.unmatchedMentees());
    }

    @Test
    public void run_shouldReplaceTheStagedPairingsOfTheRunBefore() {
        signIn(CAROL);
        runs.run(7);

        runs.run(7);

        assertEquals(2, pairings.all().size());
    }

    @Test
    public void run_shouldNeverPairAMentorBelowTheMenteeInTheLineOfAuthorityByDefault() {
        for (ProgrammeType type : ProgrammeType.values()) {
            programme = programme(ProgrammePhase.MATCHING, type, false);
            approved.clear();
            mentee(CEO, 1);
            mentor(MIA, 1, 1);
            mentor(OLGA, 1, 1);
            signIn(CAROL);

            RunResult result = runs.run(7);

            assertEquals(type.name(), List.of(), result.staged());
            assertEquals(type.name(), List.of(CEO), result.unmatchedMentees());
        }
    }

    @Test
    public void run_shouldAskForAJuniorMentorInReverseProgrammes() {
        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.REVERSE, false)
                .withRelaxDownReason("Reverse mentoring of the board by its own staff");
        approved.clear();
        mentee(CEO, 1);
        mentor(MIA, 1, 1);
        mentor(OLGA, 1, 1);
        person(ZOE, null, "Sales", 8);
        signIn(CAROL);

        RunResult result = runs.run(7);

        // mia and olga both report to ceo, at lower levels; the programme lets a mentor be below the mentee
        assertEquals(1, result.staged().size());
        assertTrue(Set.of(MIA, OLGA).contains(result.staged().get(0).mentorKey()));
    }

    @Test
    public void run_shouldBeRefusedOutsideMatchingAndRunning() {
        programme = programme(ProgrammePhase.ENROLMENT_OPEN, ProgrammeType.ONE_TO_ONE, false);
        signIn(CAROL);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> runs.run(7));

        assertEquals(PairingRefusals.PHASE, e.messageKey());
        assertTrue(pairings.all().isEmpty());
    }

    @Test
    public void run_shouldBeForbiddenToSomebodyWhoOnlyReadsTheSpaceAndNotFoundToOthers() {
        signIn(EVE);
        assertThrows(Refusal.Forbidden.class, () -> runs.run(7));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> runs.run(7));
        assertTrue(pairings.all().isEmpty());
    }

    @Test
    public void add_shouldNeverOverrideAHardRuleEvenWithAReason() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> runs.add(7, MIA, BOSS, "They get on so well"));

        assertEquals("tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY", e.fieldErrors().get("mentorKey").key());
        assertTrue(pairings.all().isEmpty());
    }

    @Test
    public void add_shouldRefuseAnExcludedMentor() {
        approved.removeIf(p -> p.userKey().equals(MIA));
        approved.add(participant(MIA, ParticipantRole.MENTEE, 1, List.of(1)).withPeople(List.of(), List.of(OLGA)));
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> runs.add(7, MIA, OLGA, "Please"));

        assertEquals("tandem.pairing.error.hard.EXCLUDED_BY_MENTEE", e.fieldErrors().get("mentorKey").key());
    }

    @Test
    public void add_shouldRequireAReasonForSoftWarningsAndKeepIt() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class, () -> runs.add(7, MIA, PETE,
                " "));
        PairingView added = runs.add(7, MIA, PETE, "Pete asked to mentor a colleague from his own team");

        assertEquals("tandem.pairing.error.reason.warnings", e.fieldErrors().get("reason").key());
        assertEquals(EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), added.warnings());
        assertEquals("Pete asked to mentor a colleague from his own team", added.reason());
        PairingEvent logged = pairings.findEvents(added.id()).get(0);
        assertEquals(PairingEventType.ADDED, logged.type());
        assertEquals("Pete asked to mentor a colleague from his own team", logged.detail());
    }

    @Test
    public void add_shouldStageAPairWithoutWarningsWithoutAReason() {
        signIn(CAROL);

        PairingView added = runs.add(7, MIA, OLGA, null);

        assertEquals(PairingState.STAGED, added.state());
        assertEquals(Set.of(), added.warnings());
        assertNull(added.reason());
    }

    @Test
    public void add_shouldRefuseAMentorWithoutAPlaceLeftAndAMenteeAlreadyPaired() {
        signIn(CAROL);
        runs.add(7, NOAH, PETE, "Same team, both asked for it");
        mentee(ZOE, 3);

        Refusal.Invalid full = assertThrows(Refusal.Invalid.class,
                () -> runs.add(7, ZOE, PETE, "x"));
        Refusal.Invalid paired = assertThrows(Refusal.Invalid.class,
                () -> runs.add(7, NOAH, OLGA, "x"));

        assertEquals("tandem.pairing.error.mentor.full", full.fieldErrors().get("mentorKey").key());
        assertEquals("tandem.pairing.error.mentee.paired", paired.fieldErrors().get("menteeKey").key());
    }

    @Test
    public void add_shouldRefuseSomebodyWhoIsNotAnApprovedParticipant() {
        signIn(CAROL);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> runs.add(7, EVE, CEO, null));

        assertEquals(Set.of("menteeKey", "mentorKey"), e.fieldErrors().keySet());
    }

    @Test
    public void swap_shouldExchangeTheMentorsAndScoreBothPairsAfresh() {
        signIn(CAROL);
        Map<String, PairingView> staged = byMentee(runs.run(7).staged());
        PairingView mia = staged.get(MIA);
        PairingView noah = staged.get(NOAH);

        List<PairingView> swapped = runs.swap(7, mia.id(), mia.version(), noah.id(), noah.version(),
                "Trying the other way round");

        assertEquals(Map.of(MIA, PETE, NOAH, OLGA), pairsOf(swapped));
        assertTrue(byMentee(swapped, MIA).warnings().contains(PairingWarning.SAME_DEPARTMENT));
        assertEquals(2, pairings.findProgrammeEvents(7).stream()
                .filter(e -> e.type() == PairingEventType.SWAPPED).count());
    }

    @Test
    public void swap_shouldRefuseWhenANewPairWouldBreakAHardRule() {
        signIn(CAROL);
        PairingView mia = runs.add(7, MIA, OLGA, null);
        approved.removeIf(p -> p.userKey().equals(BOSS));
        mentor(BOSS, 1, 3);
        mentee(ZOE, 3);
        PairingView zoe = runs.add(7, ZOE, BOSS, null);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class,
                () -> runs.swap(7, mia.id(), mia.version(), zoe.id(), zoe.version(), "Because"));

        assertEquals("tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY", e.fieldErrors().get("second").key());
        assertEquals(OLGA, pairings.findById(mia.id()).orElseThrow().mentorKey());
    }

    @Test
    public void remove_shouldDeleteAStagedPairingButNotAPublishedOne() {
        signIn(CAROL);
        PairingView staged = runs.add(7, MIA, OLGA, null);
        PairingView other = runs.add(7, NOAH, PETE, "Same team, both asked for it");
        runs.remove(staged.id(), staged.version());
        runs.publish(7);

        assertTrue(pairings.findById(staged.id()).isEmpty());
        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> runs.remove(other.id(), other.version() + 1));
        assertEquals(PairingRefusals.STATE, e.messageKey());
    }

    @Test
    public void publish_shouldProposeToThePairWithTheManagerAskedOrTheStepSkipped() {
        mentee(ZOE, 1);
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.add(7, ZOE, OLGA, "Asked for it");

        Map<String, PairingView> published = byMentee(runs.publish(7));

        assertEquals(PairingState.PROPOSED, published.get(MIA).state());
        assertEquals(BOSS, published.get(MIA).managerKey());
        assertEquals(Consent.PENDING, published.get(MIA).consents().get(Party.MANAGER));
        assertNull(published.get(ZOE).managerKey());
        assertEquals(Consent.SKIPPED, published.get(ZOE).consents().get(Party.MANAGER));
        assertEquals(Consent.NOT_REQUIRED, published.get(ZOE).consents().get(Party.SPONSOR));
        List<PairingEventType> zoeLog = pairings.findEvents(published.get(ZOE).id()).stream()
                .map(PairingEvent::type).toList();
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MANAGER_SKIPPED),
                zoeLog);
    }

    @Test
    public void publish_shouldPublishNothingWhenTheOrgChartChangedIntoAHardRule() {
        signIn(CAROL);
        runs.run(7);
        person(BOSS, OLGA, "Sales", 6); // olga is now above mia and noah

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> runs.publish(7));

        assertEquals(PairingRefusals.PUBLISH, e.messageKey());
        assertTrue(pairings.all().stream().allMatch(p -> p.state() == PairingState.STAGED));
    }

    @Test
    public void publish_shouldRefuseWithNothingStaged() {
        signIn(CAROL);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class, () -> runs.publish(7));

        assertEquals(PairingRefusals.NOTHING_STAGED, e.messageKey());
    }

    @Test
    public void run_shouldReadTheWholeOrganisationOnce() {
        signIn(CAROL);

        runs.run(7);

        verify(orgChart, times(1)).whole();
        verify(orgChart, never()).snapshot(anyCollection());
    }

    @Test
    public void add_shouldReadOnlyThePairItJudgesFromTheOrgChart() {
        signIn(CAROL);

        runs.add(7, MIA, OLGA, null);

        assertEquals(Set.of(MIA, OLGA), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
    }

    @Test
    public void swap_shouldReadOnlyTheFourPeopleItJudgesFromTheOrgChart() {
        signIn(CAROL);
        Map<String, PairingView> staged = byMentee(runs.run(7).staged());
        PairingView mia = staged.get(MIA);
        PairingView noah = staged.get(NOAH);
        clearInvocations(orgChart);

        runs.swap(7, mia.id(), mia.version(), noah.id(), noah.version(), "Trying the other way round");

        assertEquals(Set.of(MIA, NOAH, mia.mentorKey(), noah.mentorKey()), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
    }

    @Test
    public void publish_shouldReadTheOrgChartOnceForAllStagedPairings() {
        mentee(ZOE, 1);
        signIn(CAROL);
        runs.add(7, MIA, OLGA, null);
        runs.add(7, NOAH, PETE, "Same team, both asked for it");
        runs.add(7, ZOE, OLGA, "Asked for it");
        clearInvocations(orgChart);

        runs.publish(7);

        assertEquals(Set.of(MIA, NOAH, ZOE, OLGA, PETE), Set.copyOf(snapshotAsked()));
        verify(orgChart, never()).whole();
        verify(orgChart, never()).findByUserKey(anyString());
        verify(orgChart, never()).findByUserKeys(anyCollection());
    }

    @Test
    public void history_shouldBeForCoordinatorsOnly() {
        PairingView proposed = proposeMiaWithOlga();

        signIn(MIA);
        assertThrows(Refusal.Forbidden.class, () -> runs.history(7));
        signIn(CAROL);
        assertEquals(2, runs.history(7).size());
        assertEquals(proposed.id(), runs.history(7).get(0).pairingId());
    }
}
