package org.tandem.mentoring.bench;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.test.converters.DynamicFieldNameConverter;
import net.java.ao.test.converters.DynamicTableNameConverter;
import org.mockito.Mockito;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.dashboard.ManagerDashboards;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.service.learning.Learnings;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.DashboardFixture;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.LearningRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StoreEntities;
import org.tandem.mentoring.web.macro.dashboard.ManagerDashboardMacro;
import org.tandem.mentoring.web.macro.dashboard.ProgrammeDashboardMacro;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;
import org.tandem.mentoring.service.access.Writes;

/**
 * Times both dashboards server side over {@link DashboardFixture}: the macro's whole work (the service reading the
 * figures, the sections and charts, the Velocity template rendered with the plugin's allowlist and escaping), the
 * median of 20 runs after 5 warm-up runs, and the SQL statements one rendering takes (every statement prepared
 * through Active Objects' database provider, counted by its SQL listener). Prints per size and database:
 * {@code DASH-BENCH dashboard=<manager|programme> pairings=<n> statements=<k> render_ms=<t> db=<h2|postgres>}.
 *
 * <p>Arguments: {@code small} for 10 and 1,000 pairings only, {@code largest} for 100,000 only (otherwise all four);
 * {@code programme} to time the programme dashboard alone, {@code repeat=<n>} to time each dashboard n times over
 * one fixture (the fixture at the largest size takes minutes to write);
 * {@code postgres <url> <admin user>} to run on PostgreSQL instead of H2 in memory: the bench creates its own role
 * and schema {@value #PG_SCHEMA} as the admin user, fresh for each size, and drops both at the end. Host services
 * (the signed-in person, display names, coordinator checks) are stand-ins answering at once, display names and the
 * reader's language as plain objects since they are asked once per person; the texts come from the plugin's own
 * English message files, formatted as the host formats them; the manager is
 * the first programme's director with {@code scope=all}.
 *
 * <p>At 100,000 pairings the fixture writes 30 programmes of 3,334 pairings: 5,001 participants per programme
 * (3,334 mentees, 1,667 mentors), about 60,000 sessions and 10,000 survey answers (one for every tenth pairing:
 * pulses, mid-point statements and closing reasons), which the programme dashboard's survey results read.
 */
public final class DashboardBench {

    private static final int RUNS = 20;
    private static final int WARM_UP = 5;
    private static final String PG_SCHEMA = "tandem_bench";

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = Arrays.asList(args).contains("small");
        int pg = Arrays.asList(args).indexOf("postgres");
        List<Integer> sizes = small ? List.of(10, 1_000) : Arrays.asList(args).contains("largest") ? List.of(100_000)
                : List.of(10, 1_000, 10_000, 100_000);
        boolean programmeOnly = Arrays.asList(args).contains("programme");
        int repeat = Arrays.stream(args).filter(a -> a.startsWith("repeat=")).mapToInt(a -> Integer.parseInt(
                a.substring("repeat=".length()))).findFirst().orElse(1);
        try {
            for (int size : sizes) {
                EntityManager em = pg < 0 ? h2(size) : postgres(args[pg + 1], args[pg + 2]);
                try {
                    run(em, size, pg < 0 ? "h2" : "postgres", programmeOnly, repeat);
                } finally {
                    if (pg < 0) {
                        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
                            s.execute("DROP ALL OBJECTS");
                        }
                    }
                    em.getProvider().dispose();
                }
            }
        } finally {
            if (pg >= 0) {
                admin(args[pg + 1], args[pg + 2], "DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE",
                        "DROP ROLE IF EXISTS " + PG_SCHEMA);
            }
        }
    }

    private static EntityManager h2(int size) {
        return builder(EntityManagerBuilder.url("jdbc:h2:mem:dash-bench-" + size + ";DB_CLOSE_DELAY=-1")
                .username("sa").password("").dbcp());
    }

    /** A stand-in that keeps no record of its calls (a rendering makes thousands). */
    private static <T> T stub(Class<T> type) {
        return mock(type, Mockito.withSettings().stubOnly());
    }

    /** A fresh schema owned by the bench's own role. */
    private static EntityManager postgres(String url, String admin) throws Exception {
        admin(url, admin, "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + PG_SCHEMA
                + "') THEN CREATE ROLE " + PG_SCHEMA + " LOGIN PASSWORD '" + PG_SCHEMA + "'; END IF; END$$",
                "DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE",
                "CREATE SCHEMA " + PG_SCHEMA + " AUTHORIZATION " + PG_SCHEMA);
        return builder(EntityManagerBuilder.url(url).username(PG_SCHEMA).password(PG_SCHEMA).schema(PG_SCHEMA)
                .dbcp());
    }

    private static void admin(String url, String user, String... statements) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static EntityManager builder(net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties b) {
        return b.tableNameConverter(new DynamicTableNameConverter())
                .fieldNameConverter(new DynamicFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    @SuppressWarnings("unchecked")
    private static void run(EntityManager em, int pairings, String db, boolean programmeOnly, int repeat)
            throws Exception {
        em.migrateDestructively(StoreEntities.all());
        // the largest size: 30 programmes of 3,334 pairings, 5,001 participants each, sessions in six pairings
        // of ten (about 60,000); a survey answer for every tenth pairing (10,000)
        boolean largest = pairings >= 100_000;
        int programmes = largest ? 30 : 1;
        int first = 0;
        long seeding = System.nanoTime();
        for (int i = 0; i < programmes; i++) {
            int id = DashboardFixture.seed(em, "Programme " + i, (pairings + programmes - 1) / programmes,
                    largest ? 6 : 10);
            first = i == 0 ? id : first;
        }
        System.out.println("# detail pairings=" + pairings + " db=" + db + " seed_s="
                + (System.nanoTime() - seeding) / 1_000_000_000);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(em);
        ProgrammeRepository programmeRepository = new ProgrammeRepository(ao);
        DashboardRepository figures = new DashboardRepository(ao);
        LearningRepository learningRepository = new LearningRepository(ao, null);
        Programme programme = programmeRepository.findById(first).orElseThrow();
        String director = "p" + first + "-dir";

        ProgrammeGate gate = stub(ProgrammeGate.class);
        when(gate.viewer()).thenReturn(Optional.of(director));
        when(gate.signedIn(anyString())).thenReturn(director);
        when(gate.coordinates(anyString(), any())).thenReturn(true);
        when(gate.inSpace(any(), anyString())).thenReturn(Optional.of(programme));
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        // the stand-ins called once per person or per text are plain objects: a mock's every call walks the stack
        // (about half of the manager dashboard's time at 100,000 pairings went there)
        HostUsers users = new HostUsers(null, null, null) {
            @Override
            public String displayName(String userKey) {
                return userKey;
            }
        };
        HostSettings settings = stub(HostSettings.class);
        when(settings.dashboardSmallestGroup()).thenReturn(Optional.empty());
        Learnings learnings = stub(Learnings.class);
        when(learnings.sharedCountsByTheme(anyInt())).thenAnswer(i -> {
            Map<Integer, String> names = figures.themeNames();
            Map<String, Integer> counts = new HashMap<>();
            learningRepository.countSharedByTheme(i.getArgument(0)).forEach((theme, count) ->
                    counts.put(names.getOrDefault(theme, "#" + theme), count));
            return counts;
        });
        SandboxVelocity velocity = new SandboxVelocity(SandboxVelocity.pluginAllowlist());
        TemplateRenderer renderer = stub(TemplateRenderer.class);
        Mockito.doAnswer(i -> {
            velocity.renderTemplate(i.getArgument(0), (Map<String, ?>) i.getArgument(1), (Writer) i.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), any(Map.class), any(Writer.class));
        I18nResolver i18n = new org.tandem.mentoring.web.PropertiesI18n();
        ApplicationProperties application = stub(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.withSettings().stubOnly()
                .defaultAnswer(Mockito.RETURNS_DEEP_STUBS));
        ConversionContext context = mock(ConversionContext.class, Mockito.withSettings().stubOnly()
                .defaultAnswer(Mockito.RETURNS_DEEP_STUBS));

        ProgrammeDashboardMacro programmeMacro = new ProgrammeDashboardMacro(new ProgrammeDashboards(gate,
                programmeRepository, figures, learnings, users, settings,
                new org.tandem.mentoring.host.HostClock(java.util.Optional.empty())), application, renderer, i18n, pageBuilder,
                new org.tandem.mentoring.service.survey.Surveys(gate, programmeRepository,
                        new org.tandem.mentoring.store.SurveyRepository(ao, mock(org.tandem.mentoring.store.NoteKeys.class)),
                        new org.tandem.mentoring.host.HostClock(java.util.Optional.empty())), english(), mock(Writes.class));
        ManagerDashboardMacro managerMacro = new ManagerDashboardMacro(new ManagerDashboards(gate,
                programmeRepository, figures, users,
                new org.tandem.mentoring.host.HostClock(java.util.Optional.empty())), application, renderer, i18n, pageBuilder, english(),
                mock(Writes.class));
        Map<String, String> space = Map.of("space", "BENCH");
        Map<String, String> everyone = Map.of("scope", "all");
        for (int i = 0; i < repeat; i++) {
            if (!programmeOnly) {
                report("manager", pairings, db, em, () -> managerMacro.execute(everyone, "", context));
            }
            report("programme", pairings, db, em, () -> programmeMacro.execute(space, "", context));
        }
    }

    private static void report(String dashboard, int pairings, String db, EntityManager em, Callable<String> render)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            render.call();
        }
        String statements = statements(em, render);
        if (Boolean.getBoolean("dash.trace")) {
            trace(em, render);
        }
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int length = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            length = render.call().length();
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        long median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2 / 1_000_000;
        // the CPU time of the rendering thread (H2 in memory works on it) tells the cost apart from a busy machine
        System.out.println("# detail dashboard=" + dashboard + " html_chars=" + length + " min_ms="
                + times[0] / 1_000_000 + " max_ms=" + times[RUNS - 1] / 1_000_000 + " thread_cpu_ms="
                + (cpu[RUNS / 2 - 1] + cpu[RUNS / 2]) / 2 / 1_000_000);
        System.out.printf("DASH-BENCH dashboard=%s pairings=%d statements=%s render_ms=%d db=%s%n", dashboard,
                pairings, statements, median, db);
    }

    /** The statements one rendering prepares, counted by the database provider's SQL listener. */
    private static String statements(EntityManager em, Callable<String> render) throws Exception {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        em.getProvider().addSqlListener(listener);
        try {
            render.call();
        } finally {
            em.getProvider().removeSqlListener(listener);
        }
        return String.valueOf(count.get());
    }

    /**
     * With {@code -Ddash.trace=true}: for each statement of one rendering, the median over ten renderings of the
     * time from its preparation to the next one's (or the rendering's end), its own work and the Java work after it.
     */
    private static void trace(EntityManager em, Callable<String> render) throws Exception {
        List<String> sqls = new ArrayList<>();
        List<long[]> gaps = new ArrayList<>();
        List<long[]> cpuGaps = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 10; run++) {
            List<String> seen = new ArrayList<>();
            List<Long> at = new ArrayList<>();
            List<Long> cpuAt = new ArrayList<>();
            net.java.ao.DatabaseProvider.SqlListener listener = sql -> {
                seen.add(sql);
                at.add(System.nanoTime());
                cpuAt.add(threads.getCurrentThreadCpuTime());
            };
            em.getProvider().addSqlListener(listener);
            long start = System.nanoTime();
            try {
                render.call();
            } finally {
                em.getProvider().removeSqlListener(listener);
            }
            long end = System.nanoTime();
            long cpuEnd = threads.getCurrentThreadCpuTime();
            if (run == 0) {
                sqls.addAll(seen);
                seen.forEach(x -> {
                    gaps.add(new long[10]);
                    cpuGaps.add(new long[10]);
                });
                System.out.println("# trace before the first statement: " + (at.get(0) - start) / 1_000 + " us");
            }
            for (int i = 0; i < seen.size() && i < gaps.size(); i++) {
                gaps.get(i)[run] = (i + 1 < at.size() ? at.get(i + 1) : end) - at.get(i);
                cpuGaps.get(i)[run] = (i + 1 < cpuAt.size() ? cpuAt.get(i + 1) : cpuEnd) - cpuAt.get(i);
            }
        }
        for (int i = 0; i < sqls.size(); i++) {
            long[] g = gaps.get(i);
            Arrays.sort(g);
            Arrays.sort(cpuGaps.get(i));
            String sql = sqls.get(i).replaceAll("\\s+", " ");
            System.out.printf("# trace %2d %7.1f ms cpu %7.1f ms %s%n", i, g[5] / 1e6, cpuGaps.get(i)[5] / 1e6,
                    sql.substring(0, Math.min(140,
                    sql.length())));
        }
    }

    private static org.tandem.mentoring.service.ViewerLanguage english() {
        return new org.tandem.mentoring.service.ViewerLanguage(null) {
            @Override
            public java.util.Locale locale() {
                return java.util.Locale.ENGLISH;
            }
        };
    }
}
