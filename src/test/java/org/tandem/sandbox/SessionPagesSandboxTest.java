package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.ContentPermission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Confidential session pages over HTTP on a fresh sandbox: a pair becomes active and gets its pairing page, the
 * mentor creates a session page, both write notes and action items; the pages' restrictions, the notes shown to the
 * members, and the second wall: a coordinator lifts the restrictions, sees no note, and the restrictions come back
 * with a mail to the pair. Who may call which endpoint is in the one permission table
 * ({@code permissions/table.txt}, {@link PermissionTableSandboxTest}).
 */
public class SessionPagesSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANARY = "canary-4d1e-she-wants-to-leave-the-company";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("sessions");

    /** Role name to user key (null: anonymous). */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    private static int pairingId;
    private static int sessionId;
    private static long pairingPage;
    private static long sessionPage;

    @BeforeClass
    public static void activateAPairAndWriteASession() throws Exception {
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        String coordinatorKey = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst()
                .orElseThrow();
        SandboxTestSupport.Client coordinator = signedIn(coordinatorKey);
        post(coordinator, "/programmes/" + programmeId + "/pairings/run", "{}", 200);
        JsonNode published = post(coordinator, "/programmes/" + programmeId + "/pairings/publish", "{}", 200);
        JsonNode pairing = published.get(0);
        JsonNode other = published.get(1);
        pairingId = pairing.get("id").asInt();
        String menteeKey = pairing.get("mentee").get("userKey").asText();
        String mentorKey = pairing.get("mentor").get("userKey").asText();
        OrgChart lines = new OrgChartRepository(sandbox.get().activeObjects()).whole();
        String managerKey = lines.managerOf(menteeKey);
        for (String key : new String[] {menteeKey, mentorKey, managerKey}) {
            SandboxTestSupport.Client c = signedIn(key);
            JsonNode now = get(c, "/pairings/" + pairingId, 200);
            post(c, "/pairings/" + pairingId + "/consent", "{\"version\":" + now.get("version").asInt()
                    + ",\"answer\":\"" + (key.equals(managerKey) ? "ACKNOWLEDGE" : "ACCEPT") + "\"}", 200);
        }
        String above = lines.managersAbove(menteeKey).stream().filter(k -> !k.equals(managerKey)).findFirst()
                .orElse(managerKey);
        String admin = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).stream()
                .filter(k -> !k.equals(menteeKey) && !k.equals(mentorKey)).findFirst().orElseThrow();
        String third = sandbox.get().users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !Set.of(menteeKey, mentorKey, managerKey, above, admin).contains(k)
                        && !lines.managersAbove(menteeKey).contains(k)
                        && !sandbox.get().users().members(DemoData.COORDINATORS).contains(k))
                .findFirst().orElseThrow();
        ROLES.put("mentee", menteeKey);
        ROLES.put("mentor", mentorKey);
        ROLES.put("mentee's manager", managerKey);
        ROLES.put("manager above", above);
        ROLES.put("other pair's mentee", other.get("mentee").get("userKey").asText());
        ROLES.put("other pair's mentor", other.get("mentor").get("userKey").asText());
        ROLES.put("coordinator", coordinatorKey);
        ROLES.put("Confluence administrator", admin);
        ROLES.put("third party", third);
        ROLES.put("anonymous", null);

        SandboxContent content = sandbox.get().content();
        Page pairingsPage = sandbox.get().contentServices().getPage(DemoCohort.SPACE, "Pairings");
        List<SandboxContent.Page> homes = content.children(pairingsPage.getId()).stream()
                .filter(page -> !page.title().equals(DemoData.SPEED_RANKINGS)).toList();
        assertEquals(homes.toString(), 1, homes.size());
        assertEquals("the blueprint's rankings page, made once", 1, content.children(pairingsPage.getId()).stream()
                .filter(page -> page.title().equals(DemoData.SPEED_RANKINGS)).count());
        pairingPage = homes.get(0).id();

        SandboxTestSupport.Client mentor = signedIn(mentorKey);
        JsonNode created = post(mentor, "/session-pairings/" + pairingId + "/sessions",
                "{\"start\":\"2026-03-02T09:00\",\"zone\":\"Europe/Berlin\",\"minutes\":45,\"format\":\"VIDEO\"}",
                201);
        sessionId = created.get("id").asInt();
        sessionPage = created.get("pageId").asLong();
        post(mentor, "/sessions/" + sessionId + "/notes", "{\"text\":\"Mentor: " + CANARY + "\",\"version\":0}",
                200);
        SandboxTestSupport.Client mentee = signedIn(menteeKey);
        post(mentee, "/sessions/" + sessionId + "/notes", "{\"text\":\"Mine: " + CANARY + "\",\"version\":0}",
                200);
        post(mentee, "/sessions/" + sessionId + "/action-items", "{\"text\":\"Book a room\",\"owner\":\""
                + mentorKey + "\",\"due\":\"2026-03-09\"}", 201);
    }

    @Test
    public void pairingAndSessionPages_shouldBeRestrictedToThePairForViewAndEdit() {
        Set<String> pair = Set.of(ROLES.get("mentee"), ROLES.get("mentor"));
        for (long page : new long[] {pairingPage, sessionPage}) {
            assertEquals(pair, restricted(page, ContentPermission.VIEW_PERMISSION));
            assertEquals(pair, restricted(page, ContentPermission.EDIT_PERMISSION));
        }
        assertEquals(Long.valueOf(pairingPage), sandbox.get().content().page(sessionPage).orElseThrow().parentId());
        String body = sandbox.get().content().page(sessionPage).orElseThrow().body();
        assertTrue(body, body.contains("ac:name=\"tandem-session\""));
        assertTrue(body, body.contains("Time for the future"));
        assertFalse(body.contains(CANARY));
    }

    @Test
    public void closingSession_shouldAskWhatWasLearntAndWhatComesNextOnAPageOfThePairOnly() throws Exception {
        JsonNode closing = post(signedIn(ROLES.get("mentee")), "/session-pairings/" + pairingId + "/sessions",
                "{\"start\":\"2026-12-14T09:00\",\"zone\":\"Europe/Berlin\",\"minutes\":60,\"format\":\"IN_PERSON\","
                + "\"closing\":true}", 201);
        long page = closing.get("pageId").asLong();
        SandboxContent.Page made = sandbox.get().content().page(page).orElseThrow();
        assertTrue(made.title(), made.title().startsWith("Closing session 2026-12-14"));
        assertEquals(Long.valueOf(pairingPage), made.parentId());
        assertTrue(made.body(), made.body().contains("What the mentee learnt, theme by theme"));
        assertTrue(made.body(), made.body().contains("What comes next"));
        assertTrue(made.body(), made.body().contains("ac:name=\"tandem-learnings\""));
        assertFalse(made.body(), made.body().contains("Time for the future"));
        Set<String> pair = Set.of(ROLES.get("mentee"), ROLES.get("mentor"));
        assertEquals(pair, restricted(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(pair, restricted(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void sessionPage_shouldShowBothNotesToTheMembersOnly() throws Exception {
        String asMentee = signedIn(ROLES.get("mentee")).get("/pages/viewpage.action?pageId=" + sessionPage).body();
        assertTrue(asMentee, asMentee.contains("Mentor: " + CANARY));
        assertTrue(asMentee, asMentee.contains("Mine: " + CANARY));
        assertTrue(asMentee, asMentee.contains("Book a room"));
        String home = signedIn(ROLES.get("mentor")).get("/pages/viewpage.action?pageId=" + pairingPage).body();
        assertTrue(home, home.contains("Book a room"));
        assertFalse(home, home.contains(CANARY));
        String ics = signedIn(ROLES.get("mentor")).get(REST + "/session-pairings/" + pairingId
                + "/next-session.ics").body();
        assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics, ics.contains("DTSTART:"));
        assertFalse(ics, ics.contains(CANARY));
    }

    /** The pages the consent made hold the learnings and the check-in, once each, and show them to the mentee. */
    @Test
    public void pagesMadeThroughConsent_shouldHoldTheLearningsAndTheCheckin() throws Exception {
        String homeBody = sandbox.get().content().page(pairingPage).orElseThrow().body();
        assertEquals(homeBody, 1, count(homeBody, "ac:name=\"tandem-pairing-home\""));
        assertEquals(homeBody, 1, count(homeBody, "ac:name=\"tandem-pairing-checkin\""));
        String sessionBody = sandbox.get().content().page(sessionPage).orElseThrow().body();
        assertEquals(sessionBody, 1, count(sessionBody, "ac:name=\"tandem-learnings\""));
        SandboxTestSupport.Client mentee = signedIn(ROLES.get("mentee"));
        String home = mentee.get("/pages/viewpage.action?pageId=" + pairingPage).body();
        assertEquals(home, 1, count(home, "data-tandem-checkin"));
        assertFalse(home, home.contains("data-home-section"));
        String session = mentee.get("/pages/viewpage.action?pageId=" + sessionPage).body();
        assertEquals(session, 1, count(session, "data-tandem-learnings"));
        assertFalse(session, session.contains("data-session-section"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    public void liftedRestrictions_shouldShowNoNoteAndComeBackWithAMailToThePair() throws Exception {
        SandboxUsers.Person coordinator = sandbox.get().users().byKey(ROLES.get("coordinator")).orElseThrow();
        // lifted behind Tandem's back (no event): the page opens to the coordinator, the notes do not
        for (long page : new long[] {pairingPage, sessionPage}) {
            sandbox.get().content().clearRestrictions(page, ContentPermission.VIEW_PERMISSION);
            sandbox.get().content().clearRestrictions(page, ContentPermission.EDIT_PERMISSION);
        }
        SandboxTestSupport.Client asCoordinator = signedIn(coordinator.key());
        HttpResponse<String> lifted = asCoordinator.get("/pages/viewpage.action?pageId=" + sessionPage);
        assertEquals(200, lifted.statusCode());
        assertFalse(lifted.body().contains(CANARY));
        assertTrue(lifted.body().contains("shown to the two of them only"));
        String search = asCoordinator.get("/dosearchsite.action?queryString=canary").body();
        assertFalse(search.contains(CANARY));

        // lifted through Confluence: the guard puts them back and tells the pair
        int mails = sandbox.get().mail().outbox().size();
        sandbox.get().scope().as(coordinator, () -> {
            for (long id : new long[] {pairingPage, sessionPage}) {
                Page page = sandbox.get().contentServices().getPage(id);
                sandbox.get().contentServices().setContentPermissions(Map.of(ContentPermission.VIEW_PERMISSION,
                        List.of(), ContentPermission.EDIT_PERMISSION, List.of()), page);
            }
        });
        Set<String> pair = Set.of(ROLES.get("mentee"), ROLES.get("mentor"));
        for (long page : new long[] {pairingPage, sessionPage}) {
            assertEquals(pair, restricted(page, ContentPermission.VIEW_PERMISSION));
            assertEquals(pair, restricted(page, ContentPermission.EDIT_PERMISSION));
        }
        List<SandboxMail.Mail> sent = sandbox.get().mail().outbox().subList(0,
                sandbox.get().mail().outbox().size() - mails);
        assertEquals(4, sent.size());
        Set<String> to = sent.stream().map(SandboxMail.Mail::to).collect(Collectors.toSet());
        for (String key : pair) {
            assertTrue(to.toString(), to.contains(sandbox.get().users().byKey(key).orElseThrow().email()));
        }
        for (SandboxMail.Mail mail : sandbox.get().mail().outbox()) {
            assertFalse(mail.body(), mail.body().contains(CANARY));
            assertFalse(mail.subject().contains(CANARY));
        }
        assertTrue(sent.get(0).body(), sent.get(0).body().contains(coordinator.fullName()));
        assertEquals(404, asCoordinator.get("/pages/viewpage.action?pageId=" + sessionPage).statusCode());
    }

    @Test
    public void movedOrCopiedPage_shouldGoBackAndTheCopyBeRestricted() throws Exception {
        SandboxUsers.Person admin = sandbox.get().users().byKey(ROLES.get("Confluence administrator")).orElseThrow();
        Page pairings = sandbox.get().contentServices().getPage(DemoCohort.SPACE, "Pairings");
        Page[] copy = new Page[1];
        sandbox.get().scope().as(admin, () -> {
            sandbox.get().contentServices().movePageAsChild(sandbox.get().contentServices().getPage(sessionPage),
                    pairings);
            copy[0] = sandbox.get().contentServices().copyPage(sessionPage, "Copy of the session");
        });
        assertEquals(Long.valueOf(pairingPage), sandbox.get().content().page(sessionPage).orElseThrow().parentId());
        Set<String> pair = Set.of(ROLES.get("mentee"), ROLES.get("mentor"));
        assertNotNull(copy[0]);
        assertEquals(pair, restricted(copy[0].getId(), ContentPermission.VIEW_PERMISSION));
        String asMentee = signedIn(ROLES.get("mentee")).get("/pages/viewpage.action?pageId=" + copy[0].getId())
                .body();
        assertFalse("a copy is no session's page and shows no note", asMentee.contains(CANARY));
    }

    private static Set<String> restricted(long pageId, String type) {
        return sandbox.get().content().restrictions(pageId).stream().filter(r -> r.type().equals(type))
                .map(SandboxContent.Restriction::userKey).collect(Collectors.toSet());
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

    private static JsonNode get(SandboxTestSupport.Client client, String path, int expected) throws Exception {
        HttpResponse<String> r = client.get(REST + path);
        assertEquals(path + ": " + r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }
}
