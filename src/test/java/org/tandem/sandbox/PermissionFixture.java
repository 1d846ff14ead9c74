package org.tandem.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The people of the permission table, picked from the demo data and set up through the sandbox's hooks: programme
 * "this" is the demo cohort B (space LEAD, in matching), whose pairings a coordinator runs and publishes over REST;
 * "another" is the demo programme of space MENTOR. Every role is a different person, except the administrator, who
 * appears twice (with and without the WebSudo confirmation). Placeholders of the table ({P}, {APP}, ...) resolve here.
 */
final class PermissionFixture {

    static final String REST = "/rest/tandem/1.0";
    static final int STALE = 99999;
    private static final ObjectMapper JSON = new ObjectMapper();

    final Sandbox sandbox;
    final Map<String, String> people = new LinkedHashMap<>();
    final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    PermissionFixture(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Sets everything up; returns the role names mapped to user keys (null for anonymous). */
    void build() throws Exception {
        SandboxUsers users = sandbox.users();
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.activeObjects());
        int programme = programmes.findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        int other = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().id();
        ParticipantRepository participants = new ParticipantRepository(sandbox.activeObjects());
        Set<String> inProgramme = new HashSet<>();
        participants.findByProgramme(programme).forEach(p -> inProgramme.add(p.userKey()));
        participants.findByProgramme(other).forEach(p -> inProgramme.add(p.userKey()));
        used.addAll(inProgramme);

        String admin = users.members(SandboxUsers.ADMINISTRATORS).iterator().next();
        String group = users.members(DemoData.COORDINATORS).stream().sorted().findFirst().orElseThrow();
        used.add(admin);
        used.addAll(users.members(DemoData.COORDINATORS));
        // administrators are not coordinators of this programme unless they administer its space
        sandbox.content().permissions(DemoCohort.SPACE).stream()
                .filter(p -> p.permission().equals(SandboxPermissions.SETSPACEPERMISSIONS))
                .filter(p -> p.kind().equals("group") && p.subject().equals(SandboxUsers.ADMINISTRATORS))
                .forEach(sandbox.content()::revoke);
        String coordinator = pick(p -> true);
        sandbox.content().grant(DemoCohort.SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "user", coordinator);
        String otherCoordinator = pick(p -> true);
        sandbox.content().grant(DemoData.SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "user", otherCoordinator);

        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        c.signIn(users.byKey(coordinator).orElseThrow().username());
        expect(c.post(REST + "/programmes/" + programme + "/pairings/run", "application/json", "{}"), 200);
        expect(c.post(REST + "/programmes/" + programme + "/pairings/publish", "application/json", "{}"), 200);
        JsonNode pairings = JSON.readTree(expect(c.get(REST + "/programmes/" + programme + "/pairings"), 200));

        // the pairing of the table: its mentee's manager and that manager's manager are nobody else in the table
        JsonNode pairing = null;
        JsonNode otherPairing = null;
        JsonNode departedPairing = null;
        String manager = null;
        for (JsonNode candidate : pairings) {
            String mentee = candidate.path("mentee").path("userKey").asText();
            String m = users.byKey(mentee).map(SandboxUsers.Person::managerKey).orElse(null);
            String m2 = m == null ? null : users.byKey(m).map(SandboxUsers.Person::managerKey).orElse(null);
            boolean clean = m != null && m2 != null && !used.contains(m) && !used.contains(m2)
                    && users.reportsOf(m).stream().anyMatch(r -> !used.contains(r.key()));
            if (pairing == null && clean) {
                pairing = candidate;
                manager = m;
            } else if (otherPairing == null && pairing != candidate) {
                otherPairing = candidate;
            } else if (departedPairing == null && pairing != candidate && otherPairing != candidate) {
                departedPairing = candidate;
            }
        }
        if (pairing == null || otherPairing == null || departedPairing == null) {
            throw new IllegalStateException("the demo cohort has too few pairings for the table: " + pairings);
        }
        String managerKey = manager;
        String manager2 = users.byKey(manager).orElseThrow().managerKey();
        used.add(manager);
        used.add(manager2);
        String applicant = users.reportsOf(manager).stream().map(SandboxUsers.Person::key)
                .filter(k -> !used.contains(k)).findFirst().orElseThrow();
        used.add(applicant);
        List<LearningTheme> themes = new LearningThemeRepository(sandbox.activeObjects()).findAvailableTo(programme);
        Participant application = participants.create(Participant.apply(programme, applicant, ParticipantRole.MENTEE,
                List.of(themes.get(0).id())).withStatement("", "Speak up with senior people.", "en", "mornings")
                .withPeople(List.of(pairing.path("mentor").path("userKey").asText()),
                        List.of(otherPairing.path("mentor").path("userKey").asText())));
        application = participants.decide(application.id(), application.version(), ParticipantState.AWAITING_MANAGER,
                applicant, Instant.parse("2026-02-01T09:00:00Z"));

        JsonNode theme = JSON.readTree(expect(c.post(REST + "/programmes/" + programme + "/themes",
                "application/json", "{\"category\":\"Table\",\"name\":\"Reading the room\"}"), 201));
        JsonNode speed = JSON.readTree(expect(c.post(REST + "/programmes/" + programme + "/speed-events",
                "application/json", "{\"startsAt\":\"2027-01-14T15:00:00Z\",\"place\":\"Room 4\","
                + "\"minutesPerRound\":8,\"rounds\":3,\"tables\":100,\"mentorsSeated\":true}"), 201));

        // a speed-mentoring event that is over, of the mentee, the mentor and the third mentee with their mentor
        JsonNode event = JSON.readTree(expect(c.post(REST + "/programmes/" + programme + "/speed-events",
                "application/json", "{\"startsAt\":\"2026-01-15T15:00:00Z\",\"place\":\"Room 4\","
                        + "\"minutesPerRound\":8,\"rounds\":2,\"tables\":2,\"mentorsSeated\":true,"
                        + "\"participants\":[\"" + String.join("\",\"", pairing.path("mentee").path("userKey").asText(),
                        pairing.path("mentor").path("userKey").asText(), otherPairing.path("mentee").path("userKey")
                                .asText(), otherPairing.path("mentor").path("userKey").asText()) + "\"]}"), 201));

        people.put("anon", null);
        people.put("staff", pick(p -> true));
        people.put("applicant", applicant);
        people.put("manager", managerKey);
        people.put("manager2", manager2);
        people.put("mentee", pairing.path("mentee").path("userKey").asText());
        people.put("mentor", pairing.path("mentor").path("userKey").asText());
        people.put("third", otherPairing.path("mentee").path("userKey").asText());
        people.put("coord", coordinator);
        people.put("coord-other", otherCoordinator);
        people.put("coord-group", group);
        people.put("admin", admin);
        people.put("admin-sudo", admin);
        people.put("departed", departedPairing.path("mentee").path("userKey").asText());

        values.put("{P}", String.valueOf(programme));
        values.put("{OP}", String.valueOf(other));
        values.put("{SPACE}", DemoCohort.SPACE);
        values.put("{APP}", String.valueOf(application.id()));
        values.put("{PAIR}", pairing.path("id").asText());
        values.put("{THEME}", theme.path("id").asText());
        values.put("{SPEED}", speed.path("id").asText());
        values.put("{DTHEME}", String.valueOf(themes.stream().filter(t -> t.programmeId() == null)
                .findFirst().orElseThrow().id()));
        values.put("{DTHEME2}", String.valueOf(themes.stream().filter(t -> t.programmeId() == null)
                .reduce((a, b) -> b).orElseThrow().id()));
        values.put("{MENTEE}", people.get("mentee"));
        values.put("{MENTOR}", people.get("mentor"));
        values.put("{STAFF}", people.get("staff"));
        values.put("{STALE}", String.valueOf(STALE));
        values.put("{EVENT}", event.path("id").asText());
        runningPairing(users, pairing.path("id").asInt(), managerKey);
        managerDashboardPages(coordinator);
    }

    /** Texts written into the running pairing, one token each, so that a page shows whether it holds them. */
    static final String NOTE = "TblNoteText";
    static final String ACTION = "TblActionText";
    static final String UNSHARED = "TblUnsharedLearning";
    static final String SHARED = "TblSharedLearning";
    static final String FEEDBACK = "TblFeedbackText";
    static final String EXPECT = "TblExpectationsNotes";
    static final String SUPPORT = "TblSupportTime";

    /**
     * Makes {PAIR} active (both accept, the manager acknowledges), so that it gets its pairing page; the mentor
     * creates a session page of yesterday; both write notes, the mentee adds an action item, records an unshared
     * and a shared learning and the expectations meeting; the manager answers the shared learning.
     */
    private void runningPairing(SandboxUsers users, int pairingId, String managerKey) throws Exception {
        String mentee = people.get("mentee");
        String mentor = people.get("mentor");
        SandboxTestSupport.Client menteeClient = signedIn(users, mentee);
        SandboxTestSupport.Client mentorClient = signedIn(users, mentor);
        SandboxTestSupport.Client managerClient = signedIn(users, managerKey);
        consent(menteeClient, pairingId, "ACCEPT");
        consent(mentorClient, pairingId, "ACCEPT");
        consent(managerClient, pairingId, "ACKNOWLEDGE");
        String start = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "T09:00";
        JsonNode session = JSON.readTree(expect(mentorClient.post(REST + "/session-pairings/" + pairingId
                + "/sessions", "application/json", "{\"start\":\"" + start
                + "\",\"zone\":\"UTC\",\"minutes\":45,\"format\":\"VIDEO\"}"), 201));
        int sessionId = session.path("id").asInt();
        long sessionPage = session.path("pageId").asLong();
        long pairingPage = sandbox.content().page(sessionPage).orElseThrow().parentId();
        expect(mentorClient.post(REST + "/sessions/" + sessionId + "/notes", "application/json",
                "{\"text\":\"" + NOTE + " mentor\",\"version\":0}"), 200);
        expect(menteeClient.post(REST + "/sessions/" + sessionId + "/notes", "application/json",
                "{\"text\":\"" + NOTE + " mentee\",\"version\":0}"), 200);
        JsonNode item = JSON.readTree(expect(menteeClient.post(REST + "/sessions/" + sessionId + "/action-items",
                "application/json", "{\"text\":\"" + ACTION + "\",\"owner\":\"" + mentee + "\"}"), 201));
        String sessionTitle = sandbox.content().page(sessionPage).orElseThrow().title();
        String page = expect(menteeClient.get("/pages/viewpage.action?pageId=" + sessionPage), 200);
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
        if (!option.find()) {
            throw new IllegalStateException("no theme to choose on the session page: " + page);
        }
        String theme = option.group(1);
        JsonNode unshared = JSON.readTree(expect(menteeClient.post(REST + "/learning/sessions/" + sessionId,
                "application/json", "{\"themeId\":" + theme + ",\"text\":\"" + UNSHARED + "\"}"), 201));
        JsonNode shared = JSON.readTree(expect(menteeClient.post(REST + "/learning/sessions/" + sessionId,
                "application/json", "{\"themeId\":" + theme + ",\"text\":\"" + SHARED + "\"}"), 201));
        JsonNode done = JSON.readTree(expect(menteeClient.post(REST + "/learning/" + shared.path("id").asInt()
                + "/share", "application/json", "{\"version\":" + shared.path("version").asInt()
                + ",\"shared\":true}"), 200));
        expect(menteeClient.post(REST + "/expectations/" + pairingId, "application/json", "{\"version\":0,"
                + "\"heldOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2)
                + "\",\"themeIds\":[" + theme + "],\"supportTime\":\"" + SUPPORT + " two hours a month\",\"notes\":\""
                + EXPECT + "\"}"), 200);
        expect(managerClient.post(REST + "/learning/" + shared.path("id").asInt() + "/feedback",
                "application/json", "{\"version\":" + done.path("version").asInt() + ",\"feedback\":\""
                + FEEDBACK + "\"}"), 200);
        values.put("{SESSION}", String.valueOf(sessionId));
        values.put("{ACTION}", item.path("id").asText());
        values.put("{LEARNING}", unshared.path("id").asText());
        values.put("{SHARED}", shared.path("id").asText());
        values.put("{PAIRPAGE}", sandbox.content().page(pairingPage).orElseThrow().title().replace(' ', '_'));
        values.put("{SESSIONPAGE}", sessionTitle.replace(' ', '_'));
        // the dashboards' CSV tables and scopes, as placeholders so that their rows match the endpoints' templates
        values.put("{FUNNEL}", "funnel");
        values.put("{REPORTS}", "reports");
        values.put("{WAITING}", "waiting");
        values.put("{DIRECT}", "direct");
        values.put("{ALL}", "all");
    }

    private SandboxTestSupport.Client signedIn(SandboxUsers users, String key) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        c.signIn(users.byKey(key).orElseThrow().username());
        return c;
    }

    private static void consent(SandboxTestSupport.Client c, int pairingId, String answer) throws Exception {
        JsonNode now = JSON.readTree(expect(c.get(REST + "/pairings/" + pairingId), 200));
        expect(c.post(REST + "/pairings/" + pairingId + "/consent", "application/json", "{\"version\":"
                + now.path("version").asInt() + ",\"answer\":\"" + answer + "\"}"), 200);
    }

    /**
     * Pages of the programme space holding the manager dashboard (a manager would put it in a personal space) and My
     * mentoring.
     */
    private void managerDashboardPages(String creator) {
        long home = sandbox.content().pages(DemoCohort.SPACE).stream().filter(p -> p.parentId() == null)
                .findFirst().orElseThrow().id();
        String macro = "<ac:structured-macro ac:name=\"tandem-manager-dashboard\" ac:schema-version=\"1\">";
        sandbox.content().createPage(DemoCohort.SPACE, "Team dashboard", home, macro + "</ac:structured-macro>",
                creator);
        sandbox.content().createPage(DemoCohort.SPACE, "Team dashboard below", home, macro
                + "<ac:parameter ac:name=\"scope\">all</ac:parameter></ac:structured-macro>", creator);
        sandbox.content().createPage(DemoCohort.SPACE, "My mentoring", home,
                "<ac:structured-macro ac:name=\"tandem-my-mentoring\" ac:schema-version=\"1\"/>", creator);
    }

    /** Signs each role in (the departed before their account is deactivated); anonymous stays signed out. */
    Map<String, SandboxTestSupport.Client> clients() throws Exception {
        Map<String, SandboxTestSupport.Client> clients = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : people.entrySet()) {
            SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
            if (role.getValue() != null) {
                c.signIn(sandbox.users().byKey(role.getValue()).orElseThrow().username());
                if (role.getKey().equals("admin-sudo")) {
                    c.webSudo();
                }
            }
            clients.put(role.getKey(), c);
        }
        sandbox.deactivate(people.get("departed"));
        return clients;
    }

    String resolve(String text, String role) {
        String out = text.replace("{ROLE}", role);
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        return out;
    }

    /** Someone not yet in the table: no administrator, coordinator, participant, or manager of one. */
    private String pick(Predicate<SandboxUsers.Person> also) {
        SandboxUsers users = sandbox.users();
        Set<String> managersOfUsed = new HashSet<>();
        for (String key : used) {
            users.byKey(key).map(SandboxUsers.Person::managerKey).ifPresent(managersOfUsed::add);
        }
        String key = users.all().stream().sorted(java.util.Comparator.comparing(SandboxUsers.Person::key))
                .filter(p -> !used.contains(p.key()) && !managersOfUsed.contains(p.key()))
                .filter(p -> users.reportsOf(p.key()).isEmpty())
                .filter(also).map(SandboxUsers.Person::key).findFirst().orElseThrow();
        used.add(key);
        return key;
    }

    private static String expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
