package org.tandem.mentoring.bench.load;

import org.apache.http.entity.ContentType;
import org.tandem.sandbox.Sandbox;
import org.tandem.sandbox.SandboxDatabase;
import org.tandem.sandbox.SandboxTestSupport;
import us.abstracta.jmeter.javadsl.core.samplers.BaseSampler.SamplerChild;
import us.abstracta.jmeter.javadsl.core.preprocessors.DslJsr223PreProcessor.PreProcessorVars;
import us.abstracta.jmeter.javadsl.core.threadgroups.BaseThreadGroup.ThreadGroupChild;
import us.abstracta.jmeter.javadsl.http.DslHttpSampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static us.abstracta.jmeter.javadsl.JmeterDsl.httpCookies;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpSampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jsr223PostProcessor;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jtlWriter;
import static us.abstracta.jmeter.javadsl.JmeterDsl.onceOnlyController;
import static us.abstracta.jmeter.javadsl.JmeterDsl.regexExtractor;
import static us.abstracta.jmeter.javadsl.JmeterDsl.responseAssertion;
import static us.abstracta.jmeter.javadsl.JmeterDsl.testPlan;
import static us.abstracta.jmeter.javadsl.JmeterDsl.threadGroup;
import static us.abstracta.jmeter.javadsl.JmeterDsl.uniformRandomTimer;
import static us.abstracta.jmeter.javadsl.JmeterDsl.weightedSwitchController;

/**
 * The load bench, in the shape of Atlassian's Data Center App Performance Toolkit: virtual people, each signed in
 * once as a different demo person, work through a weighted mix of actions with think times (Apache JMeter, driven
 * from Java by jmeter-java-dsl); the same people and the same mix run twice, once against the pages without Tandem's
 * macros (the baseline: the sandbox renders each macro as nothing, {@code ?macros=none}) and once with them.
 * Prints one line per measurement:
 * {@code LOAD-BENCH nodes=<n> users=<n> actions=<n> p90_ms=<t> baseline_p90_ms=<t> ratio=<r> errors=<n>
 * db=<h2|postgres>}.
 * <p>
 * Arguments: {@code users=20 seconds=60 warmup=30} (the full size; {@code small} is 5 users, 20 s and 10 s);
 * {@code h2} measures on H2 only.
 * {@link #main} measures one sandbox on H2 in a fresh temp folder (and, as {@link StockBench}, Confluence's own
 * pages with Tandem installed and without it, and the floor: the same run as the first with every macro's HTML
 * from memory, {@link MemoisedMacros}, printed as {@code LOAD-BENCH-FLOOR}), then, when PostgreSQL answers at
 * {@code $PGHOST:$PGPORT} (127.0.0.1:5432, database test, user postgres), one node on the schema
 * {@value #PG_SCHEMA} and two nodes on it (a fresh schema each time, dropped at the end); {@link #run} takes the
 * base URLs of the nodes of a prepared sandbox (the virtual people spread round-robin over them).
 */
public final class LoadBench {

    private static final String REST = LoadFixture.REST;
    /** The bench's own PostgreSQL schema, dropped before and after each measurement on PostgreSQL. */
    private static final String PG_SCHEMA = "tandem_load";
    /** Confluence Data Center's system property naming a cluster node (the job log records it). */
    private static final String NODE_PROPERTY = "confluence.cluster.node.name";

    /** The working day's mix: action and weight (per hundred actions) of the repeated part of the plan. */
    static final List<Map.Entry<String, Integer>> MIX = List.of(
            Map.entry("view programme home", 20),
            Map.entry("view enrol page", 10),
            Map.entry("view pairing board", 15),
            Map.entry("view dashboard", 15),
            Map.entry("view session page", 25),
            Map.entry("write a note", 15));

    private final LoadFixture.Plan plan;
    private final List<String> bases;
    private final int users;
    private final Path out;
    private final Map<Integer, Integer> noteVersions = new ConcurrentHashMap<>();
    /** The SQL statements node A has run so far (plugin, sandbox), or null when the bench cannot see them. */
    private final java.util.function.Supplier<long[]> sql;

    public LoadBench(LoadFixture.Plan plan, List<String> bases, int users, Path out) {
        this(plan, bases, users, out, null);
    }

    public LoadBench(LoadFixture.Plan plan, List<String> bases, int users, Path out,
                     java.util.function.Supplier<long[]> sql) {
        this.sql = sql;
        if (plan.people().size() < users) {
            throw new IllegalArgumentException("the fixture has " + plan.people().size() + " people for " + users
                    + " virtual people");
        }
        this.plan = plan;
        this.bases = bases.stream().map(b -> b.endsWith("/") ? b : b + "/").toList();
        this.users = users;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int users = 20;
        int seconds = 60;
        int warmup = 30;
        boolean h2Only = false;
        for (String arg : args) {
            h2Only |= arg.equals("h2");
            if (arg.equals("small")) {
                users = 5;
                seconds = 20;
                warmup = 10;
            }
        }
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "users" -> users = Integer.parseInt(kv[1]);
                    case "seconds" -> seconds = Integer.parseInt(kv[1]);
                    case "warmup" -> warmup = Integer.parseInt(kv[1]);
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
        }
        Path out = SandboxTestSupport.basedir().resolve("target/load");
        Files.createDirectories(out);
        Duration warm = Duration.ofSeconds(warmup);
        Duration run = Duration.ofSeconds(seconds);
        measure(SandboxDatabase.Settings.H2, 1, users, warm, run, out, false);
        System.out.println(StockBench.measure(users, warm, run, out));
        measure(SandboxDatabase.Settings.H2, 1, users, warm, run, out, true);
        if (h2Only) {
            System.exit(0);
        }
        SandboxDatabase.Settings pg = new SandboxDatabase.Settings("jdbc:postgresql://" + env("PGHOST", "127.0.0.1")
                + ":" + env("PGPORT", "5432") + "/" + env("TANDEM_PG_DATABASE", "test"),
                env("TANDEM_PG_ADMIN", "postgres"), "", PG_SCHEMA);
        try {
            dropSchema(pg);
        } catch (SQLException e) {
            System.out.println("# PostgreSQL does not answer at " + pg.url() + " as " + pg.user() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "): load on H2 only");
            System.exit(0);
        }
        if (System.getProperty(NODE_PROPERTY) == null) {
            System.setProperty(NODE_PROPERTY, "node-a");
        }
        try {
            measure(pg, 1, users, warm, run, out, false);
            dropSchema(pg);
            measure(pg, 2, users, warm, run, out, false);
        } finally {
            dropSchema(pg);
        }
        System.exit(0);
    }

    /**
     * One LOAD-BENCH line on a fresh sandbox: node A in this JVM (H2 in a temp folder, or the PostgreSQL schema
     * with that folder as shared home), with {@code nodes=2} also node B in a child JVM on the same schema and
     * folder; the fixture is built through node A and the virtual people alternate between the nodes. With
     * {@code memoised}, the LOAD-BENCH-FLOOR line instead: every macro's HTML from memory after its first rendering
     * ({@link MemoisedMacros}), and no {@code # cost} lines.
     */
    private static void measure(SandboxDatabase.Settings db, int nodes, int users, Duration warmup,
                                Duration duration, Path out, boolean memoised) throws Exception {
        Path data = SandboxTestSupport.tempDir("load-bench");
        Path web = SandboxTestSupport.basedir().resolve("src/test/sandbox-web");
        String name = db.postgres() ? "postgres" : "h2";
        try (Sandbox sandbox = Sandbox.start(Sandbox.Config.forPlugin(0, data, web).withDatabase(db)
                .withNode(db.postgres() ? "node-a" : "node-1"));
             ChildNode second = nodes < 2 ? null : ChildNode.start("node-b", db, data,
                     out.resolve("node-b.log"), Duration.ofMinutes(10))) {
            long t0 = System.nanoTime();
            LoadFixture.Plan plan = LoadFixture.build(sandbox, users);
            System.out.printf("# fixture: %d people in %d ms; %s (removed at the end)%n", plan.people().size(),
                    (System.nanoTime() - t0) / 1_000_000, db.postgres()
                            ? "PostgreSQL schema " + db.schema() + ", shared home " + data
                            : "H2 in " + data);
            List<String> bases = second == null ? List.of(sandbox.baseUrl())
                    : List.of(sandbox.baseUrl(), second.baseUrl());
            if (memoised) {
                MemoisedMacros.install(sandbox);
            }
            String line = new LoadBench(plan, bases, users, out, sandbox::sqlStatements)
                    .run(Integer.toString(nodes), warmup, duration) + " db=" + name;
            System.out.println(memoised ? line.replace("LOAD-BENCH ", "LOAD-BENCH-FLOOR ") : line);
            if (!memoised) {
                new PageCost(sandbox, plan).measure(20).forEach(System.out::println);
            }
        } finally {
            deleteTree(data);
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void dropSchema(SandboxDatabase.Settings pg) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + pg.schema() + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Warms up, runs the baseline then Tandem, and answers the LOAD-BENCH line. */
    public String run(String nodes, Duration warmup, Duration duration) throws Exception {
        if (!warmup.isZero()) {
            plan("warm-up", false, false, warmup).run();
            plan("warm-up", true, false, warmup).run();
        }
        long[] sql0 = sql == null ? null : sql.get();
        Stats baseline = Stats.read(plan("baseline", false, true, duration));
        long[] sql1 = sql == null ? null : sql.get();
        Stats tandem = Stats.read(plan("tandem", true, true, duration));
        long[] sql2 = sql == null ? null : sql.get();
        System.out.println("# detail baseline " + baseline.detail() + statements(sql0, sql1, baseline, nodes));
        System.out.println("# detail tandem   " + tandem.detail() + statements(sql1, sql2, tandem, nodes));
        return String.format(Locale.ROOT,
                "LOAD-BENCH nodes=%s users=%d actions=%d p90_ms=%d baseline_p90_ms=%d ratio=%.2f errors=%d",
                nodes, users, tandem.actions(), tandem.p90(), baseline.p90(),
                baseline.p90() == 0 ? 0.0 : (double) tandem.p90() / baseline.p90(), tandem.errors() + baseline.errors());
    }

    /** The SQL statements per action of a run on node A (plugin + sandbox), or nothing when not measured. */
    private static String statements(long[] before, long[] after, Stats run, String nodes) {
        if (before == null || run.actions() == 0) {
            return "";
        }
        double share = nodes.equals("1") ? 1.0 : 1.0 / Integer.parseInt(nodes);
        return String.format(Locale.ROOT, " sql_per_action=%.1f+%.1f%s",
                (after[0] - before[0]) / (run.actions() * share), (after[1] - before[1]) / (run.actions() * share),
                share < 1 ? " (node A, its share of the actions)" : "");
    }

    /** The test plan of one run; its results go to a JTL file under target/load/&lt;name&gt;. */
    private JtlRun plan(String name, boolean macros, boolean onceWrites, Duration duration) throws IOException {
        List<ThreadGroupChild> work = new ArrayList<>();
        if (onceWrites) {
            // each person applies once and accepts once, after the sign-in; the baseline views the page instead
            work.add(onceOnlyController(
                    macros ? apply() : view("apply", plan.enrolPageId(), false),
                    macros ? accept() : view("accept", plan.boardPageId(), false)));
        }
        work.add(weightedSwitchController()
                .child(weight(0), view(MIX.get(0).getKey(), plan.homePageId(), macros))
                .child(weight(1), view(MIX.get(1).getKey(), plan.enrolPageId(), macros))
                .child(weight(2), view(MIX.get(2).getKey(), plan.boardPageId(), macros))
                .child(weight(3), view(MIX.get(3).getKey(), plan.dashboardPageId(), macros))
                .child(weight(4), sessionView(MIX.get(4).getKey(), macros))
                .child(weight(5), macros ? note() : sessionView(MIX.get(5).getKey(), false)));
        return jtlRun(out, name + (name.equals("warm-up") ? (macros ? "-tandem" : "-baseline") : ""), users,
                duration, this::base, s -> person(s).username(), work);
    }

    /**
     * One run of {@code users} virtual people for {@code duration}, its results in a JTL file under
     * {@code out/dir} (emptied first): each keeps its cookies, signs in once at its base URL, then repeats
     * {@code work} with 0.5-1.5 s of think time.
     */
    static JtlRun jtlRun(Path out, String dir, int users, Duration duration,
                         java.util.function.Function<PreProcessorVars, String> base,
                         java.util.function.Function<PreProcessorVars, String> username,
                         List<ThreadGroupChild> work) throws IOException {
        Path results = out.resolve(dir);
        if (Files.isDirectory(results)) {
            try (var files = Files.list(results)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        List<ThreadGroupChild> steps = new ArrayList<>();
        steps.add(httpCookies().clearCookiesBetweenIterations(false));
        steps.add(signIn(base, username));
        steps.addAll(work);
        steps.add(uniformRandomTimer(Duration.ofMillis(500), Duration.ofMillis(1500)));
        var testPlan = testPlan(threadGroup(dir, users, duration, steps.toArray(new ThreadGroupChild[0])),
                jtlWriter(results.toString(), "results.jtl"));
        return new JtlRun(testPlan, results.resolve("results.jtl"));
    }

    /** Signs the virtual person in once: the form (for its XSRF token), then the post, answered by a redirect. */
    private static ThreadGroupChild signIn(java.util.function.Function<PreProcessorVars, String> base,
                                   java.util.function.Function<PreProcessorVars, String> username) {
        return onceOnlyController(
                httpSampler("sign in form", s -> base.apply(s) + "login").followRedirects(false)
                        .children(regexExtractor("token", "name=\"atlassian-token\" content=\"([0-9a-f]+)\"")),
                httpSampler("sign in", s -> base.apply(s) + "login").followRedirects(false)
                        .post(s -> "username=" + username.apply(s) + "&atl_token=" + s.vars.get("token"),
                                ContentType.APPLICATION_FORM_URLENCODED)
                        .children(responseAssertion().fieldToTest(
                                us.abstracta.jmeter.javadsl.core.assertions.DslResponseAssertion.TargetField
                                        .RESPONSE_CODE).equalsToStrings("302")));
    }

    private static long weight(int i) {
        return MIX.get(i).getValue();
    }

    /** A page view: 200 with the page; with Tandem, the macros rendered (no macro error on the page). */
    private DslHttpSampler view(String label, long pageId, boolean macros) {
        return httpSampler(label, s -> base(s) + "pages/viewpage.action?pageId=" + pageId
                + (macros ? "" : "&macros=none")).followRedirects(false).children(pageChecks(macros));
    }

    private DslHttpSampler sessionView(String label, boolean macros) {
        return httpSampler(label, s -> base(s) + "pages/viewpage.action?pageId=" + person(s).sessionPageId()
                + (macros ? "" : "&macros=none")).followRedirects(false).children(pageChecks(macros));
    }

    private static SamplerChild[] pageChecks(boolean macros) {
        if (!macros) {
            return new SamplerChild[] {
                    responseAssertion().containsSubstrings("id=\"main-content\""),
                    responseAssertion().containsSubstrings("class=\"tandem-").invertCheck()};
        }
        return new SamplerChild[] {
                responseAssertion().containsSubstrings("id=\"main-content\"", "class=\"tandem-"),
                responseAssertion().containsSubstrings("sandbox-macro-error").invertCheck()};
    }

    private DslHttpSampler apply() {
        return httpSampler("apply", s -> base(s) + REST.substring(1) + "/programmes/" + plan.enrolProgrammeId()
                + "/applications").post("{\"role\":\"MENTEE\",\"themeIds\":[" + plan.themeId()
                + "],\"goals\":\"Lead a team within a year.\",\"capacity\":1}", ContentType.APPLICATION_JSON)
                .followRedirects(false)
                .children(status("201"));
    }

    private DslHttpSampler accept() {
        return httpSampler("accept", s -> base(s) + REST.substring(1) + "/pairings/" + person(s).acceptPairingId()
                + "/consent").post(s -> "{\"version\":" + person(s).acceptVersion() + ",\"answer\":\"ACCEPT\"}",
                ContentType.APPLICATION_JSON).followRedirects(false).children(status("200"));
    }

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** The person's own note on their session, over the version they last saved. */
    private DslHttpSampler note() {
        return httpSampler("write a note", s -> base(s) + REST.substring(1) + "/sessions/"
                + person(s).sessionId() + "/notes")
                .post(s -> "{\"text\":\"Talked about leading the weekly planning; next time: delegating.\","
                        + "\"version\":" + noteVersions.getOrDefault(person(s).sessionId(), 0) + "}",
                        ContentType.APPLICATION_JSON)
                .followRedirects(false).children(status("200"), jsr223PostProcessor(s -> {
                    Matcher m = VERSION.matcher(s.prev.getResponseDataAsString());
                    if (s.prev.isSuccessful() && m.find()) {
                        noteVersions.put(person(s.ctx.getThreadNum()).sessionId(), Integer.parseInt(m.group(1)));
                    }
                }));
    }

    private static us.abstracta.jmeter.javadsl.core.assertions.DslResponseAssertion status(String code) {
        return responseAssertion().fieldToTest(
                us.abstracta.jmeter.javadsl.core.assertions.DslResponseAssertion.TargetField.RESPONSE_CODE)
                .equalsToStrings(code);
    }

    private String base(PreProcessorVars s) {
        return bases.get(s.ctx.getThreadNum() % bases.size());
    }

    private LoadFixture.Person person(PreProcessorVars s) {
        return person(s.ctx.getThreadNum());
    }

    private LoadFixture.Person person(int thread) {
        return plan.people().get(thread);
    }

    /** A test plan and where it writes its results. */
    record JtlRun(us.abstracta.jmeter.javadsl.core.DslTestPlan plan, Path jtl) {
        void run() throws IOException {
            plan.run();
        }
    }

    /** The figures of runs from their JTL files: every action but the sign-in. */
    record Stats(int actions, long p90, int errors, Map<String, long[]> byLabel) {

        /** Runs one plan and reads its figures. */
        static Stats read(JtlRun run) throws IOException {
            run.run();
            return of(List.of(run));
        }

        /** The figures of runs already made, their actions taken together. */
        static Stats of(List<JtlRun> runs) throws IOException {
            List<Long> times = new ArrayList<>();
            Map<String, List<Long>> labels = new java.util.TreeMap<>();
            int errors = 0;
            int shown = 0;
            for (JtlRun run : runs) {
                List<String[]> lines = records(Files.readString(run.jtl()));
                List<String> header = Arrays.asList(lines.get(0));
                int elapsed = header.indexOf("elapsed");
                int label = header.indexOf("label");
                int success = header.indexOf("success");
                int failure = header.indexOf("failureMessage");
                for (String[] f : lines.subList(1, lines.size())) {
                    if (!Boolean.parseBoolean(f[success]) && shown++ < 5) {
                        System.out.println("# error " + f[label] + " " + f[header.indexOf("responseCode")] + ": "
                                + f[failure].replaceAll("\\s+", " "));
                    }
                    if (f[label].startsWith("sign in")) {
                        if (!Boolean.parseBoolean(f[success])) {
                            errors++;
                        }
                        continue;
                    }
                    long t = Long.parseLong(f[elapsed]);
                    times.add(t);
                    labels.computeIfAbsent(f[label], k -> new ArrayList<>()).add(t);
                    if (!Boolean.parseBoolean(f[success])) {
                        errors++;
                    }
                }
            }
            Map<String, long[]> by = new java.util.TreeMap<>();
            labels.forEach((k, v) -> by.put(k, new long[] {v.size(), p90(v)}));
            return new Stats(times.size(), p90(times), errors, by);
        }

        /** The records of a CSV text, JMeter's quoting ("..." with "" inside, line breaks too) undone. */
        static List<String[]> records(String text) {
            List<String[]> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    record.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' && !quoted) {
                    record.add(f.toString());
                    f.setLength(0);
                    records.add(record.toArray(new String[0]));
                    record = new ArrayList<>();
                } else if (c != '\r' || quoted) {
                    f.append(c);
                }
            }
            if (f.length() > 0 || !record.isEmpty()) {
                record.add(f.toString());
                records.add(record.toArray(new String[0]));
            }
            return records;
        }

        static long p90(List<Long> times) {
            if (times.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        }

        String detail() {
            StringBuilder b = new StringBuilder("actions=" + actions + " p90_ms=" + p90 + " errors=" + errors);
            byLabel.forEach((k, v) -> b.append(" | ").append(k).append(": n=").append(v[0]).append(" p90=")
                    .append(v[1]));
            return b.toString();
        }
    }
}
