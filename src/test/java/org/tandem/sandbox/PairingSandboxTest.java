package org.tandem.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The pairing issue end to end over HTTP on a fresh sandbox, no browser: a coordinator runs matching on the demo
 * cohort B and publishes; every published pair is checked against the org chart, the capacities and the exclusions
 * in the store; then one pair and the mentee's manager consent through the REST API, and an outsider cannot see it.
 */
public class PairingSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("pairing");
    private static int programmeId;

    @BeforeClass
    public static void start() throws Exception {
        programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
    }

    private static SandboxUsers.Person person(String key) {
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    private static SandboxTestSupport.Client signedIn(String userKey) throws Exception {
        SandboxTestSupport.Client client = sandbox.client();
        client.signIn(person(userKey).username());
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

    private static JsonNode answer(SandboxTestSupport.Client client, JsonNode pairing, String answer)
            throws Exception {
        return post(client, "/pairings/" + pairing.get("id").asInt() + "/consent",
                "{\"version\":" + pairing.get("version").asInt() + ",\"answer\":\"" + answer + "\"}", 200);
    }

    @Test
    public void demoCohort_shouldBeInMatchingWithApprovedMenteesAndMentors() {
        List<Participant> all = new ParticipantRepository(sandbox.get().activeObjects()).findByProgramme(programmeId);
        long mentees = all.stream().filter(p -> p.role() == ParticipantRole.MENTEE
                && p.state() == ParticipantState.APPROVED).count();
        long mentors = all.stream().filter(p -> p.role() == ParticipantRole.MENTOR
                && p.state() == ParticipantState.APPROVED).count();
        assertEquals(DemoCohort.MENTEES, mentees);
        assertEquals(DemoCohort.MENTORS, mentors);
        assertTrue(all.stream().filter(p -> p.role() == ParticipantRole.MENTOR)
                .allMatch(p -> p.capacity() >= 1 && p.capacity() <= 3));
        OrgChart lines = new OrgChartRepository(sandbox.get().activeObjects()).whole();
        Set<String> mentorKeys = all.stream().filter(p -> p.role() == ParticipantRole.MENTOR)
                .map(Participant::userKey).collect(Collectors.toSet());
        assertTrue("some mentee has a mentor of the cohort above them", all.stream()
                .filter(p -> p.role() == ParticipantRole.MENTEE)
                .anyMatch(p -> lines.managersAbove(p.userKey()).stream().anyMatch(mentorKeys::contains)));
        assertTrue(sandbox.get().content().page(DemoCohort.SPACE, "Pairings").isPresent());
    }

    @Test
    public void runPublishAndConsent_shouldKeepEveryHardRuleAndActivateThePair() throws Exception {
        String coordinatorKey = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst().orElseThrow();
        SandboxTestSupport.Client coordinator = signedIn(coordinatorKey);

        JsonNode run = post(coordinator, "/programmes/" + programmeId + "/pairings/run", "{}", 200);
        JsonNode staged = run.get("staged");
        assertTrue(run.toString(), staged.size() > 0);
        for (JsonNode pairing : staged) {
            assertEquals("STAGED", pairing.get("state").asText());
            assertTrue(pairing.toString(), pairing.has("score"));
            assertTrue(pairing.toString(), pairing.get("explanation").size() > 0);
        }
        // the demo people's time zones (their profile's, else their office's) reach the run
        assertTrue(run.toString(), StreamSupport.stream(staged.spliterator(), false)
                .anyMatch(p -> p.path("breakdown").path("TIME_ZONE").asInt() > 0));

        JsonNode published = post(coordinator, "/programmes/" + programmeId + "/pairings/publish", "{}", 200);
        assertEquals(staged.size(), published.size());

        // every published pair against the org chart, the capacities and the exclusions in the store
        OrgChart lines = new OrgChartRepository(sandbox.get().activeObjects()).whole();
        Map<String, Participant> mentees = new HashMap<>();
        Map<String, Participant> mentors = new HashMap<>();
        for (Participant p : new ParticipantRepository(sandbox.get().activeObjects()).findByProgramme(programmeId)) {
            if (p.state() == ParticipantState.APPROVED) {
                (p.role() == ParticipantRole.MENTEE ? mentees : mentors).put(p.userKey(), p);
            }
        }
        Map<String, Integer> load = new HashMap<>();
        Set<String> paired = new HashSet<>();
        for (JsonNode pairing : published) {
            assertEquals("PROPOSED", pairing.get("state").asText());
            String mentee = pairing.get("mentee").get("userKey").asText();
            String mentor = pairing.get("mentor").get("userKey").asText();
            assertTrue(mentee, mentees.containsKey(mentee));
            assertTrue(mentor, mentors.containsKey(mentor));
            assertFalse("mentor is the mentee: " + mentee, mentee.equals(mentor));
            assertFalse("mentor above mentee: " + pairing, lines.managersAbove(mentee).contains(mentor));
            assertFalse("mentee excluded the mentor: " + pairing,
                    mentees.get(mentee).excludedUserKeys().contains(mentor));
            assertFalse("mentor excluded the mentee: " + pairing,
                    mentors.get(mentor).excludedUserKeys().contains(mentee));
            assertTrue("mentee paired twice: " + mentee, paired.add(mentee));
            load.merge(mentor, 1, Integer::sum);
        }
        load.forEach((mentor, count) -> assertTrue(mentor + " over capacity: " + count,
                count <= mentors.get(mentor).capacity()));

        // one pair consents
        JsonNode pairing = published.get(0);
        int id = pairing.get("id").asInt();
        String menteeKey = pairing.get("mentee").get("userKey").asText();
        String mentorKey = pairing.get("mentor").get("userKey").asText();
        String managerKey = lines.managerOf(menteeKey);
        assertNotNull(managerKey);

        SandboxTestSupport.Client mentee = signedIn(menteeKey);
        assertTrue(ids(get(mentee, "/pairings/awaiting-me", 200)).contains(id));
        String board = mentee.get(StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings")).body();
        assertTrue(board.contains(person(mentorKey).fullName()));
        assertTrue(board.contains("data-pairing-action=\"ACCEPT\""));
        pairing = answer(mentee, get(mentee, "/pairings/" + id, 200), "ACCEPT");

        SandboxTestSupport.Client mentor = signedIn(mentorKey);
        assertTrue(ids(get(mentor, "/pairings/awaiting-me", 200)).contains(id));
        pairing = answer(mentor, get(mentor, "/pairings/" + id, 200), "ACCEPT");
        assertEquals("PROPOSED", pairing.get("state").asText());

        SandboxTestSupport.Client manager = signedIn(managerKey);
        assertTrue(ids(get(manager, "/pairings/awaiting-me", 200)).contains(id));
        answer(manager, get(manager, "/pairings/" + id, 200), "ACKNOWLEDGE");

        assertEquals("ACTIVE", get(coordinator, "/pairings/" + id, 200).get("state").asText());
        assertEquals("ACTIVE", get(mentee, "/pairings/" + id, 200).get("state").asText());

        SandboxUsers.Person outsider = sandbox.get().users().all().stream()
                .filter(p -> p.level() == 6 && !p.key().equals(menteeKey) && !p.key().equals(mentorKey)
                        && !lines.managersAbove(menteeKey).contains(p.key())
                        && !sandbox.get().users().members(DemoData.COORDINATORS).contains(p.key())
                        && !sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).contains(p.key()))
                .findFirst().orElseThrow();
        SandboxTestSupport.Client stranger = signedIn(outsider.key());
        get(stranger, "/pairings/" + id, 404);
        assertFalse(ids(get(stranger, "/programmes/" + programmeId + "/pairings", 200)).contains(id));
    }

    private static Set<Integer> ids(JsonNode list) {
        Set<Integer> ids = new HashSet<>();
        list.forEach(p -> ids.add(p.get("id").asInt()));
        return ids;
    }
}
