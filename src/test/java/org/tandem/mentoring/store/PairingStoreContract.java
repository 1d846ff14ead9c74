package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;

/**
 * What every {@link PairingStore} does: the Active Objects store (on H2 and PostgreSQL) and the in-memory one the
 * service tests use run these same tests. Each test works in a programme of its own.
 */
public abstract class PairingStoreContract {

    protected static final Instant RUN = Instant.parse("2026-11-23T10:00:00Z");
    protected static final Instant LATER = Instant.parse("2026-11-24T09:30:00Z");

    protected PairingStore pairings;
    protected int programmeId;

    /** The store under test. */
    protected abstract PairingStore newStore();

    /** The id of a programme no other test of this run uses. */
    protected abstract int newProgramme();

    @Before
    public void setUpStore() {
        pairings = newStore();
        programmeId = newProgramme();
    }

    @Test
    public void replaceStaged_shouldRoundTripEveryFieldAndLogWhoStagedIt() {
        List<Pairing> stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN);

        assertEquals(1, stored.size());
        Pairing read = pairings.findById(stored.get(0).id()).orElseThrow();
        assertEquals(1, read.version());
        assertEquals(PairingState.STAGED, read.state());
        assertEquals("mia", read.menteeKey());
        assertEquals("olga", read.mentorKey());
        assertEquals(24, read.score());
        assertEquals(staged("mia", "olga").breakdown(), read.breakdown());
        assertEquals(staged("mia", "olga").explanation(), read.explanation());
        assertEquals("carol", read.createdBy());
        assertEquals(RUN, read.createdAt());
        assertEquals(Consent.PENDING, read.menteeConsent());
        assertEquals(Consent.NOT_REQUIRED, read.sponsorConsent());
        List<PairingEvent> events = pairings.findEvents(read.id());
        assertEquals(1, events.size());
        assertEquals(PairingEventType.STAGED, events.get(0).type());
        assertEquals("carol", events.get(0).actorKey());
        assertEquals(RUN, events.get(0).at());
    }

    @Test
    public void replaceStaged_shouldReplaceOnlyTheStagedPairingsOfThatProgramme() {
        Pairing first = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga"), staged("noah", "olga")),
                "carol", RUN).get(0);
        Pairing published = pairings.save(first.proposed(null, false), PairingEventType.PUBLISHED, "carol", RUN,
                null);

        List<Pairing> again = pairings.replaceStaged(programmeId, List.of(staged("noah", "pete")), "carol", LATER);

        assertEquals(List.of("pete"), again.stream().map(Pairing::mentorKey).toList());
        assertEquals(2, pairings.findByProgramme(programmeId).size());
        assertEquals(PairingState.PROPOSED, pairings.findById(published.id()).orElseThrow().state());
    }

    @Test
    public void replaceStaged_shouldKeepTheStagedPairingsAskedForUnchangedAndUnlogged() {
        List<Pairing> first = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga"),
                staged("noah", "olga")), "carol", RUN);
        Pairing hand = first.get(1);
        int eventsBefore = pairings.findProgrammeEvents(programmeId).size();

        List<Pairing> again = pairings.replaceStaged(programmeId, List.of(staged("zoe", "pete")),
                java.util.Set.of(hand.id()), "carol", LATER);

        assertEquals(List.of("noah", "zoe"), again.stream().map(Pairing::menteeKey).toList());
        assertEquals(hand, pairings.findById(hand.id()).orElseThrow());
        assertEquals(eventsBefore + 1, pairings.findProgrammeEvents(programmeId).size());
        assertFalse(pairings.findById(first.get(0).id()).isPresent());
    }

    @Test
    public void findStagedByHand_shouldFindOnlyTheStagedPairingsACoordinatorAdded() {
        pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN);
        Pairing hand = pairings.stage(staged("noah", "pete"), PairingEventType.ADDED, "carol", RUN, null);
        Pairing published = pairings.stage(staged("zoe", "pete"), PairingEventType.ADDED, "carol", RUN, null);
        pairings.save(published.proposed(null, false), PairingEventType.PUBLISHED, "carol", LATER, null);
        int other = newProgramme();
        pairings.stage(staged(other, "mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);

        assertEquals(List.of(hand), pairings.findStagedByHand(programmeId));
        assertEquals(List.of(), pairings.findStagedByHand(newProgramme()));
    }

    @Test
    public void replaceStaged_shouldLeaveOtherProgrammesAlone() {
        int other = newProgramme();
        pairings.replaceStaged(other, List.of(staged(other, "mia", "olga")), "carol", RUN);

        pairings.replaceStaged(programmeId, List.of(staged("noah", "pete")), "carol", LATER);

        assertEquals(List.of("mia"), pairings.findByProgramme(other).stream().map(Pairing::menteeKey).toList());
    }

    @Test
    public void replaceStaged_shouldRefuseAPairingThatIsNotStagedOrOfAnotherProgrammeAndWriteNothing() {
        Pairing kept = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN).get(0);
        Pairing notStaged = staged("noah", "pete").proposed(null, false);
        Pairing elsewhere = staged(programmeId + 1, "noah", "pete");

        assertThrows(StoreValidationException.class, () -> pairings.replaceStaged(programmeId,
                List.of(staged("zoe", "pete"), notStaged), "carol", LATER));
        assertThrows(StoreValidationException.class, () -> pairings.replaceStaged(programmeId,
                List.of(staged("zoe", "pete"), elsewhere), "carol", LATER));

        assertEquals(List.of(kept), pairings.findByProgramme(programmeId));
        assertEquals(1, pairings.findProgrammeEvents(programmeId).size());
    }

    @Test
    public void stage_shouldKeepWarningsAndTheCoordinatorsReason() {
        Pairing manual = new Pairing(0, 0, programmeId, "mia", "olga", PairingState.STAGED, 3, Map.of(), null,
                EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), "They asked for it",
                null, null, null, null, null, null, "carol", RUN, "carol", RUN, null);

        Pairing stored = pairings.stage(manual, PairingEventType.ADDED, "carol", RUN, "They asked for it");

        Pairing read = pairings.findById(stored.id()).orElseThrow();
        assertEquals(EnumSet.of(PairingWarning.NO_SHARED_THEME, PairingWarning.SAME_DEPARTMENT), read.warnings());
        assertEquals("They asked for it", read.reason());
        assertEquals("They asked for it", pairings.findEvents(read.id()).get(0).detail());
        assertEquals(PairingEventType.ADDED, pairings.findEvents(read.id()).get(0).type());
    }

    @Test
    public void stage_shouldHandBackWhatAReadGives() {
        Pairing stored = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);

        assertEquals(pairings.findById(stored.id()).orElseThrow(), stored);
        assertEquals(1, stored.version());
    }

    @Test
    public void stage_shouldReadEmptyTextBackAsNothing() {
        Pairing withEmptyReason = new Pairing(0, 0, programmeId, "mia", "olga", PairingState.STAGED, 3, Map.of(),
                null, Set.of(), "", "", null, null, null, null, "", "carol", RUN, "carol", RUN, "");

        Pairing read = pairings.findById(pairings.stage(withEmptyReason, PairingEventType.ADDED, "carol", RUN, "")
                .id()).orElseThrow();

        assertNull(read.reason());
        assertNull(read.managerKey());
        assertNull(read.sponsorKey());
        assertNull(read.endReason());
        assertNull(pairings.findEvents(read.id()).get(0).detail());
    }

    @Test
    public void stage_shouldKeepTimesToTheMillisecond() {
        Instant precise = Instant.parse("2026-11-23T10:00:00.123456789Z");
        Pairing pairing = staged("mia", "olga").decidedBy("carol", precise);

        Pairing read = pairings.findById(pairings.stage(pairing, PairingEventType.ADDED, "carol", precise, null)
                .id()).orElseThrow();

        assertEquals(Instant.parse("2026-11-23T10:00:00.123Z"), read.decidedAt());
        assertEquals(Instant.parse("2026-11-23T10:00:00.123Z"), pairings.findEvents(read.id()).get(0).at());
    }

    @Test
    public void stage_shouldRefuseAPairingThatIsNotStaged() {
        assertThrows(StoreValidationException.class, () -> pairings.stage(staged("mia", "olga").proposed(null,
                false), PairingEventType.ADDED, "carol", RUN, null));

        assertEquals(0, pairings.findByProgramme(programmeId).size());
    }

    @Test
    public void stage_shouldRefuseOverLongKeysAndWriteNothing() {
        assertThrows(StoreValidationException.class, () -> pairings.stage(staged("k".repeat(256), "olga"),
                PairingEventType.ADDED, "carol", RUN, null));

        assertEquals(0, pairings.findByProgramme(programmeId).size());
    }

    @Test
    public void stage_shouldRefuseAStepWithoutAnActorAndWriteNothing() {
        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, null, RUN, null));

        assertEquals("pairingEvent.actorKey", refused.field());
        assertEquals(0, pairings.findByProgramme(programmeId).size());
        assertEquals(0, pairings.findProgrammeEvents(programmeId).size());
    }

    @Test
    public void save_shouldRefuseAStaleVersionAndWriteNothing() {
        Pairing stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN).get(0);
        pairings.save(stored.proposed("boss", false), PairingEventType.PUBLISHED, "carol", RUN, null);

        assertThrows(StaleVersionException.class, () -> pairings.save(stored.proposed(null, true),
                PairingEventType.PUBLISHED, "dave", LATER, null));

        Pairing read = pairings.findById(stored.id()).orElseThrow();
        assertEquals(2, read.version());
        assertEquals("boss", read.managerKey());
        assertEquals(2, pairings.findEvents(stored.id()).size());
    }

    @Test
    public void save_shouldRefuseAStateMoveTheLifeCycleDoesNotAllow() {
        Pairing stored = pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")), "carol", RUN).get(0);
        Pairing skipped = new Pairing(stored.id(), stored.version(), programmeId, "mia", "olga", PairingState.ENDED,
                0, Map.of(), null, Set.of(), null, null, null, null, null, null, null, "carol", RUN, "carol", RUN,
                "x");

        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> pairings.save(skipped, PairingEventType.ENDED, "mia", LATER, "x"));

        assertEquals("pairing.state", refused.field());
        assertEquals(PairingState.STAGED, pairings.findById(stored.id()).orElseThrow().state());
    }

    @Test
    public void save_shouldLetAStagedPairingChangeItsMentor() {
        Pairing stored = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);

        Pairing swapped = pairings.save(stored.withMentor(proposal("mia", "pete"), Set.of(), null),
                PairingEventType.SWAPPED, "carol", LATER, "pete suits better");

        assertEquals("pete", swapped.mentorKey());
        assertEquals(2, swapped.version());
        assertEquals("pete", pairings.findById(stored.id()).orElseThrow().mentorKey());
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.SWAPPED),
                pairings.findEvents(stored.id()).stream().map(PairingEvent::type).toList());
    }

    @Test
    public void save_shouldRefuseToChangeTheMentorOfAPublishedPairingAndWriteNothing() {
        Pairing proposed = propose(staged("mia", "olga"));

        StoreValidationException refused = assertThrows(StoreValidationException.class, () -> pairings.save(
                proposed.withMentor(proposal("mia", "pete"), Set.of(), null), PairingEventType.SWAPPED, "carol",
                LATER, null));

        assertEquals("pairing.mentorKey", refused.field());
        Pairing read = pairings.findById(proposed.id()).orElseThrow();
        assertEquals("olga", read.mentorKey());
        assertEquals(proposed.version(), read.version());
        assertEquals(2, pairings.findEvents(proposed.id()).size());
    }

    @Test
    public void save_shouldNeverChangeProgrammeMenteeOrWhoStagedIt() {
        Pairing stored = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
        Pairing moved = new Pairing(stored.id(), stored.version(), programmeId + 1, "noah", "olga",
                PairingState.PROPOSED, stored.score(), stored.breakdown(), stored.explanation(), stored.warnings(),
                null, null, Consent.PENDING, Consent.PENDING, Consent.SKIPPED, Consent.NOT_REQUIRED, null, "dave",
                LATER, "dave", LATER, null);

        Pairing saved = pairings.save(moved, PairingEventType.PUBLISHED, "dave", LATER, null);

        Pairing read = pairings.findById(stored.id()).orElseThrow();
        assertEquals(read, saved);
        assertEquals(programmeId, read.programmeId());
        assertEquals("mia", read.menteeKey());
        assertEquals("carol", read.createdBy());
        assertEquals(RUN, read.createdAt());
        assertEquals(PairingState.PROPOSED, read.state());
        assertEquals("dave", read.decidedBy());
        assertEquals(List.of(stored.id()), pairings.findByProgramme(programmeId).stream().map(Pairing::id).toList());
    }

    @Test
    public void save_shouldRefuseAPairingThatIsNotStored() {
        Pairing stored = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
        pairings.removeStaged(stored.id(), stored.version(), "carol", RUN, null);

        assertThrows(RecordNotFoundException.class, () -> pairings.save(stored.proposed(null, false),
                PairingEventType.PUBLISHED, "carol", LATER, null));
        assertThrows(RecordNotFoundException.class, () -> pairings.removeStaged(stored.id(), stored.version(),
                "carol", LATER, null));
        assertTrue(pairings.findById(stored.id()).isEmpty());
    }

    @Test
    public void save_shouldRefuseOverLongTextAndWriteNothing() {
        Pairing proposed = propose(staged("mia", "olga"));

        assertThrows(StoreValidationException.class, () -> pairings.save(proposed.withConsent(Party.MENTEE,
                Consent.GIVEN, null, null).decidedBy("k".repeat(256), LATER), PairingEventType.MENTEE_ACCEPTED,
                "mia", LATER, null));

        assertEquals(proposed, pairings.findById(proposed.id()).orElseThrow());
        assertEquals(2, pairings.findEvents(proposed.id()).size());
    }

    @Test
    public void save_shouldTakeAPlaceOnActivationAndGiveItBackOnEnd() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        Pairing proposed = propose(staged("mia", "olga"));

        Pairing active = accept(proposed, "mia");

        assertEquals(PairingState.ACTIVE, active.state());
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
        Pairing ended = pairings.save(active.ended("Moved abroad"), PairingEventType.ENDED, "mia", LATER,
                "Moved abroad");
        assertEquals(PairingState.ENDED, ended.state());
        assertEquals("Moved abroad", ended.endReason());
        assertEquals(0, pairings.seatsTaken(programmeId, "olga"));
        List<PairingEventType> log = pairings.findEvents(proposed.id()).stream().map(PairingEvent::type).toList();
        assertEquals(List.of(PairingEventType.ADDED, PairingEventType.PUBLISHED, PairingEventType.MENTEE_ACCEPTED,
                PairingEventType.MENTOR_ACCEPTED, PairingEventType.ACTIVATED, PairingEventType.ENDED), log);
    }

    @Test
    public void save_shouldRefuseActivationWhenTheMentorIsFullAndWriteNothing() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        accept(propose(staged("mia", "olga")), "mia");
        Pairing second = propose(staged("noah", "olga"));
        Pairing menteeSaidYes = pairings.save(second.withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .decidedBy("noah", LATER), PairingEventType.MENTEE_ACCEPTED, "noah", LATER, null);

        assertThrows(MentorCapacityException.class, () -> pairings.save(
                menteeSaidYes.withConsent(Party.MENTOR, Consent.GIVEN, null, null), PairingEventType.MENTOR_ACCEPTED,
                "olga", LATER, null));

        Pairing read = pairings.findById(second.id()).orElseThrow();
        assertEquals(PairingState.PROPOSED, read.state());
        assertEquals(Consent.PENDING, read.mentorConsent());
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
    }

    @Test
    public void save_shouldRefuseActivationWhenNoPlaceWasReserved() {
        Pairing proposed = propose(staged("mia", "olga"));

        assertThrows(MentorCapacityException.class, () -> accept(proposed, "mia"));

        assertEquals(PairingState.PROPOSED, pairings.findById(proposed.id()).orElseThrow().state());
        assertEquals(0, pairings.seatsTaken(programmeId, "olga"));
    }

    @Test
    public void save_shouldCountPlacesPerProgramme() {
        int other = newProgramme();
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        pairings.reserveSeats(other, Map.of("olga", 1));

        accept(propose(staged("mia", "olga")), "mia");

        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
        assertEquals(0, pairings.seatsTaken(other, "olga"));
        assertEquals(0, pairings.seatsTaken(programmeId, "pete"));
    }

    @Test
    public void reserveSeats_shouldFollowTheCapacityAndNeverPushAnybodyOut() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        pairings.reserveSeats(programmeId, Map.of("olga", 2));
        accept(propose(staged("mia", "olga")), "mia");
        Pairing second = accept(propose(staged("noah", "olga")), "noah");

        pairings.reserveSeats(programmeId, Map.of("olga", 1));

        assertEquals(2, pairings.seatsTaken(programmeId, "olga"));
        pairings.save(second.ended("done"), PairingEventType.ENDED, "noah", LATER, "done");
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
        Pairing third = propose(staged("zoe", "olga"));
        assertThrows(MentorCapacityException.class, () -> accept(third, "zoe"));
        assertEquals(1, pairings.seatsTaken(programmeId, "olga"));
    }

    @Test
    public void finders_shouldSelectByPersonManagerAndState() {
        Pairing proposed = pairings.save(pairings.replaceStaged(programmeId, List.of(staged("mia", "olga")),
                "carol", RUN).get(0).proposed("boss", false), PairingEventType.PUBLISHED, "carol", RUN, null);
        pairings.stage(staged("noah", "mia"), PairingEventType.ADDED, "carol", RUN, null);

        assertEquals(2, pairings.findByPerson("mia").size());
        assertEquals(List.of(proposed.id()), pairings.findByMentees(List.of("mia", "zed")).stream()
                .map(Pairing::id).toList());
        assertEquals(2, pairings.findByMentees(List.of("mia", "noah", "mia")).size());
        assertEquals(List.of(), pairings.findByMentees(List.of()));
        assertEquals(List.of(proposed.id()), pairings.findByManager("boss").stream().map(Pairing::id).toList());
        assertEquals(1, pairings.findByProgrammeAndStates(programmeId, EnumSet.of(PairingState.STAGED)).size());
        assertEquals(2, pairings.findByProgrammeAndStates(programmeId,
                EnumSet.of(PairingState.STAGED, PairingState.PROPOSED)).size());
        assertEquals(3, pairings.findProgrammeEvents(programmeId).size());
    }

    @Test
    public void finders_shouldListOldestFirstAndFindNothingUnknown() {
        Pairing first = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
        Pairing second = pairings.stage(staged("noah", "mia"), PairingEventType.ADDED, "carol", RUN, null);
        pairings.save(first.proposed(null, false), PairingEventType.PUBLISHED, "carol", LATER, null);

        assertTrue(first.id() < second.id());
        assertEquals(List.of(first.id(), second.id()),
                pairings.findByProgramme(programmeId).stream().map(Pairing::id).toList());
        assertEquals(List.of(first.id(), second.id()),
                pairings.findByPerson("mia").stream().map(Pairing::id).toList());
        assertEquals(List.of(), pairings.findByProgrammeAndStates(programmeId, Set.of()));
        assertTrue(pairings.findById(-1).isEmpty());
        assertEquals(List.of(), pairings.findByPerson("nobody-" + programmeId));
        assertEquals(List.of(), pairings.findEvents(-1));
    }

    @Test
    public void findWaitingForSponsor_shouldFindProposedPairingsTheSponsorHasNotAnsweredByProgramme() {
        int later = newProgramme();
        Pairing laterWaits = sponsored(later, "yan", "pete");
        Pairing waits = sponsored(programmeId, "mia", "olga");
        Pairing approved = pairings.save(sponsored(programmeId, "noah", "olga")
                .withConsent(Party.SPONSOR, Consent.GIVEN, "carol", null), PairingEventType.SPONSOR_APPROVED,
                "carol", LATER, null);
        Pairing declined = pairings.save(sponsored(programmeId, "zoe", "olga")
                .withConsent(Party.MENTEE, Consent.DECLINED, null, "No"), PairingEventType.MENTEE_DECLINED, "zoe",
                LATER, "No");
        propose(staged("ann", "olga"));
        pairings.stage(staged("bob", "olga"), PairingEventType.ADDED, "carol", RUN, null);

        List<Integer> found = pairings.findWaitingForSponsor().stream()
                .filter(p -> p.programmeId() == programmeId || p.programmeId() == later).map(Pairing::id).toList();

        assertEquals(Consent.GIVEN, approved.sponsorConsent());
        assertEquals(PairingState.DECLINED, declined.state());
        assertEquals(List.of(waits.id(), laterWaits.id()), found);
    }

    @Test
    public void findWaitingForManager_shouldFindProposedPairingsTheManagerHasNotAcknowledgedByProgramme() {
        int later = newProgramme();
        Pairing laterWaits = sponsored(later, "yan", "pete");
        Pairing waits = sponsored(programmeId, "mia", "olga");
        Pairing acknowledged = pairings.save(sponsored(programmeId, "noah", "olga")
                .withConsent(Party.MANAGER, Consent.GIVEN, null, null), PairingEventType.MANAGER_ACKNOWLEDGED,
                "boss", LATER, null);
        Pairing skipped = pairings.save(sponsored(programmeId, "zoe", "olga").managerSkipped(),
                PairingEventType.MANAGER_SKIPPED, "carol", LATER, null);
        propose(staged("ann", "olga"));

        List<Integer> found = pairings.findWaitingForManager().stream()
                .filter(p -> p.programmeId() == programmeId || p.programmeId() == later).map(Pairing::id).toList();

        assertEquals(Consent.GIVEN, acknowledged.managerConsent());
        assertEquals(Consent.SKIPPED, skipped.managerConsent());
        assertEquals(List.of(waits.id(), laterWaits.id()), found);
    }

    @Test
    public void log_shouldAddOneEntryToTheDecisionLog() {
        Pairing proposed = propose(staged("mia", "olga"));

        pairings.log(programmeId, proposed.id(), PairingEventType.MANAGER_SKIPPED, "carol", LATER,
                "no manager in the org chart");

        PairingEvent last = pairings.findEvents(proposed.id()).get(2);
        assertEquals(PairingEventType.MANAGER_SKIPPED, last.type());
        assertEquals(programmeId, last.programmeId());
        assertEquals(proposed.id(), last.pairingId());
        assertEquals("carol", last.actorKey());
        assertEquals(LATER, last.at());
        assertEquals("no manager in the org chart", last.detail());
        assertEquals(last, pairings.findProgrammeEvents(programmeId).get(2));
    }

    @Test
    public void removeStaged_shouldDeleteOnlyStagedPairingsAndLogTheRemoval() {
        Pairing staged = pairings.stage(staged("mia", "olga"), PairingEventType.ADDED, "carol", RUN, null);
        Pairing published = propose(staged("noah", "olga"));

        assertThrows(StaleVersionException.class, () -> pairings.removeStaged(staged.id(), 7, "carol", LATER, null));
        assertThrows(StoreValidationException.class,
                () -> pairings.removeStaged(published.id(), published.version(), "carol", LATER, null));
        pairings.removeStaged(staged.id(), staged.version(), "carol", LATER, "not needed");

        assertTrue(pairings.findById(staged.id()).isEmpty());
        PairingEvent last = pairings.findEvents(staged.id()).get(1);
        assertEquals(PairingEventType.REMOVED, last.type());
        assertEquals("not needed", last.detail());
        assertNull(pairings.findById(published.id()).orElseThrow().endReason());
    }

    // ------------------------------------------------------------------ helpers

    protected Pairing staged(String mentee, String mentor) {
        return staged(programmeId, mentee, mentor);
    }

    protected static Pairing staged(int programme, String mentee, String mentor) {
        return Pairing.staged(programme, proposal(mentee, mentor), Set.of(), null, "carol", RUN);
    }

    protected static Proposal proposal(String mentee, String mentor) {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            points.put(criterion, 0);
        }
        points.put(Criterion.THEME_FIT, 20);
        points.put(Criterion.CROSS_DEPARTMENT, 4);
        Explanation why = new Explanation(List.of(
                Explanation.Part.of("tandem.matching.reason.themes", 2, "Delegating, Prioritising"),
                Explanation.Part.of("tandem.matching.reason.otherDepartment")));
        return new Proposal(mentee, mentor, 24, points, why);
    }

    protected Pairing propose(Pairing staged) {
        Pairing stored = pairings.stage(staged, PairingEventType.ADDED, "carol", RUN, null);
        return pairings.save(stored.proposed(null, false), PairingEventType.PUBLISHED, "carol", RUN, null);
    }

    /** A pairing published in {@code programme} that asks for a sponsor's approval. */
    protected Pairing sponsored(int programme, String mentee, String mentor) {
        Pairing stored = pairings.stage(staged(programme, mentee, mentor), PairingEventType.ADDED, "carol", RUN, null);
        return pairings.save(stored.proposed("boss", true), PairingEventType.PUBLISHED, "carol", RUN, null);
    }

    protected Pairing accept(Pairing proposed, String mentee) {
        Pairing menteeSaidYes = pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                PairingEventType.MENTEE_ACCEPTED, mentee, LATER, null);
        return pairings.save(menteeSaidYes.withConsent(Party.MENTOR, Consent.GIVEN, null, null),
                PairingEventType.MENTOR_ACCEPTED, menteeSaidYes.mentorKey(), LATER, null);
    }
}
