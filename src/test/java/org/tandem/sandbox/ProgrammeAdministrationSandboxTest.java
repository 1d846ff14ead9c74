package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Programme administration over HTTP against the real plugin: a coordinator of the demo programme moves its phase
 * and adds a theme; somebody who does not coordinate it is refused.
 */
public class ProgrammeAdministrationSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("programme-admin");
    private static int programmeId;

    @BeforeClass
    public static void start() throws Exception {
        programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
    }

    @Test
    public void phase_shouldMoveForACoordinatorAndRefuseAStaleVersion() throws Exception {
        SandboxTestSupport.Client c = signedIn(DemoData.coordinator(sandbox.get().users()).username());
        JsonNode before = programme(c);
        assertEquals("ENROLMENT_OPEN", before.get("phase").asText());
        int version = before.get("version").asInt();

        HttpResponse<String> moved = c.post(path("/phase"), "application/json",
                "{\"version\":" + version + ",\"phase\":\"MATCHING\"}");

        assertEquals(moved.body(), 200, moved.statusCode());
        assertEquals("MATCHING", JSON.readTree(moved.body()).get("phase").asText());
        assertEquals(ProgrammePhase.MATCHING, new ProgrammeRepository(sandbox.get().activeObjects())
                .findById(programmeId)
                .orElseThrow().phase());

        HttpResponse<String> stale = c.post(path("/phase"), "application/json",
                "{\"version\":" + version + ",\"phase\":\"ENROLMENT_OPEN\"}");
        assertEquals(stale.body(), 409, stale.statusCode());

        HttpResponse<String> illegal = c.post(path("/phase"), "application/json",
                "{\"version\":" + programme(c).get("version").asInt() + ",\"phase\":\"ARCHIVED\"}");
        assertEquals(illegal.body(), 400, illegal.statusCode());
        assertTrue(illegal.body(), illegal.body().contains("cannot move from Matching to Archived"));

        HttpResponse<String> reopened = c.post(path("/phase"), "application/json",
                "{\"version\":" + programme(c).get("version").asInt() + ",\"phase\":\"ENROLMENT_OPEN\"}");
        assertEquals(reopened.body(), 200, reopened.statusCode());
    }

    @Test
    public void phase_shouldRefuseSomeoneWhoDoesNotCoordinate() throws Exception {
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person staff = users.all().stream()
                .filter(p -> !users.isAdmin(p.key()) && !users.isMember(p.key(), DemoData.COORDINATORS))
                .findFirst().orElseThrow();
        SandboxTestSupport.Client c = signedIn(staff.username());
        JsonNode before = programme(c);

        HttpResponse<String> refused = c.post(path("/phase"), "application/json",
                "{\"version\":" + before.get("version").asInt() + ",\"phase\":\"MATCHING\"}");
        HttpResponse<String> theme = c.post(path("/themes"), "application/json",
                "{\"category\":\"sales\",\"name\":\"Cold calls\"}");

        assertEquals(refused.body(), 403, refused.statusCode());
        assertEquals(theme.body(), 403, theme.statusCode());
        assertEquals(before.get("phase").asText(), programme(c).get("phase").asText());
    }

    @Test
    public void themes_shouldLetACoordinatorAddOneOfTheProgrammesOwn() throws Exception {
        SandboxTestSupport.Client c = signedIn(DemoData.coordinator(sandbox.get().users()).username());

        HttpResponse<String> added = c.post(path("/themes"), "application/json",
                "{\"category\":\"sales\",\"name\":\"Negotiating with procurement\"}");
        HttpResponse<String> again = c.post(path("/themes"), "application/json",
                "{\"category\":\"Sales\",\"name\":\"negotiating with procurement\"}");

        assertEquals(added.body(), 201, added.statusCode());
        assertTrue(JSON.readTree(added.body()).get("own").asBoolean());
        assertEquals(again.body(), 409, again.statusCode());
        assertTrue(c.get(path("/themes")).body().contains("Negotiating with procurement"));
    }

    @Test
    public void spaceHome_shouldGiveTheCoordinatorTheControlsAndTheirScript() throws Exception {
        SandboxTestSupport.Client c = signedIn(DemoData.coordinator(sandbox.get().users()).username());

        HttpResponse<String> home = c.get("/display/" + DemoData.SPACE);

        assertEquals(200, home.statusCode());
        assertTrue(home.body(), home.body().contains("class=\"tandem-programme-admin\""));
        assertTrue(home.body().contains("data-phase=\"MATCHING\""));
        String script = "/download/resources/org.tandem.tandem:tandem-programme-resources/programme.js";
        assertTrue(home.body().contains(script));
        HttpResponse<String> js = c.get(script);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("textContent"));
    }

    @Test
    public void spaceHome_shouldShowStaffNoControls() throws Exception {
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person staff = users.all().stream()
                .filter(p -> !users.isAdmin(p.key()) && !users.isMember(p.key(), DemoData.COORDINATORS))
                .skip(5).findFirst().orElseThrow();
        SandboxTestSupport.Client c = signedIn(staff.username());

        HttpResponse<String> home = c.get("/display/" + DemoData.SPACE);

        assertEquals(200, home.statusCode());
        assertTrue(home.body(), home.body().contains("class=\"tandem-programme\""));
        assertFalse(home.body().contains("tandem-programme-admin"));
        assertFalse(home.body().contains("programme.js"));
    }

    @Test
    public void phase_shouldNotBeReachableWithoutSigningIn() throws Exception {
        HttpResponse<String> anonymous = sandbox.client().post(path("/phase"),
                "application/json", "{\"version\":1,\"phase\":\"MATCHING\"}");

        assertEquals(401, anonymous.statusCode());
    }

    private static SandboxTestSupport.Client signedIn(String username) throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(username);
        return c;
    }

    private static JsonNode programme(SandboxTestSupport.Client c) throws Exception {
        HttpResponse<String> r = c.get(path(""));
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static String path(String tail) {
        return "/rest/tandem/1.0/programmes/" + programmeId + tail;
    }
}
