package org.tandem.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RunProgressRepository;
import org.tandem.sandbox.host.SandboxTimeZones;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The progress of a matching run, seen from outside the run: a coordinator's run is held while it reads the
 * applications (the sandbox holds its lookup of a person's time zone); a second request, in another session and on
 * another database connection, sees the phase the run is in; the run goes on and is then seen done. A record that
 * no node wrote for minutes (its node died mid-run) reads as no run at all.
 */
public class RunProgressSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("run-progress");
    private static int programmeId;
    private static String coordinator;

    @BeforeClass
    public static void start() {
        programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        coordinator = sandbox.get().users().byKey(sandbox.get().users().members(DemoData.COORDINATORS).stream()
                .sorted().findFirst().orElseThrow()).orElseThrow().username();
    }

    private static JsonNode progress(SandboxTestSupport.Client client) throws Exception {
        HttpResponse<String> r = client.get(REST + "/programmes/" + programmeId + "/runs/progress");
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    @Test
    public void progress_shouldShowThePhaseOfARunStillWorkingToAnotherRequest() throws Exception {
        SandboxTestSupport.Client running = sandbox.signedIn(coordinator);
        SandboxTestSupport.Client watching = sandbox.signedIn(coordinator);
        SandboxTimeZones.Hold hold = new SandboxTimeZones.Hold(new CountDownLatch(1), new CountDownLatch(1));
        sandbox.get().timeZones().holdNextLookup(hold);
        CompletableFuture<HttpResponse<String>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return running.post(REST + "/programmes/" + programmeId + "/pairings/run", "application/json",
                        "{}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue("the run never read a time zone", hold.reached().await(60, TimeUnit.SECONDS));
            // the run queued its phase on a thread of its own and went on reading: a moment later it is there
            JsonNode seen = progress(watching);
            for (int tries = 0; tries < 50 && !"read".equals(seen.get("phase").asText()); tries++) {
                Thread.sleep(100);
                seen = progress(watching);
            }
            assertEquals(seen.toString(), "read", seen.get("phase").asText());
            assertTrue(seen.toString(), seen.get("running").asBoolean());
            assertTrue(seen.toString(), seen.get("elapsedMs").asLong() >= 0);
            // the row is committed while the run's own transaction is still open
            assertEquals("READ", new RunProgressRepository(sandbox.get().activeObjects()).find(programmeId)
                    .orElseThrow().phase());
            assertFalse(run.isDone());
        } finally {
            hold.release().countDown();
        }
        HttpResponse<String> answer = run.get(120, TimeUnit.SECONDS);
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode after = progress(watching);
        assertEquals(after.toString(), "done", after.get("phase").asText());
        assertFalse(after.toString(), after.get("running").asBoolean());
    }

    @Test
    public void progress_shouldReadARunNotHeardOfForMinutesAsNoRun() throws Exception {
        RunProgressRepository records = new RunProgressRepository(sandbox.get().activeObjects());
        Instant now = sandbox.get().clock().instant();
        records.write(programmeId, "SOLVE", now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(4)));
        JsonNode stale = progress(sandbox.signedIn(coordinator));
        assertEquals(stale.toString(), "idle", stale.get("phase").asText());
        assertFalse(stale.toString(), stale.get("running").asBoolean());
        assertTrue(stale.toString(), stale.get("stale").asBoolean());

        records.write(programmeId, "SOLVE", now.minus(Duration.ofMinutes(1)), now.minus(Duration.ofSeconds(20)));
        JsonNode live = progress(sandbox.signedIn(coordinator));
        assertEquals(live.toString(), "solve", live.get("phase").asText());
        assertTrue(live.toString(), live.get("elapsedMs").asLong() >= 60_000);
    }
}
