package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Fuzz: every mutating endpoint (found by reflection, as {@link MalformedBodySandboxTest} does) gets at least 200
 * malformed requests from a fixed seed, half on records that exist and half on ids that do not: invalid JSON cut at
 * random places, every known field with every wrong JSON type, huge strings, negative and huge numbers, arrays for
 * objects, wrong content types, deep nesting, unknown ids and stale versions. The caller is an administrator in a
 * secure session who also coordinates every demo programme, so the permission checks let the requests reach the
 * code that reads them. None may answer 5xx or 2xx, and every Tandem table must hold after each request exactly
 * what it held before (compared per request; a difference names the request and the table).
 */
public class FuzzSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final int PER_ENDPOINT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"version", "purpose", "goals", "confidentialityRules", "startDate",
        "durationMonths", "cadence", "relaxDown", "reason", "phase", "category", "name", "role", "themeIds",
        "motivation", "capacity", "language", "availability", "preferredUserKeys", "excludedUserKeys", "nominee",
        "verdict", "menteeKey", "mentorKey", "first", "second", "answer"};
    private static final String[] WRONG = {"\"text\"", "-1", "2147483648", "-9223372036854775809", "1e400", "1.5",
        "true", "null", "[]", "{}", "[1,\"a\",null]", "{\"id\":-1,\"version\":\"x\"}"};
    private static final String[] NUMBERS = {"-1", "0", "-2147483648", "2147483647", "2147483648",
        "99999999999999999999", "-1e308", "1e400", "0.5", "\"12\"", "NaN", "0x10"};

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("fuzz");

    private static SandboxTestSupport.Client client;
    private static final Map<String, String> REAL = new LinkedHashMap<>();
    /** The running pairing's endpoints: the path's start, the id of a record of it, and who may write there. */
    private static final Map<String, String> PAIR_IDS = new LinkedHashMap<>();
    private static final Map<String, SandboxTestSupport.Client> PAIR_CALLERS = new LinkedHashMap<>();

    @BeforeClass
    public static void setUp() throws Exception {
        Sandbox sandbox = SANDBOX.get();
        // a running pairing with a session, notes, an action item and learnings; its members (and, for feedback,
        // the mentee's manager) are the callers of its endpoints, so that their bodies are read
        PermissionFixture fixture = new PermissionFixture(sandbox);
        fixture.build();
        sandbox.content().grant(DemoCohort.SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "group",
                SandboxUsers.ADMINISTRATORS);
        Map<String, SandboxTestSupport.Client> roles = fixture.clients();
        SandboxTestSupport.Client mentee = roles.get("mentee");
        pairEndpoint("/session-pairings/", fixture.values.get("{PAIR}"), roles.get("mentor"));
        pairEndpoint("/sessions/", fixture.values.get("{SESSION}"), mentee);
        pairEndpoint("/action-items/", fixture.values.get("{ACTION}"), mentee);
        pairEndpoint("/learning/sessions/", fixture.values.get("{SESSION}"), mentee);
        pairEndpoint("/learning/feedback", fixture.values.get("{SHARED}"), roles.get("manager"));
        pairEndpoint("/learning/", fixture.values.get("{LEARNING}"), mentee);
        pairEndpoint("/expectations/", fixture.values.get("{PAIR}"), mentee);
        pairEndpoint("/fit/", fixture.values.get("{PAIR}"), mentee);
        String admin = sandbox.users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        client = SANDBOX.secure(sandbox.users().byKey(admin).orElseThrow().username());
        int lead = new ProgrammeRepository(sandbox.activeObjects()).findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        HttpResponse<String> run = client.post(REST + "/programmes/" + lead + "/pairings/run", "application/json", "{}",
                "X-Atlassian-Token", "no-check");
        assertEquals(run.body(), 200, run.statusCode());
        JsonNode staged = JSON.readTree(run.body()).path("staged");
        Participant application = new ParticipantRepository(sandbox.activeObjects()).findByProgramme(lead).get(0);
        LearningThemeRepository themes = new LearningThemeRepository(sandbox.activeObjects());
        HttpResponse<String> theme = client.post(REST + "/programmes/" + lead + "/themes", "application/json",
                "{\"category\":\"Fuzz\",\"name\":\"Fuzzing\"}", "X-Atlassian-Token", "no-check");
        assertEquals(theme.body(), 201, theme.statusCode());
        REAL.put("/programmes/", String.valueOf(lead));
        REAL.put("/applications/", String.valueOf(application.id()));
        REAL.put("/pairings/", staged.get(0).path("id").asText());
        REAL.put("/themes/default/", String.valueOf(themes.findDefaultTaxonomy().get(0).id()));
        REAL.put("defaultName", themes.findDefaultTaxonomy().get(0).name());
        REAL.put("defaultCategory", themes.findDefaultTaxonomy().get(0).category());
        REAL.put("themeId", JSON.readTree(theme.body()).path("id").asText());
    }

    private static void pairEndpoint(String start, String id, SandboxTestSupport.Client caller) {
        PAIR_IDS.put(start, id);
        PAIR_CALLERS.put(start, caller);
    }

    /** The start of {@link #PAIR_IDS} that a template falls under, or null for the administrator's endpoints. */
    private static String pairStart(String template) {
        if (template.startsWith("/learning/{") && template.endsWith("/feedback")) {
            return "/learning/feedback";
        }
        return PAIR_IDS.keySet().stream().filter(template::startsWith).findFirst().orElse(null);
    }

    private record Request(String method, String path, String contentType, String body, String what) {
    }

    @Test
    public void everyMutatingEndpoint_shouldRefuseEveryMalformedRequestAndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        int total = 0;
        int endpoints = 0;
        long started = System.nanoTime();
        SortedMap<String, String> before = data();
        for (RawEndpoint endpoint : rawEndpoints()) {
            endpoints++;
            List<Request> requests = requests(endpoint, new Random(endpoint.template().hashCode()));
            assertTrue(endpoint + " has " + requests.size(), requests.size() >= PER_ENDPOINT);
            for (Request r : requests) {
                String start = pairStart(endpoint.template());
                SandboxTestSupport.Client caller = start == null ? client : PAIR_CALLERS.get(start);
                HttpResponse<String> answer = caller.send(r.method(), REST + r.path(), r.contentType(), r.body(),
                        "X-Atlassian-Token", "no-check");
                total++;
                byStatus.merge(answer.statusCode(), 1, Integer::sum);
                String where = r.method() + " " + r.path() + " (" + r.what() + ")";
                boolean read = r.path().startsWith("/orgchart/preview");
                if (answer.statusCode() >= 500 || (answer.statusCode() < 400 && !read)) {
                    failures.add(where + " answered " + answer.statusCode() + " "
                            + answer.body().substring(0, Math.min(200, answer.body().length())));
                }
                SortedMap<String, String> after = data();
                if (!after.equals(before)) {
                    SortedMap<String, String> then = before;
                    List<String> changed = after.keySet().stream()
                            .filter(t -> !after.get(t).equals(then.get(t))).toList();
                    failures.add(where + " changed " + changed);
                    before = after;
                }
            }
        }
        System.out.printf("fuzz: %d endpoints, %d requests in %d s, answers by status %s, %d failures%n",
                endpoints, total, (System.nanoTime() - started) / 1_000_000_000L, byStatus, failures.size());
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    /**
     * The Tandem tables but the org-chart import claim: every preview and import claims and releases that one row,
     * whose version therefore moves on each attempt by design; what it guards (the chart, the import log) is
     * compared, and the claim must be free again after every request.
     */
    private static SortedMap<String, String> data() throws Exception {
        SortedMap<String, String> tables = SANDBOX.get().tandemTables();
        tables.keySet().removeIf(t -> t.endsWith("_ORG_IMPORT_LOCK"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(SANDBOX.get().databaseUrl(), "sa", "");
             java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%_ORG_IMPORT_LOCK", null)) {
            while (rs.next()) {
                try (java.sql.ResultSet held = c.createStatement().executeQuery("SELECT COUNT(*) FROM \""
                        + rs.getString("TABLE_NAME") + "\" WHERE \"HOLDER\" IS NOT NULL")) {
                    held.next();
                    tables.put("import claims held", String.valueOf(held.getInt(1)));
                }
            }
        }
        return tables;
    }

    private record RawEndpoint(String method, String template) {
    }

    private static List<RawEndpoint> rawEndpoints() throws ClassNotFoundException {
        List<RawEndpoint> list = new ArrayList<>();
        for (String endpoint : PermissionTableSandboxTest.restEndpointTemplates()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            if (!method.equals("GET")) {
                list.add(new RawEndpoint(method, endpoint.substring(endpoint.indexOf(' ') + 1)));
            }
        }
        return list;
    }

    /** The endpoint's path with its ids: records that exist, or ids that cannot. */
    private static String path(String template, boolean real, Random random) {
        String[] unknown = {"999999", "0", "-1", "2147483647"};
        StringBuilder out = new StringBuilder();
        String[] parts = template.split("/");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{")) {
                String value = unknown[random.nextInt(unknown.length)];
                String start = pairStart(template);
                if (real && start != null) {
                    value = PAIR_IDS.get(start);
                } else if (real) {
                    String owner = "/" + parts[i - 1] + "/";
                    value = part.equals("{themeId}") ? REAL.get("themeId")
                            : owner.equals("/default/") ? REAL.get("/themes/default/")
                            : REAL.getOrDefault(owner, value);
                }
                part = value;
            }
            out.append('/').append(part);
        }
        return out.toString();
    }

    private static List<Request> requests(RawEndpoint e, Random random) {
        List<Request> out = new ArrayList<>();
        String csv = e.template().startsWith("/orgchart") ? "text/csv" : null;
        String json = "application/json";
        // an endpoint that reads no field accepts any JSON object: it is only ever sent ids that do not exist
        boolean fieldless = e.method().equals("DELETE") || e.template().endsWith("/run")
                || e.template().endsWith("/publish");
        // a create has no version and no id to get wrong: it gets the name of a theme that exists instead
        String taken = e.template().equals("/themes/default")
                ? "\"name\":" + JSON.valueToTree(REAL.get("defaultName")) + ",\"category\":"
                        + JSON.valueToTree(REAL.get("defaultCategory"))
                : "\"name\":\"Fuzzing\",\"category\":\"Fuzz\"";
        for (int n = 0; out.size() < PER_ENDPOINT + 10; n++) {
            boolean real = n % 2 == 0 && !fieldless;
            String path = path(e.template(), real, random) + (csv != null ? "?mode=REPLACE" : "");
            int family = n % 10;
            switch (family) {
                case 0 -> {
                    String whole = "{\"version\":1,\"name\":\"x\",\"themeIds\":[1,2],\"first\":{\"id\":1}}";
                    out.add(new Request(e.method(), path, json, whole.substring(0, random.nextInt(whole.length() - 1)),
                            "invalid JSON"));
                }
                case 1 -> {
                    String field = FIELDS[random.nextInt(FIELDS.length)];
                    String value = WRONG[random.nextInt(WRONG.length)];
                    out.add(new Request(e.method(), path, json, "{\"version\":" + (99999 + n) + ",\"" + field
                            + "\":" + value + "}", "wrong type " + field + "=" + value));
                }
                case 2 -> {
                    String field = FIELDS[random.nextInt(FIELDS.length)];
                    int size = random.nextBoolean() ? 5_000 : 300_000;
                    out.add(new Request(e.method(), path, json, "{\"version\":" + (99999 + n) + ",\"" + field
                            + "\":\"" + "x".repeat(size) + "\"}", "huge string " + field + " " + size));
                }
                case 3 -> {
                    String number = NUMBERS[random.nextInt(NUMBERS.length)];
                    String field = random.nextBoolean() ? "version" : FIELDS[random.nextInt(FIELDS.length)];
                    out.add(new Request(e.method(), path, json, "{\"" + field + "\":" + number
                            + (field.equals("version") ? "" : ",\"version\":-5") + "}", "number " + field + "="
                            + number));
                }
                case 4 -> out.add(new Request(e.method(), path, json, random.nextBoolean()
                        ? "[{\"version\":1,\"name\":\"x\"}]" : "[[],[{}]]", "an array for the object"));
                case 5 -> {
                    String[] types = {"text/plain", "application/x-www-form-urlencoded", "text/xml",
                        "multipart/form-data; boundary=x", "application/octet-stream", "text/html",
                        csv != null ? json : "text/csv"};
                    String type = types[random.nextInt(types.length)];
                    out.add(new Request(e.method(), path, type, "{\"version\":1,\"name\":\"x\"}",
                            "content type " + type));
                }
                case 6 -> {
                    int depth = random.nextBoolean() ? 2_000 : 20_000;
                    String body = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                            : "{\"version\":" + (99999 + n) + ",\"name\":" + "{\"a\":".repeat(depth) + "1"
                            + "}".repeat(depth) + "}";
                    out.add(new Request(e.method(), path, json, body, "nesting " + depth));
                }
                case 7 -> out.add(new Request(e.method(), path(e.template(), false, random)
                        + (csv != null ? "?mode=REPLACE" : ""), csv != null ? csv : json,
                        csv != null ? "user,manager\n" : "{\"version\":1," + taken
                                + ",\"phase\":\"RUNNING\",\"verdict\":\"APPROVE\",\"answer\":\"ACCEPT\"}",
                        "unknown id"));
                case 8 -> out.add(new Request(e.method(), path, json, "{\"version\":" + (100000 + n)
                        + "," + taken + ",\"phase\":\"RUNNING\",\"verdict\":"
                        + "\"DECLINE\",\"answer\":\"DECLINE\",\"reason\":\"r\",\"relaxDown\":true,\"first\":{\"id\":1,"
                        + "\"version\":" + (100000 + n) + "},\"second\":{\"id\":2,\"version\":1}}", "stale version"));
                default -> {
                    if (csv != null) {
                        String[] bodies = {"", "\n\n\n", "user,manager\n", "\u0000\u0001", "a".repeat(70_000),
                            "user,manager,department,level\n,,,\n", "\"unterminated\n"};
                        out.add(new Request(e.method(), path, csv, bodies[random.nextInt(bodies.length)],
                                "bad CSV"));
                    } else {
                        String[] bodies = {"", " ", "null", "true", "\"text\"", "123", "{\"version\":1}garbage",
                            "\uFEFF{\"version\":1}", "{\"version\":1,\"version\":2}", "{'version':1}"};
                        out.add(new Request(e.method(), path, json, bodies[random.nextInt(bodies.length)],
                                "odd JSON"));
                    }
                }
            }
        }
        return out;
    }
}
