package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Every part of the plugin reads the host's clock: when the sandbox's clock moves on, the whole app moves with it,
 * so a pairing ended after the clock moved ends on the new day.
 */
public class HostClockSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("host-clock");

    @Test
    public void everyComponentWithAClock_shouldReadTheSandboxClock() throws Exception {
        List<String> others = new ArrayList<>();
        int clocks = 0;
        for (String name : sandbox.get().plugin().componentNames()) {
            Object component = sandbox.get().plugin().component(name);
            for (Class<?> type = component.getClass(); type != null && type != Object.class;
                    type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Clock.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        clocks++;
                        if (field.get(component) != sandbox.get().clock()) {
                            others.add(type.getSimpleName() + "." + field.getName());
                        }
                    }
                }
            }
        }
        assertTrue("components holding a clock: " + clocks, clocks >= 16);
        assertEquals(List.of(), others);
    }

    @Test
    public void endingAPairing_afterTheClockMovedOn_shouldEndItOnTheNewDay() throws Exception {
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        Pairing active = pairings.findByProgrammeAndStates(programmeId, Set.of(PairingState.ACTIVE)).get(0);
        sandbox.get().clock().advance(Duration.ofDays(40));
        Instant moved = sandbox.get().clock().instant();

        SandboxTestSupport.Client mentor = sandbox.client();
        mentor.signIn(sandbox.get().users().byKey(active.mentorKey()).orElseThrow().username());
        JsonNode view = JSON.readTree(mentor.get(REST + "/pairings/" + active.id()).body());
        HttpResponse<String> ended = mentor.post(REST + "/pairings/" + active.id() + "/end", "application/json",
                "{\"version\":" + view.path("version").asInt() + ",\"reason\":\"Both of us moved on.\"}");

        assertEquals(ended.body(), 200, ended.statusCode());
        PairingEvent end = pairings.findEvents(active.id()).stream()
                .filter(e -> e.type() == PairingEventType.ENDED).findFirst().orElseThrow();
        assertTrue(end.at() + " before " + moved, !end.at().isBefore(moved));
        assertEquals(moved.atZone(ZoneOffset.UTC).toLocalDate(), end.at().atZone(ZoneOffset.UTC).toLocalDate());
        assertSame(PairingState.ENDED, pairings.findById(active.id()).orElseThrow().state());
    }
}
