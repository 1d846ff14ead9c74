package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.SortedMap;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.host.SandboxLicence;

/**
 * Read-only mode and each licence state over HTTP against the real plugin: a write is refused with its status and
 * a JSON message and changes nothing, what was written stays readable, the views show the banner (the cause and
 * the way to the licence only for administrators) and hide their write controls, the administration page saves
 * nothing, the jobs skip their runs and say so, and everything works again once the block is lifted.
 */
public class WritesBlockedSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PAGE = "/plugins/servlet/tandem/admin";
    private static final String READ_ONLY = "Confluence is in read-only mode for maintenance. You can read everything"
            + " in Tandem, but nothing can be changed until the maintenance is over.";
    private static final String UNLICENSED = "Tandem has no valid licence. Existing programmes stay readable and"
            + " nothing is lost, but nothing new can be saved until an administrator sorts out the licence.";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("writes-blocked");
    private static int programmeId;

    @BeforeClass
    public static void start() {
        programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
    }

    @After
    public void lift() {
        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        sandbox.get().licence().set(SandboxLicence.State.VALID);
    }

    @Test
    public void readOnlyMode_shouldRefuseAWriteWith405AsConfluenceDoesAndAJsonMessageAndChangeNothing() throws Exception {
        SandboxTestSupport.Client coordinator = coordinator();
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);
        SortedMap<String, String> before = sandbox.get().tandemTables();

        HttpResponse<String> refused = addTheme(coordinator, "Budgeting in maintenance");

        assertEquals(refused.body(), 405, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(refused.body());
        assertEquals(405, body.get("status").asInt());
        assertEquals("read-only", body.get("reason").asText());
        assertEquals(READ_ONLY, body.get("message").asText());
        assertEquals(before, sandbox.get().tandemTables());
        HttpResponse<String> themes = coordinator.get(rest("/themes"));
        assertEquals(200, themes.statusCode());
        assertFalse(themes.body().contains("Budgeting in maintenance"));

        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        HttpResponse<String> added = addTheme(coordinator, "Budgeting in maintenance");
        assertEquals(added.body(), 201, added.statusCode());
    }

    @Test
    public void readOnlyMode_shouldPutTheBannerAboveTheViewAndHideItsControls() throws Exception {
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);

        String asCoordinator = coordinator().get("/display/" + DemoData.SPACE).body();
        String asStaff = sandbox.signedIn(staff().username()).get("/display/" + DemoData.SPACE).body();
        String asAdministrator = sandbox.signedIn(administrator().username()).get("/display/" + DemoData.SPACE)
                .body();

        assertTrue(asCoordinator, asCoordinator.contains("<div class=\"tandem-writes-blocked\">"));
        assertTrue(asCoordinator.contains("data-tandem-write-banner=\"read-only\""));
        assertTrue(asCoordinator.contains(READ_ONLY));
        assertTrue("the view is still there", asCoordinator.contains("class=\"tandem-programme-admin\""));
        assertTrue(asStaff.contains(READ_ONLY));
        assertFalse("the cause is for administrators", asStaff.contains("turned on read-only mode"));
        assertTrue(asAdministrator.contains("turned on read-only mode"));
        String css = sandbox.client().get("/download/resources/org.tandem.tandem:tandem-resources/tandem.css").body();
        assertTrue(css, css.contains(".tandem-writes-blocked form, .tandem-writes-blocked button"));

        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        String after = coordinator().get("/display/" + DemoData.SPACE).body();
        assertFalse(after.contains("tandem-write-banner"));
        assertFalse(after.contains("tandem-writes-blocked"));
    }

    @Test
    public void eachLicenceState_shouldLetWriteOnlyAValidLicenceAndKeepProgrammesReadable() throws Exception {
        SandboxTestSupport.Client coordinator = coordinator();
        for (SandboxLicence.State state : SandboxLicence.State.values()) {
            sandbox.get().licence().set(state);
            HttpResponse<String> write = addTheme(coordinator, "Licence " + state);
            HttpResponse<String> read = coordinator.get(rest(""));

            assertEquals(state + " " + read.body(), 200, read.statusCode());
            if (state == SandboxLicence.State.VALID) {
                assertEquals(write.body(), 201, write.statusCode());
            } else {
                assertEquals(state + " " + write.body(), 403, write.statusCode());
                JsonNode body = JSON.readTree(write.body());
                assertEquals("unlicensed", body.get("reason").asText());
                assertEquals(UNLICENSED, body.get("message").asText());
            }
        }
    }

    @Test
    public void withoutAValidLicence_shouldTellAdministratorsWhyAndWhereAndEverybodyElseThePlainMessage()
            throws Exception {
        String[][] reasons = {
            {"EXPIRED", "licence has expired."},
            {"NONE", "No licence for Tandem is installed."},
            {"EDITION_MISMATCH", "licence is for another edition than Confluence"},
        };
        for (String[] reason : reasons) {
            sandbox.get().licence().set(SandboxLicence.State.valueOf(reason[0]));

            String asAdministrator = sandbox.signedIn(administrator().username()).get("/display/" + DemoData.SPACE)
                    .body();
            String asStaff = sandbox.signedIn(staff().username()).get("/display/" + DemoData.SPACE).body();

            assertTrue(reason[0], asAdministrator.contains("data-tandem-write-banner=\"unlicensed\""));
            assertTrue(reason[0], asAdministrator.contains(reason[1]));
            assertTrue(reason[0], asAdministrator.contains("<a href=\"/plugins/servlet/upm\">Manage apps and their"
                    + " licences</a>"));
            assertTrue(reason[0], asStaff.contains("data-tandem-write-banner=\"unlicensed\""));
            assertFalse(reason[0], asStaff.contains(reason[1]));
            assertFalse(reason[0], asStaff.contains("/plugins/servlet/upm"));
        }
    }

    @Test
    public void adminPage_shouldShowTheBannerAndSaveNothingWhileWritingIsBlocked() throws Exception {
        SandboxTestSupport.Client admin = sandbox.secure(administrator().username());
        String page = admin.get(ADMIN_PAGE).body();
        String field = between(page, "id=\"tandem-coordinator-group\"", "maxlength");
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);

        String blocked = admin.get(ADMIN_PAGE).body();
        HttpResponse<String> saved = admin.post(ADMIN_PAGE, "application/x-www-form-urlencoded",
                "coordinatorGroup=somebody-else&atl_token=" + SandboxTestSupport.Client.token(blocked));

        assertTrue(blocked, blocked.contains("tandem-admin-blocked"));
        assertTrue(blocked.contains("data-tandem-write-banner=\"read-only\""));
        assertEquals(saved.body(), 405, saved.statusCode());
        assertTrue(saved.body().contains(READ_ONLY));
        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        assertTrue(admin.get(ADMIN_PAGE).body().contains(field));
        assertFalse(admin.get(ADMIN_PAGE).body().contains("somebody-else"));
    }

    @Test
    public void jobs_shouldSkipTheirRunsAndSaySoWhileWritingIsBlocked() throws Exception {
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);
        for (String job : new String[] {"tandem-departures", "tandem-orgchart-nightly"}) {
            assertTrue(job, sandbox.get().scheduler().runNow(job).contains("skipped, read-only: nothing written"));
        }
        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        sandbox.get().licence().set(SandboxLicence.State.EXPIRED);
        assertTrue(sandbox.get().scheduler().runNow("tandem-departures").contains("skipped, unlicensed"));

        sandbox.get().licence().set(SandboxLicence.State.VALID);
        String caughtUp = sandbox.get().scheduler().runNow("tandem-departures");
        assertTrue(caughtUp, caughtUp.startsWith("SUCCESS: applications moved to the coordinators"));
    }

    @Test
    public void maintenancePage_shouldSwitchReadOnlyModeAndSetTheLicence() throws Exception {
        SandboxTestSupport.Client c = sandbox.signedIn(staff().username());
        String page = c.get("/sandbox/maintenance").body();
        String token = SandboxTestSupport.Client.token(page);

        HttpResponse<String> on = c.post("/sandbox/maintenance/access-mode", "application/x-www-form-urlencoded",
                "mode=READ_ONLY&atl_token=" + token);
        assertEquals(302, on.statusCode());
        assertTrue(sandbox.get().accessMode().isReadOnlyAccessModeEnabled());
        assertTrue(c.get("/sandbox/maintenance").body().contains("id=\"sandbox-read-only-off\""));

        HttpResponse<String> expired = c.post("/sandbox/maintenance/licence", "application/x-www-form-urlencoded",
                "state=expired&atl_token=" + token);
        assertEquals(302, expired.statusCode());
        assertEquals(SandboxLicence.State.EXPIRED, sandbox.get().licence().state());
        HttpResponse<String> wrong = c.post("/sandbox/maintenance/licence", "application/x-www-form-urlencoded",
                "state=forever&atl_token=" + token);
        assertEquals(400, wrong.statusCode());
    }

    private static HttpResponse<String> addTheme(SandboxTestSupport.Client c, String name) throws Exception {
        return c.post(rest("/themes"), "application/json", "{\"category\":\"Money\",\"name\":\"" + name + "\"}");
    }

    private static String rest(String tail) {
        return "/rest/tandem/1.0/programmes/" + programmeId + tail;
    }

    private static SandboxTestSupport.Client coordinator() throws Exception {
        return sandbox.signedIn(DemoData.coordinator(sandbox.get().users()).username());
    }

    private static SandboxUsers.Person administrator() {
        String key = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    /** Someone who is neither an administrator nor a coordinator of the demo programme. */
    private static SandboxUsers.Person staff() {
        return sandbox.get().users().all().stream()
                .filter(p -> !sandbox.get().users().isAdmin(p.key()))
                .filter(p -> !sandbox.get().permissions().canAdministerSpace(p.key(), DemoData.SPACE))
                .findFirst().orElseThrow();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(text, from >= 0);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
