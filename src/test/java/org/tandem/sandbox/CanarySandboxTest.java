package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Canaries: one unique text per free-text field a person can fill, written through the real REST endpoints (by this
 * test, or by {@link PermissionFixture} for the running pairing), then searched, as every role of the permission
 * table, in every GET of that table (responses and the calendar file), every page of the programme space, the
 * sandbox's search, the mail sent to that role, and, for the administrators who can read them, the log lines. A
 * hit for anyone outside the field's audience fails, and so does a field its own audience cannot find anywhere.
 */
public class CanarySandboxTest {

    private static final String REST = PermissionFixture.REST;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COORDINATORS = Set.of("coord", "coord-group");

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("canary");

    /** A field, its canary, and the roles that may meet it (empty: nobody but its author is ever shown it). */
    record Field(String name, String canary, Set<String> audience) {
    }

    static final List<Field> FIELDS = new ArrayList<>();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream err;
    private static PrintStream out;
    private static PermissionFixture fixture;
    private static PermissionTable table;
    private static Map<String, SandboxTestSupport.Client> clients;

    @BeforeClass
    public static void writeEveryField() throws Exception {
        err = System.err;
        out = System.out;
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        table = PermissionTable.load("permissions/table.txt");
        fixture = new PermissionFixture(SANDBOX.get());
        fixture.build();
        Set<String> pair = Set.of("mentee", "mentor");
        Set<String> menteeAndManager = Set.of("mentee", "manager");
        FIELDS.add(new Field("session notes", PermissionFixture.NOTE, pair));
        FIELDS.add(new Field("action item text", PermissionFixture.ACTION, pair));
        FIELDS.add(new Field("unshared learning", PermissionFixture.UNSHARED, Set.of("mentee")));
        FIELDS.add(new Field("shared learning", PermissionFixture.SHARED, menteeAndManager));
        FIELDS.add(new Field("feedback", PermissionFixture.FEEDBACK, menteeAndManager));
        FIELDS.add(new Field("expectations notes", PermissionFixture.EXPECT, menteeAndManager));
        FIELDS.add(new Field("expectations support", PermissionFixture.SUPPORT, menteeAndManager));

        SandboxUsers users = SANDBOX.get().users();
        // an alumni peer circle's name: its members (the mentee and two people with no role here) and the
        // coordinators
        List<String> others = users.all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !fixture.people.containsValue(k)).limit(2).toList();
        new org.tandem.mentoring.store.PeerCircleRepository(SANDBOX.get().activeObjects()).create(
                new org.tandem.mentoring.domain.circle.PeerCircle(0, Integer.parseInt(fixture.values.get("{P}")),
                        "CnyCircleName", Integer.parseInt(fixture.values.get("{THEME}")),
                        List.of(fixture.people.get("mentee"), others.get(0), others.get(1)),
                        fixture.people.get("coord"), java.time.Instant.now()));
        FIELDS.add(new Field("alumni peer circle name", "CnyCircleName", Set.of("mentee", "coord", "coord-group")));
        SandboxTestSupport.Client applicant = signedIn(users, fixture.people.get("applicant"));
        SandboxTestSupport.Client manager = signedIn(users, fixture.people.get("manager"));
        SandboxTestSupport.Client coordinator = signedIn(users, fixture.people.get("coord"));
        SandboxTestSupport.Client third = signedIn(users, fixture.people.get("third"));
        String app = fixture.values.get("{APP}");
        String programme = fixture.values.get("{P}");

        // goals and motivation: the applicant, the manager who decides, the coordinators. An applicant edits only
        // while enrolment is open, so the coordinator reopens it for the edit and moves on to matching afterwards.
        phase(coordinator, programme, "ENROLMENT_OPEN");
        Set<String> application = Set.of("applicant", "manager", "coord", "coord-group");
        JsonNode mine = JSON.readTree(ok(applicant.get(REST + "/applications/" + app), 200));
        ok(send(applicant, "PUT", "/applications/" + app, "{\"version\":" + mine.path("version").asInt()
                + ",\"role\":\"MENTEE\",\"themeIds\":[" + fixture.values.get("{DTHEME}") + "],\"goals\":\"CnyGoals\","
                + "\"motivation\":\"CnyMotivation\"}"), 200);
        FIELDS.add(new Field("goals", "CnyGoals", application));
        FIELDS.add(new Field("motivation", "CnyMotivation", application));
        // a decision's reason: its author and the coordinators
        JsonNode edited = JSON.readTree(ok(manager.get(REST + "/applications/" + app), 200));
        ok(send(manager, "POST", "/applications/" + app + "/manager-decision", "{\"version\":"
                + edited.path("version").asInt() + ",\"verdict\":\"APPROVE\",\"reason\":\"CnyDecision\"}"), 200);
        FIELDS.add(new Field("decision reason", "CnyDecision", Set.of("manager", "coord", "coord-group")));
        phase(coordinator, programme, "MATCHING");
        // the line-of-authority relaxation: the coordinators (the pairing board)
        JsonNode p = JSON.readTree(ok(coordinator.get(REST + "/programmes/" + programme), 200));
        ok(send(coordinator, "PUT", "/programmes/" + programme + "/line-of-authority", "{\"version\":"
                + p.path("version").asInt() + ",\"relaxDown\":true,\"reason\":\"CnyRelaxation\"}"), 200);
        FIELDS.add(new Field("line-of-authority reason", "CnyRelaxation", COORDINATORS));
        // a speed-mentoring event's place: the coordinators, and the approved applicants who take part (their own
        // schedule)
        String speed = JSON.readTree(ok(send(coordinator, "POST", "/programmes/" + programme + "/speed-events",
                "{\"startsAt\":\"2027-01-14T15:00:00+01:00\",\"place\":\"CnySpeedPlace\",\"minutesPerRound\":8,"
                + "\"rounds\":4,\"tables\":100,\"mentorsSeated\":true}"), 201)).path("id").asText();
        // and its schedules mailed to the participants, the place in the letter and in the calendar entry
        ok(send(coordinator, "POST", "/programmes/" + programme + "/speed-events/" + speed + "/send", "{}"), 200);
        // (the departed took part too when the schedules went out: their mail of that day holds their own schedule)
        FIELDS.add(new Field("speed-mentoring event place", "CnySpeedPlace",
                Set.of("coord", "coord-group", "mentee", "mentor", "third", "departed")));
        // a decline's reason: its author and the coordinators
        String thirdPairing = JSON.readTree(ok(third.get(REST + "/pairings/awaiting-me"), 200)).path(0).path("id")
                .asText();
        JsonNode pairing = JSON.readTree(ok(third.get(REST + "/pairings/" + thirdPairing), 200));
        ok(send(third, "POST", "/pairings/" + thirdPairing + "/consent", "{\"version\":"
                + pairing.path("version").asInt() + ",\"answer\":\"DECLINE\",\"reason\":\"CnyDeclineReason\"}"), 200);
        FIELDS.add(new Field("decline reason", "CnyDeclineReason", Set.of("third", "coord", "coord-group")));
        // the daily mail: the reminders of today, then six weeks on the nudges (a pair gone quiet, a manager late)
        // and the reminders of every day in between; the sweep reads each role's mail
        SANDBOX.get().scheduler().runNow("tandem-reminders");
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(45));
        SANDBOX.get().scheduler().runNow("tandem-nudges");
        SANDBOX.get().scheduler().runNow("tandem-reminders");
        clients = fixture.clients();
    }

    @AfterClass
    public static void restoreStreams() {
        System.setErr(err);
        System.setOut(out);
    }

    @Test
    public void everyCanary_shouldReachItsAudienceOnly() throws Exception {
        List<String> hits = new ArrayList<>();
        int checks = sweep(FIELDS, hits);
        // an end reason, written last because ending the pairing takes the shared learnings off the manager's
        // page: its author (the mentor ends the running pairing) and the coordinators
        SandboxTestSupport.Client mentor = signedIn(SANDBOX.get().users(), fixture.people.get("mentor"));
        String pairId = fixture.values.get("{PAIR}");
        // a survey's free text: its author only. A month on, the pulse of the running pair is open; the mentee
        // answers it with a comment
        // answers it with a comment (the clock stands where the daily mail of the set-up left it)
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(31).minus(SANDBOX.get().clock().offset()));
        SandboxTestSupport.Client mentee = signedIn(SANDBOX.get().users(), fixture.people.get("mentee"));
        answer(mentee, "PULSE", "CnySurveyText");
        // back to today, so that the end falls on today
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(-31));
        // the manager's mid-point feedback: its author only. The programme's dates move so that its middle day
        // falls a week into the running pairing, the manager answers that day, and the dates move back
        String movedBack = middleDayIn(7);
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(7));
        answer(signedIn(SANDBOX.get().users(), fixture.people.get("manager")), "MANAGER_MIDPOINT",
                "CnyMidpointManagerText");
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(-7));
        programme().setStartDate(movedBack);
        programme().save();
        JsonNode running = JSON.readTree(ok(mentor.get(REST + "/pairings/" + pairId), 200));
        ok(send(mentor, "POST", "/pairings/" + pairId + "/end", "{\"version\":" + running.path("version").asInt()
                + ",\"reason\":\"CnyEndReason\"}"), 200);
        Field end = new Field("end reason", "CnyEndReason", Set.of("mentor", "coord", "coord-group"));
        // the closing survey's reason text: its author only (the reason itself is counted on the dashboard)
        answer(mentor, "CLOSURE", "CnyClosureText");
        // the alumni check-in's free text, three months after the end: its author only, the former mentee and
        // their manager each
        SANDBOX.get().clock().advance(java.time.Duration.ofDays(93));
        answer(mentee, "ALUMNI", "CnyAlumniText");
        answer(signedIn(SANDBOX.get().users(), fixture.people.get("manager")), "ALUMNI", "CnyAlumniManagerText");
        Field survey = new Field("survey free text", "CnySurveyText", Set.of("mentee"));
        Field closing = new Field("closing survey reason text", "CnyClosureText", Set.of("mentor"));
        Field alumni = new Field("alumni check-in text", "CnyAlumniText", Set.of("mentee"));
        Field alumniManager = new Field("alumni check-in text of the manager", "CnyAlumniManagerText",
                Set.of("manager"));
        Field midpointManager = new Field("mid-point feedback text of the manager", "CnyMidpointManagerText",
                Set.of("manager"));
        checks += sweep(List.of(end, survey, closing, alumni, alumniManager, midpointManager), hits);
        System.out.printf("canaries: %d fields x %d viewers (%d searches over every GET of the permission table, "
                + "every page, search, mail and log), %d hits outside the audience%n", FIELDS.size() + 6,
                clients.size(), checks, hits.size());
        assertEquals(String.join("\n", hits), List.of(), hits);
    }

    /** Looks for each field's canary on every surface of every role; returns the number of searches. */
    private int sweep(List<Field> fields, List<String> hits) throws Exception {
        Set<String> found = new LinkedHashSet<>();
        int checks = 0;
        int surfaces = 0;
        for (Map.Entry<String, SandboxTestSupport.Client> role : clients.entrySet()) {
            Map<String, String> seen = new java.util.LinkedHashMap<>();
            SandboxTestSupport.Client client = role.getValue();
            for (PermissionTable.Row row : table.rows()) {
                if (row.method().equals("GET") && row.kind().equals("rest")) {
                    seen.put(row.target(), client.get(REST + fixture.resolve(row.target(), role.getKey())).body());
                }
            }
            for (SandboxContent.Page page : SANDBOX.get().content().pages(DemoCohort.SPACE)) {
                seen.put("page " + page.title(), client.get("/pages/viewpage.action?pageId=" + page.id()).body());
            }
            for (Field field : fields) {
                // the results page repeats the query in its heading and search box: only the results count
                String results = client.get("/dosearchsite.action?queryString="
                        + URLEncoder.encode(field.canary(), StandardCharsets.UTF_8)).body();
                seen.put("search " + field.name(), results.replace("value=\"" + field.canary() + "\"", "")
                        .replaceFirst("<h1>[^<]*</h1>", ""));
            }
            String key = fixture.people.get(role.getKey());
            String email = key == null ? null : SANDBOX.get().users().byKey(key).orElseThrow().email();
            StringBuilder mail = new StringBuilder();
            SANDBOX.get().mail().outbox().stream().filter(m -> m.to().equals(email))
                    .forEach(m -> {
                        mail.append(m.subject()).append('\n').append(m.body()).append('\n');
                        m.attachments().forEach(file -> mail.append(file.text()).append('\n'));
                    });
            seen.put("mail", mail.toString());
            if (role.getKey().startsWith("admin")) {
                seen.put("log", LOG.toString(StandardCharsets.UTF_8));
            }
            surfaces += seen.size();
            for (Field field : fields) {
                boolean audience = field.audience().contains(role.getKey());
                for (Map.Entry<String, String> surface : seen.entrySet()) {
                    checks++;
                    if (surface.getValue().contains(field.canary())) {
                        if (audience) {
                            found.add(field.name() + " " + role.getKey());
                        } else {
                            hits.add(field.name() + " reaches " + role.getKey() + " through " + surface.getKey());
                        }
                    }
                }
            }
        }
        String log = LOG.toString(StandardCharsets.UTF_8);
        for (Field field : fields) {
            if (log.contains(field.canary())) {
                hits.add(field.name() + " reaches whoever reads the server log through a log line");
            }
            for (String role : field.audience()) {
                if (!found.contains(field.name() + " " + role)) {
                    hits.add(field.name() + " does not reach " + role + " through any surface, though " + role
                            + " may read it: is the canary written?");
                }
            }
        }
        System.out.printf("canaries: %d fields x %d viewers x %d surfaces%n", fields.size(), clients.size(),
                surfaces / clients.size());
        return checks;
    }

    private static OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (LOG) {
                    LOG.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (LOG) {
                    LOG.write(b, off, len);
                }
            }
        };
    }

    private static void phase(SandboxTestSupport.Client coordinator, String programme, String phase)
            throws Exception {
        JsonNode now = JSON.readTree(ok(coordinator.get(REST + "/programmes/" + programme), 200));
        ok(send(coordinator, "POST", "/programmes/" + programme + "/phase", "{\"version\":"
                + now.path("version").asInt() + ",\"phase\":\"" + phase + "\"}"), 200);
    }

    private static org.tandem.mentoring.store.ProgrammeEntity programme() {
        return SANDBOX.get().activeObjects().get(org.tandem.mentoring.store.ProgrammeEntity.class,
                Integer.parseInt(fixture.values.get("{P}")));
    }

    /**
     * Moves the fixture programme's start so that its middle day (as the survey schedule counts it: half the days
     * from the start to its last day) is {@code days} from the sandbox's today; returns the start it had.
     */
    private static String middleDayIn(int days) {
        org.tandem.mentoring.store.ProgrammeEntity programme = programme();
        String before = programme.getStartDate();
        java.time.LocalDate wanted = java.time.LocalDate.now(SANDBOX.get().clock()).plusDays(days);
        java.time.LocalDate start = wanted.minusDays(java.time.temporal.ChronoUnit.DAYS.between(wanted,
                wanted.plusMonths(programme.getDurationMonths())) / 2);
        for (int i = 0; i < 5; i++) {
            java.time.LocalDate middle = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start,
                    start.plusMonths(programme.getDurationMonths()).minusDays(1)) / 2);
            start = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(middle, wanted));
        }
        programme.setStartDate(start.toString());
        programme.save();
        return before;
    }

    /** Answers the viewer's open survey of this kind: every item scored 4, "other" as a closing reason, a text. */
    private static void answer(SandboxTestSupport.Client client, String kind, String text) throws Exception {
        for (JsonNode survey : JSON.readTree(ok(client.get(REST + "/surveys/mine"), 200)).path("open")) {
            if (survey.path("kind").asText().equals(kind)) {
                List<String> items = new ArrayList<>();
                List<String> scores = new ArrayList<>();
                survey.path("items").forEach(item -> {
                    items.add("\"" + item.path("key").asText() + "\"");
                    scores.add("4");
                });
                ok(send(client, "POST", "/surveys/answers", "{\"survey\":\"" + survey.path("key").asText()
                        + "\",\"items\":[" + String.join(",", items) + "],\"scores\":[" + String.join(",", scores)
                        + "],\"reason\":\"OTHER\",\"text\":\"" + text + "\"}"), 201);
                return;
            }
        }
        throw new IllegalStateException("no open " + kind + " survey");
    }

    private static SandboxTestSupport.Client signedIn(SandboxUsers users, String key) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(SANDBOX.get());
        c.signIn(users.byKey(key).orElseThrow().username());
        return c;
    }

    private static HttpResponse<String> send(SandboxTestSupport.Client c, String method, String path, String body)
            throws Exception {
        return c.send(method, REST + path, "application/json", body, "X-Atlassian-Token", "no-check");
    }

    private static String ok(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
