package org.tandem.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * Two sandbox nodes, two JVMs on two ports, on one PostgreSQL schema, as a Confluence Data Center cluster runs Tandem:
 * they start at the same moment and the demo data is written once; a coordinator signed in on each node (sessions
 * stay per node, as behind a load balancer with sticky sessions) sees on node B what they did on node A; the access
 * mode and the clock switched on one node hold on the other; the daily jobs run at the same moment on both nodes and
 * each day's work, and each mail, is done once. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, database test);
 * skipped when none answers. Its schema, tandem_nodes (or {@code -Dtandem.pg.schema}), is dropped afterwards.
 */
public class TwoNodesIT {

    private static final String PG_URL = System.getProperty("tandem.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("tandem.pg.user", "postgres");
    /** Its own schema, so that runs from two checkouts on one server do not meet ({@code -Dtandem.pg.schema}). */
    private static final String SCHEMA = System.getProperty("tandem.pg.schema", "tandem_nodes");
    private static final long START_SECONDS = 600;
    private static final List<String> DAILY_JOBS = List.of("tandem-reminders", "tandem-nudges", "tandem-digest");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The letters the job log records as sent: one for each job, day and recipient with a line sent. */
    private static final String LETTERS = "SELECT count(*) FROM (SELECT DISTINCT \"JOB\", \"DAY\", \"RECIPIENT\""
            + " FROM \"%sSENT_MAIL\") letters";

    private static final List<Process> started = new ArrayList<>();
    private static Path shared;
    private static String a;
    private static String b;
    private static String prefix;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            drop(c);
        } catch (SQLException e) {
            Assume.assumeTrue("TwoNodesIT needs PostgreSQL at " + PG_URL + " as " + PG_USER + " (" + e.getMessage()
                    + "): skipped", false);
        }
        shared = Files.createTempDirectory("tandem-two-nodes");
        Path logs = SandboxTestSupport.basedir().resolve("target/two-nodes");
        Files.createDirectories(logs);
        List<CompletableFuture<String>> ready = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            ready.add(start(node, freePort(), logs.resolve(node + ".log")));
        }
        a = ready.get(0).get(START_SECONDS, TimeUnit.SECONDS);
        b = ready.get(1).get(START_SECONDS, TimeUnit.SECONDS);
        try (Connection c = database()) {
            prefix = one(c, "SELECT table_name FROM information_schema.tables WHERE table_schema='" + SCHEMA
                    + "' AND table_name LIKE 'AO\\_%\\_PROGRAMME'").replace("PROGRAMME", "");
        }
    }

    /** Starts a sandbox JVM; completes with its address once it prints its ready line. */
    private static CompletableFuture<String> start(String node, int port, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dtandem.basedir=" + SandboxTestSupport.basedir(), "-cp", classpath,
                SandboxMain.class.getName());
        pb.environment().putAll(Map.of("TANDEM_PORT", Integer.toString(port), "TANDEM_NODE", node,
                "TANDEM_SANDBOX_DATA", shared.toString(), "TANDEM_DB_URL", PG_URL, "TANDEM_DB_USER", PG_USER,
                "TANDEM_DB_PASSWORD", "", "TANDEM_DB_SCHEMA", SCHEMA));
        pb.redirectError(log.toFile());
        Process process = pb.start();
        started.add(process);
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = Pattern.compile("Tandem sandbox ready at (\\S+)").matcher(line);
                    if (m.find()) {
                        ready.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.completeExceptionally(new IllegalStateException(node + " ended without its ready line; see "
                    + log));
        }, "sandbox-" + node);
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    @AfterClass
    public static void stopTwoNodes() throws Exception {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            drop(c);
        } catch (SQLException e) {
            // skipped: nothing was made
        }
        if (shared != null) {
            try (var files = Files.walk(shared)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    public void theDemoData_shouldBeWrittenOnceByTwoNodesStartingTogether() throws Exception {
        try (Connection c = database()) {
            assertEquals("2", one(c, "SELECT count(*) FROM \"" + prefix + "PROGRAMME\""));
            assertEquals("3", one(c, "SELECT count(*) FROM sbx_space"));
            assertEquals("0", one(c, "SELECT count(*) - count(DISTINCT skey || '/' || title) FROM sbx_page"));
            assertEquals("0", one(c, "SELECT count(*) - count(DISTINCT \"NAME\") FROM \"" + prefix + "THEME\""
                    + " WHERE \"PROGRAMME_ID\" IS NULL"));
        }
    }

    @Test
    public void aCoordinator_shouldSeeOnNodeBWhatTheyDidOnNodeA() throws Exception {
        SandboxUsers users = new SandboxUsers();
        new DemoData(20260101L).people(users);
        String coordinator = DemoData.coordinator(users).username();
        SandboxTestSupport.Client onA = signedIn(a, coordinator);
        SandboxTestSupport.Client onB = signedIn(b, coordinator);
        assertEquals("node-a", onA.get("/").headers().firstValue("X-Sandbox-Node").orElse(""));
        HttpResponse<String> pageOnB = onB.get("/");
        assertEquals("node-b", pageOnB.headers().firstValue("X-Sandbox-Node").orElse(""));
        assertTrue(pageOnB.body().contains("Sandbox node node-b"));
        String programme = "/rest/tandem/1.0/programmes/" + programmeId();

        HttpResponse<String> added = onA.post(programme + "/themes", "application/json",
                "{\"category\":\"sales\",\"name\":\"Selling across two nodes\"}");
        assertEquals(added.body(), 201, added.statusCode());
        assertTrue(onB.get(programme + "/themes").body().contains("Selling across two nodes"));

        int version = JSON.readTree(onB.get(programme).body()).get("version").asInt();
        HttpResponse<String> moved = onA.post(programme + "/phase", "application/json",
                "{\"version\":" + version + ",\"phase\":\"MATCHING\"}");
        assertEquals(moved.body(), 200, moved.statusCode());
        JsonNode seenOnB = JSON.readTree(onB.get(programme).body());
        assertEquals("MATCHING", seenOnB.get("phase").asText());
        HttpResponse<String> stale = onB.post(programme + "/phase", "application/json",
                "{\"version\":" + version + ",\"phase\":\"ENROLMENT_OPEN\"}");
        assertEquals(stale.body(), 409, stale.statusCode());
        HttpResponse<String> back = onB.post(programme + "/phase", "application/json",
                "{\"version\":" + seenOnB.get("version").asInt() + ",\"phase\":\"ENROLMENT_OPEN\"}");
        assertEquals(back.body(), 200, back.statusCode());
        assertEquals("ENROLMENT_OPEN", JSON.readTree(onA.get(programme).body()).get("phase").asText());
    }

    @Test
    public void aMatchingRunOnNodeA_shouldShowItsProgressOnNodeB() throws Exception {
        SandboxUsers users = new SandboxUsers();
        new DemoData(20260101L).people(users);
        String coordinator = users.byKey(users.members(DemoData.COORDINATORS).stream().sorted().findFirst()
                .orElseThrow()).orElseThrow().username();
        SandboxTestSupport.Client onA = signedIn(a, coordinator);
        SandboxTestSupport.Client onB = signedIn(b, coordinator);
        String programme = "/rest/tandem/1.0/programmes/" + programmeId(DemoCohort.SPACE);

        assertEquals("idle", JSON.readTree(onB.get(programme + "/runs/progress").body()).get("phase").asText());
        HttpResponse<String> ran = onA.post(programme + "/pairings/run", "application/json", "{}");
        assertEquals(ran.body(), 200, ran.statusCode());
        JsonNode seenOnB = JSON.readTree(onB.get(programme + "/runs/progress").body());
        assertEquals(seenOnB.toString(), "done", seenOnB.get("phase").asText());
        assertFalse(seenOnB.toString(), seenOnB.get("running").asBoolean());
    }

    @Test
    public void readOnlyModeSwitchedOnNodeA_shouldHoldOnNodeB() throws Exception {
        SandboxUsers users = new SandboxUsers();
        new DemoData(20260101L).people(users);
        SandboxTestSupport.Client onA = signedIn(a, DemoData.coordinator(users).username());
        SandboxTestSupport.Client onB = signedIn(b, DemoData.coordinator(users).username());
        String themes = "/rest/tandem/1.0/programmes/" + programmeId() + "/themes";
        assertEquals(302, accessMode(onA, "READ_ONLY"));
        try {
            HttpResponse<String> refused = onB.post(themes, "application/json",
                    "{\"category\":\"sales\",\"name\":\"Written in read-only mode\"}");
            assertEquals(refused.body(), 405, refused.statusCode());
        } finally {
            assertEquals(302, accessMode(onB, "READ_WRITE"));
        }
        HttpResponse<String> accepted = onA.post(themes, "application/json",
                "{\"category\":\"sales\",\"name\":\"Written after maintenance\"}");
        assertEquals(accepted.body(), 201, accepted.statusCode());
    }

    @Test
    public void theDailyJobs_shouldDoEachDaysWorkOnceWhenBothNodesRunThemAtOnce() throws Exception {
        SandboxTestSupport.Client onA = new SandboxTestSupport.Client(a);
        SandboxTestSupport.Client onB = new SandboxTestSupport.Client(b);
        int mailsBefore = count("SELECT count(*) FROM sbx_mail");
        int lettersBefore = count(LETTERS.formatted(prefix));
        for (String job : DAILY_JOBS) {
            List<String> first = runOnBoth(onA, onB, job);
            assertEquals(job + " " + first, 1, days(first));
        }

        HttpResponse<String> moved = onA.post("/sandbox/clock", "application/x-www-form-urlencoded", "days=30",
                "X-Atlassian-Token", "no-check");
        assertEquals(moved.body(), 200, moved.statusCode());
        Thread.sleep(SandboxClock.REREAD.toMillis() + 200); // node B rereads the shared clock
        for (String job : DAILY_JOBS) {
            List<String> outcomes = runOnBoth(onA, onB, job);
            assertEquals(job + " " + outcomes, 30, days(outcomes));
            System.out.println("[two nodes] " + job + ": node-a " + outcomes.get(0) + "; node-b " + outcomes.get(1));
        }

        try (Connection c = database()) {
            String runs = "FROM \"" + prefix + "JOB_RUN\" WHERE \"JOB\" IN ('" + String.join("', '", DAILY_JOBS)
                    + "')";
            assertEquals(3 * 31, count("SELECT count(*) " + runs));
            assertEquals("0", one(c, "SELECT count(*) - count(DISTINCT \"RUN_KEY\") " + runs));
            assertEquals("0", one(c, "SELECT count(*) " + runs + " AND (\"OUTCOME\" <> 'DONE'"
                    + " OR \"NODE\" NOT SIMILAR TO 'node-(a|b)/%')"));
            int mails = count("SELECT count(*) FROM sbx_mail") - mailsBefore;
            assertTrue("a month of daily jobs sends mail: " + mails, mails > 0);
            assertEquals("one mail for each letter (job, day and recipient) recorded as sent",
                    count(LETTERS.formatted(prefix)) - lettersBefore, mails);
        }
        List<String> again = runOnBoth(onA, onB, DAILY_JOBS.get(0));
        assertEquals(again.toString(), 0, days(again));
    }

    /** Runs a job on both nodes at the same moment; their outcomes. */
    private static List<String> runOnBoth(SandboxTestSupport.Client onA, SandboxTestSupport.Client onB, String job)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        for (SandboxTestSupport.Client client : List.of(onA, onB)) {
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    HttpResponse<String> r = client.post("/sandbox/jobs/run", "application/x-www-form-urlencoded",
                            "key=" + job, "Accept", "application/json", "X-Atlassian-Token", "no-check");
                    assertEquals(r.body(), 200, r.statusCode());
                    return JSON.readTree(r.body()).get("outcome").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<String> out = new ArrayList<>();
        for (CompletableFuture<String> outcome : outcomes) {
            out.add(outcome.get(5, TimeUnit.MINUTES));
        }
        return out;
    }

    /** The days of work the outcomes report, summed ("days: 3, held by another node: 1, ..."). */
    private static int days(List<String> outcomes) {
        int days = 0;
        for (String outcome : outcomes) {
            Matcher m = Pattern.compile("days: (\\d+)").matcher(outcome);
            assertTrue(outcome, m.find());
            days += Integer.parseInt(m.group(1));
        }
        return days;
    }

    private static int accessMode(SandboxTestSupport.Client client, String mode) throws Exception {
        return client.post("/sandbox/maintenance/access-mode", "application/x-www-form-urlencoded", "mode=" + mode,
                "X-Atlassian-Token", "no-check").statusCode();
    }

    private static SandboxTestSupport.Client signedIn(String base, String username) throws Exception {
        SandboxTestSupport.Client client = new SandboxTestSupport.Client(base);
        client.signIn(username);
        assertFalse(client.get("/").body().contains("Not signed in"));
        return client;
    }

    private static String programmeId() throws SQLException {
        return programmeId(DemoData.SPACE);
    }

    private static String programmeId(String spaceKey) throws SQLException {
        try (Connection c = database()) {
            return one(c, "SELECT \"ID\" FROM \"" + prefix + "PROGRAMME\" WHERE \"SPACE_KEY\" = '" + spaceKey + "'");
        }
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = database()) {
            return Integer.parseInt(one(c, sql));
        }
    }

    private static Connection database() throws SQLException {
        Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
        }
        return c;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            String value = rs.getString(1);
            assertFalse(sql, rs.next());
            assertNotEquals(sql, null, value);
            return value;
        }
    }

    private static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
