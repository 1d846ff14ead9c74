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
import java.sql.ResultSet;
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
 * median of 20 runs after 5 warm-up runs, and the SQL statements one rendering takes. Prints per size and database:
 * {@code DASH-BENCH dashboard=<manager|programme> pairings=<n> statements=<k> render_ms=<t> db=<h2|postgres>}.
 *
 * <p>Arguments: {@code small} for 10 and 1,000 pairings only; {@code postgres <url> <user> <password> <schema>} to
 * run on PostgreSQL instead of H2 in memory. Host services (the signed-in person, display names, coordinator
 * checks, i18n) are stand-ins answering at once; the manager is the fixture's director with {@code scope=all}.
 * Statements are counted by H2's query statistics; on PostgreSQL by pg_stat_statements when it is installed,
 * otherwise printed as {@code na}.
 */
public final class DashboardBench {

    private static final int RUNS = 20;
    private static final int WARM_UP = 5;

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = Arrays.asList(args).contains("small");
        int pg = Arrays.asList(args).indexOf("postgres");
        List<Integer> sizes = new ArrayList<>(List.of(10, 1_000, 10_000));
        if (!small) {
            sizes.add(100_000);
        }
        for (int size : sizes) {
            EntityManager em = pg < 0 ? h2(size) : postgres(args[pg + 1], args[pg + 2], args[pg + 3], args[pg + 4]);
            try {
                run(em, size, pg < 0 ? "h2" : "postgres");
            } finally {
                em.getProvider().dispose();
            }
        }
    }

    private static EntityManager h2(int size) {
        return builder(EntityManagerBuilder.url("jdbc:h2:mem:dash-bench-" + size + ";DB_CLOSE_DELAY=-1")
                .username("sa").password("").dbcp());
    }

    private static EntityManager postgres(String url, String user, String password, String schema) {
        return builder(EntityManagerBuilder.url(url).username(user).password(password).schema(schema).dbcp());
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
    private static void run(EntityManager em, int pairings, String db) throws Exception {
        em.migrateDestructively(StoreEntities.all());
        // the largest size: about 5,000 participants per programme (4,000 mentees and their mentors over the
        // programmes) and 60,000 sessions are what the fixture writes for 100,000 pairings over 20 programmes
        int programmes = pairings >= 100_000 ? 20 : 1;
        int first = 0;
        for (int i = 0; i < programmes; i++) {
            int id = DashboardFixture.seed(em, "Programme " + i, pairings / programmes);
            first = i == 0 ? id : first;
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(em);
        ProgrammeRepository programmeRepository = new ProgrammeRepository(ao);
        DashboardRepository figures = new DashboardRepository(ao);
        LearningRepository learningRepository = new LearningRepository(ao, null);
        Programme programme = programmeRepository.findById(first).orElseThrow();
        String director = "p" + first + "-dir";

        ProgrammeGate gate = mock(ProgrammeGate.class);
        when(gate.viewer()).thenReturn(Optional.of(director));
        when(gate.signedIn(anyString())).thenReturn(director);
        when(gate.coordinates(anyString(), any())).thenReturn(true);
        when(gate.inSpace(any(), anyString())).thenReturn(Optional.of(programme));
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        HostUsers users = mock(HostUsers.class);
        when(users.displayName(anyString())).thenAnswer(i -> i.getArgument(0));
        HostSettings settings = mock(HostSettings.class);
        when(settings.dashboardSmallestGroup()).thenReturn(Optional.empty());
        Learnings learnings = mock(Learnings.class);
        when(learnings.sharedCountsByTheme(anyInt())).thenAnswer(i -> {
            Map<Integer, String> names = figures.themeNames();
            Map<String, Integer> counts = new HashMap<>();
            learningRepository.countSharedByTheme(i.getArgument(0)).forEach((theme, count) ->
                    counts.put(names.getOrDefault(theme, "#" + theme), count));
            return counts;
        });
        SandboxVelocity velocity = new SandboxVelocity(SandboxVelocity.pluginAllowlist());
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        Mockito.doAnswer(i -> {
            velocity.renderTemplate(i.getArgument(0), (Map<String, ?>) i.getArgument(1), (Writer) i.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), any(Map.class), any(Writer.class));
        I18nResolver i18n = mock(I18nResolver.class, i -> i.getArguments().length > 0
                && i.getArgument(0) instanceof String key ? key : null);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
        ConversionContext context = mock(ConversionContext.class, Mockito.RETURNS_DEEP_STUBS);

        ProgrammeDashboardMacro programmeMacro = new ProgrammeDashboardMacro(new ProgrammeDashboards(gate,
                programmeRepository, figures, learnings, users, settings), application, renderer, i18n, pageBuilder,
                new org.tandem.mentoring.service.survey.Surveys(gate, programmeRepository,
                        new org.tandem.mentoring.store.SurveyRepository(ao, mock(org.tandem.mentoring.store.NoteKeys.class)),
                        new org.tandem.mentoring.host.HostClock(java.util.Optional.empty())), mock(Writes.class));
        ManagerDashboardMacro managerMacro = new ManagerDashboardMacro(new ManagerDashboards(gate,
                programmeRepository, figures, users), application, renderer, i18n, pageBuilder, mock(Writes.class));
        Map<String, String> space = Map.of("space", "BENCH");
        Map<String, String> everyone = Map.of("scope", "all");
        report("manager", pairings, db, em, () -> managerMacro.execute(everyone, "", context));
        report("programme", pairings, db, em, () -> programmeMacro.execute(space, "", context));
    }

    private static void report(String dashboard, int pairings, String db, EntityManager em, Callable<String> render)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            render.call();
        }
        String statements = statements(em, render, db);
        long[] times = new long[RUNS];
        int length = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            length = render.call().length();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        long median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2 / 1_000_000;
        System.out.println("# detail dashboard=" + dashboard + " html_chars=" + length + " min_ms="
                + times[0] / 1_000_000 + " max_ms=" + times[RUNS - 1] / 1_000_000);
        System.out.printf("DASH-BENCH dashboard=%s pairings=%d statements=%s render_ms=%d db=%s%n", dashboard,
                pairings, statements, median, db);
    }

    /** The statements one rendering runs: H2's query statistics, or PostgreSQL's pg_stat_statements if present. */
    private static String statements(EntityManager em, Callable<String> render, String db) throws Exception {
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            if (db.equals("h2")) {
                s.execute("SET QUERY_STATISTICS FALSE");
                s.execute("SET QUERY_STATISTICS TRUE");
                render.call();
                long count = 0;
                try (ResultSet rows = s.executeQuery(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rows.next()) {
                        count += rows.getString(1).startsWith("SET QUERY_STATISTICS") ? 0 : rows.getLong(2);
                    }
                }
                s.execute("SET QUERY_STATISTICS FALSE");
                return String.valueOf(count);
            }
            try {
                s.execute("SELECT pg_stat_statements_reset()");
            } catch (java.sql.SQLException e) {
                render.call();
                return "na";
            }
            render.call();
            try (ResultSet rows = s.executeQuery("SELECT sum(calls) FROM pg_stat_statements WHERE query LIKE "
                    + "'%AO_%' AND query NOT LIKE '%pg_stat_statements%'")) {
                rows.next();
                return String.valueOf(rows.getLong(1));
            }
        }
    }
}
