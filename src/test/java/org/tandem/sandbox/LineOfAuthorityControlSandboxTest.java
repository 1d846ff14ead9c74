package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The coordinator's control for the line-of-authority rule on the programme home: a checkbox with the dialog's texts
 * for coordinators only, the reason shown once the rule is relaxed, the rule stated again once it is restored, and
 * the reason on the pairing board.
 */
public class LineOfAuthorityControlSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "Our engineering ladder is flat & <wide>";

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("authority");

    private static int programmeId;
    private static SandboxTestSupport.Client coordinator;
    private static SandboxTestSupport.Client staff;

    @BeforeClass
    public static void signIn() throws Exception {
        Sandbox sandbox = SANDBOX.get();
        programmeId = new ProgrammeRepository(sandbox.activeObjects()).findBySpaceKey(DemoCohort.SPACE).orElseThrow()
                .id();
        coordinator = SANDBOX.client();
        coordinator.signIn(sandbox.users().byKey(sandbox.users().members(DemoData.COORDINATORS).stream().sorted()
                .findFirst().orElseThrow()).orElseThrow().username());
        String someone = sandbox.users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !sandbox.users().members(DemoData.COORDINATORS).contains(k))
                .filter(k -> !sandbox.users().members(SandboxUsers.ADMINISTRATORS).contains(k))
                .sorted().findFirst().orElseThrow();
        staff = SANDBOX.client();
        staff.signIn(sandbox.users().byKey(someone).orElseThrow().username());
    }

    private static String home(SandboxTestSupport.Client client) throws Exception {
        HttpResponse<String> r = client.get(StorageFormat.pageUrl(DemoCohort.SPACE, DemoCohort.NAME));
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    @Test
    public void programmeHome_shouldOfferTheControlToCoordinatorsOnlyAndShowTheReason() throws Exception {
        String before = home(coordinator);
        assertTrue(before, before.contains("id=\"tandem-relax-down\""));
        assertTrue(before, before.contains("Allow a mentor below the mentee in the mentee&#39;s line")
                || before.contains("Allow a mentor below the mentee in the mentee's line"));
        assertTrue(before, before.contains("data-text-reason=\"Why this programme needs it\""));
        assertFalse(before, before.contains("tandem-relax-down\" type=\"checkbox\" id=\"tandem-relax-down\" "
                + "name=\"relaxDown\" checked"));
        assertFalse(home(staff).contains("tandem-relax-down"));

        int version = JSON.readTree(coordinator.get(REST + "/programmes/" + programmeId).body()).path("version")
                .asInt();
        HttpResponse<String> refused = coordinator.send("PUT", REST + "/programmes/" + programmeId
                + "/line-of-authority", "application/json", "{\"version\":" + version + ",\"relaxDown\":true}", "X-Atlassian-Token", "no-check");
        assertEquals(refused.body(), 400, refused.statusCode());
        HttpResponse<String> relaxed = coordinator.send("PUT", REST + "/programmes/" + programmeId
                + "/line-of-authority", "application/json", "{\"version\":" + version + ",\"relaxDown\":true,"
                + "\"reason\":" + JSON.writeValueAsString(REASON) + "}", "X-Atlassian-Token", "no-check");
        assertEquals(relaxed.body(), 200, relaxed.statusCode());

        String after = home(coordinator);
        assertTrue(after, after.contains("name=\"relaxDown\" checked"));
        assertTrue(after, after.contains("Our engineering ladder is flat &amp; &lt;wide&gt;"));
        assertFalse(after, after.contains("<wide>"));
        String board = coordinator.get(StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings")).body();
        assertTrue(board, board.contains("Our engineering ladder is flat &amp; &lt;wide&gt;"));

        int next = JSON.readTree(relaxed.body()).path("version").asInt();
        HttpResponse<String> restored = coordinator.send("PUT", REST + "/programmes/" + programmeId
                + "/line-of-authority", "application/json", "{\"version\":" + next + ",\"relaxDown\":false}", "X-Atlassian-Token", "no-check");
        assertEquals(restored.body(), 200, restored.statusCode());
        String again = home(coordinator);
        assertFalse(again, again.contains("name=\"relaxDown\" checked"));
        assertFalse(again, again.contains("Our engineering ladder"));
    }
}
