package org.tandem.mentoring.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.DemoCohort;
import org.tandem.sandbox.DemoData;
import org.tandem.sandbox.Sandbox;
import org.tandem.sandbox.SandboxDatabase;
import org.tandem.sandbox.SandboxTestSupport;

/**
 * Times what a coordinator waits for after pressing "Run matching" on the pairing board: the REST request to a
 * running sandbox, from sending it to the whole answer received, with the staged pairs stored. Per size a fresh
 * sandbox (its H2 database in a temporary folder, or a fresh PostgreSQL schema) gets an org chart of {@value #PEOPLE} people and the demo
 * cohort's programme (phase matching) is filled up to the size with approved mentees and mentors, with one to
 * three learning themes each, a language, mentors taking one to three mentees. The server's own split of the run
 * comes from the answer's {@code took}: reading the applications and the org chart, preparing the score graph,
 * solving, storing the staged pairs. Prints per size, after one warm-up run, the median of three:
 * {@code MATCH-RUN-BENCH mentees= mentors= read_ms= prepare_ms= solve_ms= store_ms= total_ms= db=<h2|postgres>}.
 *
 * <p>Arguments: {@code small} for 500x150 only (what CI runs); otherwise 500x150, 2,000x600 and 5,000x1,500;
 * sizes such as {@code 2000x600} run those sizes only; {@code schema=tandem_<name>} another schema than
 * {@value #PG_SCHEMA} on PostgreSQL.
 * {@code postgres <url> <user>}: the sandbox on PostgreSQL instead of H2, in a schema {@value #PG_SCHEMA} made
 * fresh for each size and dropped at the end.
 */
public final class MatchRunBench {

    private static final int PEOPLE = 20_000;
    private static final int RUNS = 3;
    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String PG_SCHEMA = "tandem_match_run";
    private static String schema = PG_SCHEMA;

    private MatchRunBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = Arrays.asList(args).contains("small");
        int pg = Arrays.asList(args).indexOf("postgres");
        Arrays.stream(args).filter(a -> a.matches("schema=tandem_\\w+")).findFirst()
                .ifPresent(a -> schema = a.substring("schema=".length()));
        SandboxDatabase.Settings database = pg < 0 ? SandboxDatabase.Settings.H2
                : new SandboxDatabase.Settings(args[pg + 1], args[pg + 2], "", schema);
        int[][] sizes = small ? new int[][] {{500, 150}} : new int[][] {{500, 150}, {2000, 600}, {5000, 1500}};
        int[][] chosen = Arrays.stream(args).filter(a -> a.matches("\\d+x\\d+"))
                .map(a -> Arrays.stream(a.split("x")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
        if (chosen.length > 0) {
            sizes = chosen;
        }
        try {
            for (int[] size : sizes) {
                dropSchema(database);
                run(size[0], size[1], database);
            }
        } finally {
            dropSchema(database);
        }
    }

    private static void dropSchema(SandboxDatabase.Settings database) throws Exception {
        if (database.postgres()) {
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void run(int mentees, int mentors, SandboxDatabase.Settings database) throws Exception {
        Path data = Files.createTempDirectory("tandem-match-run-bench");
        Sandbox sandbox = Sandbox.start(Sandbox.Config.forPlugin(0, data,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web")).withDatabase(database));
        try {
            long seeding = System.nanoTime();
            int programmeId = cohort(sandbox, mentees, mentors);
            System.out.printf("# detail mentees=%d mentors=%d seed_s=%d%n", mentees, mentors,
                    (System.nanoTime() - seeding) / 1_000_000_000L);
            String coordinator = sandbox.users().members(DemoData.COORDINATORS).stream().sorted().findFirst()
                    .orElseThrow();
            SandboxTestSupport.Client client = new SandboxTestSupport.Client(sandbox);
            client.signIn(sandbox.users().byKey(coordinator).orElseThrow().username());
            runOnce(client, programmeId);
            long[][] runs = new long[RUNS][];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = runOnce(client, programmeId);
            }
            // the process's CPU time per run (the sandbox runs in this JVM): a figure the machine's load moves less
            System.out.printf("# detail mentees=%d mentors=%d total_ms=%s cpu_ms=%s%n", mentees, mentors,
                    Arrays.stream(runs).map(r -> String.valueOf(r[4])).toList(),
                    Arrays.stream(runs).map(r -> String.valueOf(r[5])).toList());
            Arrays.sort(runs, Comparator.comparingLong(r -> r[4]));
            long[] median = runs[RUNS / 2];
            System.out.printf("MATCH-RUN-BENCH mentees=%d mentors=%d read_ms=%d prepare_ms=%d solve_ms=%d"
                            + " store_ms=%d total_ms=%d db=%s%n", mentees, mentors, median[0], median[1], median[2],
                    median[3], median[4], database.postgres() ? "postgres" : "h2");
        } finally {
            sandbox.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One run over REST: read, prepare, solve and store as the server timed them, the total the client saw, and the
     * CPU time the process spent meanwhile.
     */
    private static long[] runOnce(SandboxTestSupport.Client client, int programmeId) throws Exception {
        long start = System.nanoTime();
        long cpu = CPU.getProcessCpuTime();
        HttpResponse<String> answer = client.post(REST + "/programmes/" + programmeId + "/pairings/run",
                "application/json", "{}");
        long total = (System.nanoTime() - start) / 1_000_000L;
        long cpuMs = (CPU.getProcessCpuTime() - cpu) / 1_000_000L;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("run: " + answer.statusCode() + " " + answer.body());
        }
        JsonNode took = JSON.readTree(answer.body()).get("took");
        return new long[] {took.get("readMs").asLong(), took.get("prepareMs").asLong(),
                took.get("solveMs").asLong(), took.get("storeMs").asLong(), total, cpuMs};
    }

    /**
     * Fills the org chart up to {@value #PEOPLE} people under the demo's own, and the demo cohort's programme up to
     * the size with approved applications; returns the programme's id.
     */
    private static int cohort(Sandbox sandbox, int mentees, int mentors) {
        ActiveObjects ao = sandbox.activeObjects();
        int programmeId = new ProgrammeRepository(ao).findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        OrgChartRepository orgChart = new OrgChartRepository(ao);
        List<OrgPerson> existing = orgChart.findAll();
        String top = existing.stream().filter(p -> p.managerKey() == null).map(OrgPerson::userKey).findFirst()
                .orElseThrow();
        Random random = new Random(20_261_202L);
        String[] languages = {"en", "de", "fr", "da", "nl"};
        List<OrgPerson> added = new ArrayList<>();
        for (int i = 0; added.size() + existing.size() < PEOPLE; i++) {
            // a tree in which everybody manages up to eight people, below the demo's top
            String manager = i == 0 ? top : "bench-" + (i - 1) / 8;
            added.add(new OrgPerson("bench-" + i, manager, "Department " + i % 40, 3 + i % 5, "Site " + i % 12,
                    languages[i % languages.length], "Bench Person " + i, null));
        }
        orgChart.upsertAll(added);

        List<LearningTheme> themes = new LearningThemeRepository(ao).findDefaultTaxonomy();
        ParticipantRepository participants = new ParticipantRepository(ao);
        long have = participants.findByProgramme(programmeId).stream()
                .filter(p -> p.state() == ParticipantState.APPROVED).count();
        long haveMentors = participants.findByProgramme(programmeId).stream()
                .filter(p -> p.state() == ParticipantState.APPROVED && p.role() == ParticipantRole.MENTOR).count();
        int needMentors = mentors - (int) haveMentors;
        int needMentees = mentees - (int) (have - haveMentors);
        String decider = sandbox.users().members(DemoData.COORDINATORS).stream().sorted().findFirst().orElseThrow();
        Instant when = Instant.parse("2026-02-02T09:00:00Z");
        // mentors from the upper half of the added people, mentees from the lower: both apply like staff do
        for (int i = 0; i < needMentors + needMentees; i++) {
            boolean mentor = i < needMentors;
            String key = "bench-" + (mentor ? 100 + i * 5 : added.size() - 1 - (i - needMentors) * 2);
            List<Integer> chosen = new ArrayList<>();
            for (int t = 0, count = 1 + random.nextInt(3); t < count; t++) {
                int id = themes.get(random.nextInt(themes.size())).id();
                if (!chosen.contains(id)) {
                    chosen.add(id);
                }
            }
            Participant applied = Participant.apply(programmeId, key,
                    mentor ? ParticipantRole.MENTOR : ParticipantRole.MENTEE, chosen)
                    .withStatement("Bench application.", "Bench goals.", languages[random.nextInt(languages.length)],
                            "Any afternoon");
            if (mentor) {
                applied = applied.withCapacity(1 + random.nextInt(3));
            }
            Participant stored = participants.create(applied);
            stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_MANAGER, decider,
                    when);
            stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_COORDINATOR,
                    decider, when);
            participants.decide(stored.id(), stored.version(), ParticipantState.APPROVED, decider, when);
        }
        return programmeId;
    }
}
