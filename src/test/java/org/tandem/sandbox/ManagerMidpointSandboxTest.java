package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.survey.SurveyWaiting;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The manager's mid-point feedback on the sandbox's clock: at the programme's middle day the mentee's manager of a
 * running pair finds it waiting, is nudged by mail once two weeks later if it is still not given, and answers it;
 * the pair is asked nothing of the kind and never reads the manager's words.
 */
public class ManagerMidpointSandboxTest {

    private static final String NUDGES = "tandem-nudges";
    private static final String REST = "/rest/tandem/1.0";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("manager-midpoint");

    @After
    public void backToNow() {
        sandbox.get().clock().set(Instant.now());
    }

    @Test
    public void theManager_shouldBeAskedAtTheMidPointAndNudgedOnceTwoWeeksLater() throws Exception {
        Programme programme = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow();
        LocalDate middle = programme.startDate().plusDays(ChronoUnit.DAYS.between(programme.startDate(),
                programme.endDate()) / 2);
        sandbox.get().clock().set(programme.startDate().plusDays(20).atTime(9, 0).toInstant(ZoneOffset.UTC));
        List<String> three = freePeople();
        Pairing pairing = activePairing(programme.id(), three.get(0), three.get(1), three.get(2));
        SandboxUsers.Person manager = sandbox.get().users().byKey(pairing.managerKey()).orElseThrow();
        SurveyWaiting waiting = sandbox.get().plugin().component(SurveyWaiting.class);

        sandbox.get().clock().set(middle.plusDays(13).atTime(9, 0).toInstant(ZoneOffset.UTC));
        sandbox.get().scheduler().runNow(NUDGES);
        List<Waiting> managers = waiting.waitingFor(manager.key(), middle.plusDays(13));
        assertEquals(1, managers.size());
        assertEquals(SurveyWaiting.MANAGER_MIDPOINT, managers.get(0).kind());
        assertEquals(middle, managers.get(0).since());
        String report = sandbox.get().users().byKey(pairing.menteeKey()).orElseThrow().fullName();
        assertEquals("names the report", report, managers.get(0).subject());
        for (String member : List.of(pairing.menteeKey(), pairing.mentorKey())) {
            assertTrue(waiting.waitingFor(member, middle.plusDays(13)).stream()
                    .noneMatch(w -> w.kind().equals(SurveyWaiting.MANAGER_MIDPOINT)));
        }
        assertEquals(0, nudges(manager));

        sandbox.get().clock().advance(Duration.ofDays(1));
        sandbox.get().scheduler().runNow(NUDGES);
        assertEquals(1, nudges(manager));
        assertTrue("the nudge names the report", sandbox.get().mail().outbox().stream()
                .filter(m -> m.to().equals(manager.email()) && m.body().contains("mid-point feedback"))
                .allMatch(m -> m.body().contains(report)));
        sandbox.get().clock().advance(Duration.ofDays(3));
        sandbox.get().scheduler().runNow(NUDGES);
        assertEquals(1, nudges(manager));

        SandboxTestSupport.Client client = sandbox.client();
        client.signIn(manager.username());
        String key = managers.get(0).key();
        HttpResponse<String> answered = client.post(REST + "/surveys/answers", "application/json", "{\"survey\":\""
                + key + "\",\"items\":[\"manager-midpoint-change\"],\"scores\":[4],\"text\":\"Leads the stand-up\"}");
        assertEquals(answered.body(), 201, answered.statusCode());
        assertTrue(client.get(REST + "/surveys/mine").body().contains("Leads the stand-up"));
        SandboxTestSupport.Client mentee = sandbox.client();
        mentee.signIn(sandbox.get().users().byKey(pairing.menteeKey()).orElseThrow().username());
        assertFalse(mentee.get(REST + "/surveys/mine").body().contains("Leads the stand-up"));
        assertTrue(waiting.waitingFor(manager.key(), middle.plusDays(18)).isEmpty());
    }

    private static long nudges(SandboxUsers.Person to) {
        return sandbox.get().mail().outbox().stream()
                .filter(m -> m.to().equals(to.email()) && m.body().contains("mid-point feedback")).count();
    }

    /** Three people with an e-mail address and no other part in Tandem. */
    private static List<String> freePeople() {
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        ParticipantRepository participants = new ParticipantRepository(sandbox.get().activeObjects());
        return sandbox.get().users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> pairings.findByPerson(k).isEmpty() && participants.findByUser(k).isEmpty())
                .filter(k -> pairings.findByManager(k).isEmpty())
                .filter(k -> sandbox.get().users().byKey(k).map(p -> p.email() != null).orElse(false))
                .limit(3).toList();
    }

    /** A pairing that became active now, its mentee's manager named. */
    private static Pairing activePairing(int programmeId, String mentee, String mentor, String manager) {
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        Instant now = sandbox.get().clock().instant();
        pairings.reserveSeats(programmeId, Map.of(mentor, 1));
        Pairing staged = pairings.stage(Pairing.staged(programmeId, new Proposal(mentee, mentor, 50,
                new EnumMap<>(Criterion.class), new Explanation(List.of())), Set.of(), null, "carol", now),
                PairingEventType.ADDED, "carol", now, null);
        Pairing proposed = pairings.save(staged.proposed(manager, false), PairingEventType.PUBLISHED, "carol", now,
                null);
        Pairing acknowledged = pairings.save(proposed.withConsent(Party.MANAGER, Consent.GIVEN, null, null),
                PairingEventType.MANAGER_ACKNOWLEDGED, manager, now, null);
        Pairing accepted = pairings.save(acknowledged.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                PairingEventType.MENTEE_ACCEPTED, mentee, now, null);
        Pairing active = pairings.save(accepted.withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                .decidedBy(mentor, now), PairingEventType.MENTOR_ACCEPTED, mentor, now, null);
        assertEquals(PairingState.ACTIVE, active.state());
        return active;
    }
}
