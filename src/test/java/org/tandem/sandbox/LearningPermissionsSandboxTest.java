package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.SharedHomeNoteKeys;

/**
 * Learnings, the expectations meeting and the fit question after a reorganisation, over HTTP on a fresh sandbox: a
 * unique text in an unshared learning, in the expectations notes and in a feedback shows in no response or page of
 * anybody outside its audience, the former manager included. Who may call which endpoint is in the one permission
 * table ({@code permissions/table.txt}, {@link PermissionTableSandboxTest}).
 */
public class LearningPermissionsSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String UNSHARED = "canary-unshared-5e1f-afraid-of-the-board";
    static final String EXPECT_NOTES = "canary-expectations-8a2c-wants-a-move";
    static final String FEEDBACK = "canary-feedback-3d9b-seen-it-in-the-review";
    static final String SHARED = "shared-learning-plain-6c0d";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("learning");

    private static final Map<String, String> people = new LinkedHashMap<>();
    private static int programmeId;
    private static int pairingId;
    private static int sessionId;
    private static int sharedId;
    private static int sharedVersion;
    private static long sessionPage;
    private static long pairingPage;

    @BeforeClass
    public static void start() throws Exception {
        programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        String coordinatorKey = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst()
                .orElseThrow();
        SandboxTestSupport.Client coordinator = signedIn(coordinatorKey);
        post(coordinator, "/programmes/" + programmeId + "/pairings/run", "{}", 200);
        JsonNode published = post(coordinator, "/programmes/" + programmeId + "/pairings/publish", "{}", 200);
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        OrgChart lines = orgChart.whole();
        List<JsonNode> usable = new ArrayList<>();
        for (JsonNode p : published) {
            String mentee = p.get("mentee").get("userKey").asText();
            if (lines.managersAbove(mentee).size() >= 3 && usable.size() < 2) {
                usable.add(p);
            }
        }
        JsonNode first = activate(usable.get(0), lines);
        JsonNode second = activate(usable.get(1), lines);
        pairingId = first.get("id").asInt();
        String mentee = first.get("mentee").get("userKey").asText();
        people.put("mentee", mentee);
        people.put("mentor", first.get("mentor").get("userKey").asText());
        people.put("formerManager", lines.managersAbove(mentee).get(0));
        people.put("managerTwoUp", lines.managersAbove(mentee).get(1));
        people.put("otherMentee", second.get("mentee").get("userKey").asText());
        people.put("otherMentor", second.get("mentor").get("userKey").asText());
        people.put("coordinator", coordinatorKey);
        people.put("administrator", sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).stream()
                .filter(k -> !sandbox.get().users().members(DemoData.COORDINATORS).contains(k)).findFirst()
                .orElseThrow());
        List<String> involved = new ArrayList<>(people.values());
        involved.addAll(lines.managersAbove(mentee));
        people.put("thirdParty", sandbox.get().users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !involved.contains(k)).filter(k -> lines.managerOf(k) != null)
                .reduce((a, b) -> b).orElseThrow());

        // a reorganisation: the mentee now reports to someone who was a peer of their manager
        String newManager = lines.directReports(people.get("managerTwoUp")).stream()
                .filter(k -> !k.equals(people.get("formerManager")) && !involved.contains(k)).findFirst()
                .orElseThrow();
        people.put("manager", newManager);
        OrgPerson moved = lines.person(mentee);
        orgChart.upsertAll(List.of(new OrgPerson(moved.userKey(), newManager, moved.department(), moved.level(),
                moved.location(), moved.language(), moved.displayName(), moved.title())));

        // the pairing page and a session that has begun, with pages holding the macros
        SessionStore sessions = new AoSessionStore(sandbox.get().activeObjects(),
                SharedHomeNoteKeys.in(Files.createTempDirectory("tandem-learning-keys")));
        Session session = sessions.createSession(Session.planned(pairingId, Instant.now().minusSeconds(7200),
                ZoneOffset.UTC, 60, SessionFormat.VIDEO, List.of(), mentee, Instant.now()));
        sessionId = session.id();
        SandboxContent content = sandbox.get().content();
        pairingPage = content.createPage(DemoCohort.SPACE, "Pairing " + pairingId, null,
                "<ac:structured-macro ac:name=\"tandem-pairing-checkin\"/>", mentee).id();
        sessions.bindHomePage(pairingId, pairingPage);
        sessionPage = content.createPage(DemoCohort.SPACE, "Session " + sessionId, pairingPage,
                "<ac:structured-macro ac:name=\"tandem-learnings\"/>", mentee).id();
        sessions.bindSessionPage(sessionId, sessionPage);
        content.createPage(DemoCohort.SPACE, "Mentoring of my reports", null,
                "<ac:structured-macro ac:name=\"tandem-manager-mentoring\"/>", coordinatorKey);

        // the mentee writes; the manager answers
        SandboxTestSupport.Client m = signedIn(mentee);
        int theme = themeOf(m);
        post(m, "/learning/sessions/" + sessionId, "{\"themeId\":" + theme + ",\"text\":\"" + UNSHARED + "\"}",
                201);
        JsonNode shared = post(m, "/learning/sessions/" + sessionId, "{\"themeId\":" + theme + ",\"text\":\""
                + SHARED + "\"}", 201);
        sharedId = shared.get("id").asInt();
        JsonNode done = post(m, "/learning/" + sharedId + "/share", "{\"version\":" + shared.get("version").asInt()
                + ",\"shared\":true}", 200);
        post(m, "/expectations/" + pairingId, "{\"version\":0,\"heldOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"themeIds\":[" + theme + "],\"supportTime\":\"2 hours a month\",\"notes\":\"" + EXPECT_NOTES
                + "\"}", 200);
        JsonNode answered = post(signedIn(people.get("manager")), "/learning/" + sharedId + "/feedback",
                "{\"version\":" + done.get("version").asInt() + ",\"feedback\":\"" + FEEDBACK + "\"}", 200);
        sharedVersion = answered.get("version").asInt();
    }

    private static int themeOf(SandboxTestSupport.Client mentee) throws Exception {
        String page = mentee.get(StorageFormat.pageUrl(DemoCohort.SPACE, "Session " + sessionId)).body();
        int at = page.indexOf("<option value=\"", page.indexOf("id=\"tandem-learning-theme\""));
        assertTrue(page, at > 0);
        return Integer.parseInt(page.substring(at + 15, page.indexOf('"', at + 15)));
    }

    private static JsonNode activate(JsonNode pairing, OrgChart lines) throws Exception {
        int id = pairing.get("id").asInt();
        String mentee = pairing.get("mentee").get("userKey").asText();
        answer(signedIn(mentee), id, "ACCEPT");
        answer(signedIn(pairing.get("mentor").get("userKey").asText()), id, "ACCEPT");
        answer(signedIn(lines.managerOf(mentee)), id, "ACKNOWLEDGE");
        return pairing;
    }

    private static JsonNode answer(SandboxTestSupport.Client client, int id, String answer) throws Exception {
        JsonNode now = JSON.readTree(client.get(REST + "/pairings/" + id).body());
        return post(client, "/pairings/" + id + "/consent", "{\"version\":" + now.get("version").asInt()
                + ",\"answer\":\"" + answer + "\"}", 200);
    }

    private static SandboxTestSupport.Client signedIn(String userKey) throws Exception {
        SandboxTestSupport.Client client = sandbox.client();
        client.signIn(sandbox.get().users().byKey(userKey).orElseThrow().username());
        return client;
    }

    private static JsonNode post(SandboxTestSupport.Client client, String path, String body, int expected)
            throws Exception {
        HttpResponse<String> r = client.post(REST + path, "application/json", body);
        assertEquals(path + ": " + r.body(), expected, r.statusCode());
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    @Test
    public void canaries_shouldReachNobodyOutsideTheirAudience() throws Exception {
        String[] pages = {StorageFormat.pageUrl(DemoCohort.SPACE, "Session " + sessionId),
            StorageFormat.pageUrl(DemoCohort.SPACE, "Pairing " + pairingId),
            StorageFormat.pageUrl(DemoCohort.SPACE, "Mentoring of my reports")};
        String[] apis = {"/learning/sessions/" + sessionId, "/expectations/" + pairingId, "/fit/" + pairingId,
            "/learning/my-reports", "/learning/programmes/" + programmeId + "/shared-by-theme",
            "/pairings/" + pairingId};
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> person : people.entrySet()) {
            SandboxTestSupport.Client client = signedIn(person.getValue());
            StringBuilder seen = new StringBuilder();
            for (String page : pages) {
                seen.append(client.get(page).body());
            }
            for (String api : apis) {
                seen.append(client.get(REST + api).body());
            }
            String role = person.getKey();
            boolean mentee = role.equals("mentee");
            boolean manager = role.equals("manager");
            check(leaks, role, seen, UNSHARED, mentee);
            check(leaks, role, seen, EXPECT_NOTES, mentee || manager);
            check(leaks, role, seen, FEEDBACK, mentee || manager);
            check(leaks, role, seen, SHARED, mentee || manager);
        }
        assertEquals(List.of(), leaks);
    }

    private static void check(List<String> leaks, String role, StringBuilder seen, String canary,
            boolean audience) {
        boolean found = seen.indexOf(canary) >= 0;
        if (found != audience) {
            leaks.add(role + (found ? " sees " : " does not see ") + canary);
        }
    }
}
