package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The mentors' thank-you over HTTP against the real plugin: not there while the demo pair runs; once the mentor
 * ends the pairing, the mentor and the programme's coordinators open it (name, programme, counts), the mentee and
 * anybody else find nothing (404), and a visitor who is not signed in is sent to the login page.
 */
public class ThanksSandboxTest {

    private static final String THANKS = "/plugins/servlet/tandem/thanks?programme=";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("thanks");

    @Test
    public void thanks_shouldOpenForTheMentorAndCoordinatorsOnceThePairingEnded() throws Exception {
        Programme programme = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow();
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        AoSessionStore sessions = new AoSessionStore(sandbox.get().activeObjects(), null);
        Pairing pair = pairings.findByProgrammeAndStates(programme.id(), Set.of(PairingState.ACTIVE)).stream()
                .filter(p -> !sessions.findSessions(p.id()).isEmpty()).findFirst().orElseThrow();
        long held = sessions.findSessions(pair.id()).stream().filter(s -> s.startsAt().isBefore(Instant.now()))
                .count();
        SandboxUsers users = sandbox.get().users();
        SandboxTestSupport.Client mentor = signedIn(pair.mentorKey());
        String own = THANKS + programme.id();

        assertEquals("nothing to thank for while the pair runs", 404, mentor.get(own).statusCode());

        HttpResponse<String> ended = mentor.post("/rest/tandem/1.0/pairings/" + pair.id() + "/end",
                "application/json", "{\"version\":" + pair.version() + ",\"reason\":\"we reached the goals\"}");
        assertEquals(ended.body(), 200, ended.statusCode());

        HttpResponse<String> thanks = mentor.get(own);
        assertEquals(thanks.body(), 200, thanks.statusCode());
        String mentorName = users.byKey(pair.mentorKey()).orElseThrow().fullName();
        assertTrue(thanks.body(), thanks.body().contains(mentorName));
        assertTrue(thanks.body().contains("Thank you for mentoring in " + programme.name()));
        assertTrue(thanks.body(), thanks.body().contains("<dt>Sessions held</dt><dd>" + held + "</dd>"));
        assertFalse("never the reason the pair gave", thanks.body().contains("we reached the goals"));

        String others = own + "&mentor=" + pair.mentorKey();
        SandboxUsers.Person coordinator = DemoData.coordinator(users);
        assertEquals(200, signedIn(coordinator.key()).get(others).statusCode());
        assertEquals(404, signedIn(pair.menteeKey()).get(others).statusCode());
        SandboxUsers.Person staff = users.all().stream().filter(p -> !users.isAdmin(p.key())
                && !users.isMember(p.key(), DemoData.COORDINATORS) && !p.key().equals(pair.mentorKey())
                && !p.key().equals(pair.menteeKey())).findFirst().orElseThrow();
        assertEquals(404, signedIn(staff.key()).get(others).statusCode());
        assertEquals(404, signedIn(staff.key()).get(own).statusCode());
        assertEquals(302, new SandboxTestSupport.Client(sandbox.get()).get(own).statusCode());
    }

    private static SandboxTestSupport.Client signedIn(String key) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox.get());
        c.signIn(sandbox.get().users().byKey(key).orElseThrow().username());
        return c;
    }
}
