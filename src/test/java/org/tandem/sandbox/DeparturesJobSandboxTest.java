package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/** What waited for a manager who left goes on without them: at once on the host's event, or by the daily job. */
public class DeparturesJobSandboxTest {

    private static final String JOB = "tandem-departures";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("departures");

    @Test
    public void deactivatingAManager_shouldMoveTheReportsApplicationToTheCoordinators() {
        Participant waiting = waitingForAManager(0);
        String manager = managerOf(waiting.userKey());

        sandbox.get().deactivate(manager);

        Participant after = participants().findById(waiting.id()).orElseThrow();
        assertEquals(ParticipantState.AWAITING_COORDINATOR, after.state());
        assertTrue(participants().findDecisionReasons(List.of(after.id())).get(after.id()).contains("manager"));
    }

    @Test
    public void theJob_shouldReleaseWhatWaitsForAManagerWhoseDepartureWasMissedAndDoItOnce() {
        assertTrue(sandbox.get().scheduler().has(JOB));
        Participant waiting = waitingForAManager(1);
        String manager = managerOf(waiting.userKey());
        Pairing pairing = proposedFor(waiting.programmeId(), waiting.userKey(), manager);
        sandbox.get().users().deactivate(manager);
        assertEquals(ParticipantState.AWAITING_MANAGER,
                participants().findById(waiting.id()).orElseThrow().state());

        String first = sandbox.get().scheduler().runNow(JOB);
        String second = sandbox.get().scheduler().runNow(JOB);

        assertTrue(first, first.startsWith("SUCCESS"));
        assertTrue(first, first.matches(".*coordinators: [1-9]\\d*, .*acknowledgements skipped: [1-9]\\d*.*"));
        assertTrue(second, second.contains("coordinators: 0, manager acknowledgements skipped: 0"));
        assertEquals(ParticipantState.AWAITING_COORDINATOR,
                participants().findById(waiting.id()).orElseThrow().state());
        Pairing after = new AoPairingStore(sandbox.get().activeObjects()).findById(pairing.id()).orElseThrow();
        assertEquals(Consent.SKIPPED, after.managerConsent());
        assertEquals(PairingState.ACTIVE, after.state());
        assertTrue(sandbox.get().scheduler().jobs().stream()
                .anyMatch(j -> j.key().equals(JOB) && j.outcome().equals(second)));
    }

    /** A proposed pairing of {@code mentee} that the pair accepted and that waits for the manager alone. */
    private Pairing proposedFor(int programmeId, String mentee, String manager) {
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        String mentor = sandbox.get().users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !k.equals(mentee) && !k.equals(manager)).filter(k -> pairings.findByPerson(k).isEmpty())
                .filter(k -> participants().findByUser(k).isEmpty()).findFirst().orElseThrow();
        Instant now = Instant.now();
        pairings.reserveSeats(programmeId, Map.of(mentor, 1));
        Pairing staged = pairings.stage(Pairing.staged(programmeId, new Proposal(mentee, mentor, 50,
                new EnumMap<>(Criterion.class), new Explanation(List.of())), Set.of(), null, "carol", now),
                PairingEventType.ADDED, "carol", now, null);
        Pairing proposed = pairings.save(staged.proposed(manager, false), PairingEventType.PUBLISHED, "carol", now,
                null);
        Pairing accepted = pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                PairingEventType.MENTEE_ACCEPTED, mentee, now, null);
        return pairings.save(accepted.withConsent(Party.MENTOR, Consent.GIVEN, null, null),
                PairingEventType.MENTOR_ACCEPTED, mentor, now, null);
    }

    private ParticipantRepository participants() {
        return new ParticipantRepository(sandbox.get().activeObjects());
    }

    private String managerOf(String userKey) {
        return new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(userKey)
                .map(OrgPerson::managerKey).orElseThrow();
    }

    /** An application waiting for an active manager, whose manager has no other report waiting, skipping some. */
    private Participant waitingForAManager(int skip) {
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        return participants().findByProgrammeAndState(programmeId, ParticipantState.AWAITING_MANAGER).stream()
                .filter(p -> orgChart.findByUserKey(p.userKey()).map(OrgPerson::hasManager).orElse(false))
                .filter(p -> !sandbox.get().users().isDeactivated(managerOf(p.userKey())))
                .filter(p -> !sandbox.get().users().isDeactivated(p.userKey()))
                .skip(skip).findFirst().orElseThrow();
    }
}
