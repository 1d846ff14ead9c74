package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The dashboards' figures on H2 and PostgreSQL: the counts are right, and reading them takes the same number of
 * statements for a programme of 16 pairings as for one of 400 (counted by the database provider's SQL listener).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class DashboardRepositoryTest {

    private EntityManager entityManager;
    private DashboardRepository dashboards;

    @Before
    public void setUp() {
        dashboards = new DashboardRepository(new EntityManagerActiveObjects(entityManager));
    }

    /** The fixture's rows would otherwise stay for the next store test on the same schema. */
    @After
    public void emptyTheTables() {
        StoreTables.empty(entityManager);
    }

    @Test
    public void programmeFigures_shouldCountInTheDatabase() throws Exception {
        int pid = DashboardFixture.seed(entityManager, "Small", 16);

        DashboardRepository.ProgrammeFigures figures = dashboards.programmeFigures(pid, DashboardFixture.NOW);

        assertEquals(16, count(figures, "MENTEE", "APPROVED"));
        assertEquals(8, count(figures, "MENTOR", "APPROVED"));
        assertEquals(15, figures.rhythms().size());
        assertEquals(1, figures.pairings().stream().filter(c -> c.first().equals("ENDED") && c.second().isEmpty())
                .mapToInt(DashboardRepository.Count::count).sum());
        int sessions = figures.rhythms().stream().mapToInt(DashboardRepository.Rhythm::sessions).sum();
        assertEquals(15, sessions);
        DashboardRepository.Engagement engagement = figures.engagement().get(0);
        assertEquals(8, engagement.expectationsHeld());
        assertEquals(2, engagement.managersWhoHeld());
        assertEquals(4, engagement.sharedLearnings());
        assertEquals(2, engagement.feedbackGiven());
        assertEquals(1, engagement.rematchesNeeded());
        assertEquals(3, figures.themes().stream().filter(t -> t.role().equals("MENTEE") && t.themeId() == 0)
                .mapToInt(DashboardRepository.ThemeCount::people).sum());
    }

    @Test
    public void engagement_shouldBeEachProgrammesOwnAcrossProgrammesAndZeroWithoutPairings() throws Exception {
        int small = DashboardFixture.seed(entityManager, "Small", 16);
        int other = DashboardFixture.seed(entityManager, "Other", 40);
        int empty = entityManager.create(ProgrammeEntity.class,
                new net.java.ao.DBParam(ProgrammeEntity.NAME, "Empty"),
                new net.java.ao.DBParam(ProgrammeEntity.PROGRAMME_TYPE, "ONE_TO_ONE"),
                new net.java.ao.DBParam(ProgrammeEntity.CADENCE, "FORTNIGHTLY"),
                new net.java.ao.DBParam(ProgrammeEntity.PHASE, "RUNNING")).getID();

        List<DashboardRepository.Engagement> every = dashboards.programmeFigures(null, DashboardFixture.NOW)
                .engagement();

        assertEquals(List.of(small, other, empty), every.stream().map(DashboardRepository.Engagement::programmeId)
                .toList());
        assertEquals(dashboards.programmeFigures(small, DashboardFixture.NOW).engagement(), List.of(every.get(0)));
        assertEquals(dashboards.programmeFigures(other, DashboardFixture.NOW).engagement(), List.of(every.get(1)));
        assertEquals(new DashboardRepository.Engagement(other, 20, 5, 5, 5, 10, 4), every.get(1));
        assertEquals(List.of(new DashboardRepository.Engagement(empty, 0, 0, 0, 0, 0, 0)),
                dashboards.programmeFigures(empty, DashboardFixture.NOW).engagement());
    }

    @Test
    public void belowManager_shouldReachDirectReportsOrEveryoneBelow() throws Exception {
        int pid = DashboardFixture.seed(entityManager, "Small", 16);
        String p = "p" + pid + "-";

        DashboardRepository.ManagerFigures direct = dashboards.belowManager(p + "m0", false, DashboardFixture.NOW);
        DashboardRepository.ManagerFigures all = dashboards.belowManager(p + "dir", true, DashboardFixture.NOW);
        DashboardRepository.ManagerFigures onlyManagers = dashboards.belowManager(p + "dir", false,
                DashboardFixture.NOW);

        assertEquals(8, direct.people().size());
        assertEquals(8, direct.pairings().size());
        assertTrue(direct.pairings().stream().allMatch(x -> Integer.parseInt(x.menteeKey().substring(p.length() + 1))
                < 8));
        assertEquals(2, direct.shared().size());
        assertEquals(18, all.people().size());
        assertEquals(16, all.pairings().size());
        assertEquals(2, onlyManagers.people().size());
        assertTrue(onlyManagers.pairings().isEmpty());
        assertTrue(dashboards.belowManager(p + "e3", true, DashboardFixture.NOW).people().isEmpty());
    }

    @Test
    public void belowManager_shouldLeaveOutStagedAndDeclinedPairings() throws Exception {
        int pid = DashboardFixture.seed(entityManager, "Small", 16);
        String p = "p" + pid + "-";
        PairingEntity[] first = entityManager.find(PairingEntity.class, net.java.ao.Query.select()
                .where(PairingEntity.MENTEE_KEY + " IN (?, ?)", p + "e0", p + "e1"));
        first[0].setState("STAGED");
        first[0].save();
        first[1].setState("DECLINED");
        first[1].save();

        DashboardRepository.ManagerFigures direct = dashboards.belowManager(p + "m0", false, DashboardFixture.NOW);

        assertEquals(6, direct.pairings().size());
        assertTrue(direct.pairings().stream().noneMatch(x -> x.state().equals("STAGED")
                || x.state().equals("DECLINED")));
    }

    @Test
    public void figures_shouldTakeTheSameStatementsWhateverTheSize() throws Exception {
        int small = DashboardFixture.seed(entityManager, "Small", 16);
        int large = DashboardFixture.seed(entityManager, "Large", 400);

        long smallProgramme = statements(() -> dashboards.programmeFigures(small, DashboardFixture.NOW));
        long largeProgramme = statements(() -> dashboards.programmeFigures(large, DashboardFixture.NOW));
        long every = statements(() -> dashboards.programmeFigures(null, DashboardFixture.NOW));
        long smallManager = statements(() -> dashboards.belowManager("p" + small + "-dir", true,
                DashboardFixture.NOW));
        long largeManager = statements(() -> dashboards.belowManager("p" + large + "-dir", true,
                DashboardFixture.NOW));

        assertEquals(6, smallProgramme);
        assertEquals(smallProgramme, largeProgramme);
        assertEquals(smallProgramme, every);
        assertEquals(5, smallManager);
        assertEquals(smallManager, largeManager);
        long[] at = {DashboardFixture.NOW};
        assertEquals(statements(() -> dashboards.retention(small, 0, at)),
                statements(() -> dashboards.retention(large, 0, at)));
    }

    @Test
    public void retention_shouldCountWhoWasInTheChartAtTheStartAndWhoStayed() throws Exception {
        int pid = DashboardFixture.seed(entityManager, "Small", 16);
        String p = "p" + pid + "-";
        OrgChartRepository orgChart = new OrgChartRepository(new EntityManagerActiveObjects(entityManager));
        List<OrgPerson> others = java.util.stream.IntStream.range(0, 10).mapToObj(i -> new OrgPerson(p + "x" + i,
                p + "dir", null, 0, null, null, "Other " + i, null)).toList();
        orgChart.upsertAll(others);
        long day = 86_400_000L;
        long start = DashboardFixture.NOW - 400 * day;
        orgChart.remove(List.of(p + "e0", p + "x1"), Instant.ofEpochMilli(start + 100 * day));
        orgChart.remove(List.of(p + "e1"), Instant.ofEpochMilli(start - 10 * day));
        orgChart.remove(List.of(p + "x0"), Instant.ofEpochMilli(start + 20 * day));
        orgChart.remove(List.of(p + "x2"), Instant.ofEpochMilli(start + 300 * day));
        long[] at = {start + 90 * day, start + 180 * day, start + 365 * day};

        Map<String, DashboardRepository.Retained> byGroup = dashboards.retention(pid, start, at).stream()
                .collect(Collectors.toMap(DashboardRepository.Retained::group, r -> r));

        // e1 left before the start: not counted; e0 left between three and six months
        assertEquals(15, byGroup.get("MENTEE").people());
        assertEquals(List.of(15, 14, 14), byGroup.get("MENTEE").stayed());
        // the director, two managers and ten others: x0 left within three months, x1 within six, x2 within twelve
        // everyone: the director, two managers, ten others, eight mentors and fifteen mentees; x0 left within three
        // months, x1 within six, x2 within twelve
        assertEquals(36, byGroup.get("ALL").people());
        assertEquals(List.of(35, 33, 32), byGroup.get("ALL").stayed());
        assertEquals(23, byGroup.get("PARTICIPANT").people());
        assertEquals(List.of(23, 22, 22), byGroup.get("PARTICIPANT").stayed());
        assertEquals(2, statements(() -> dashboards.retention(pid, start, at)));

        // back in the chart: no longer a leaver
        orgChart.upsertAll(List.of(new OrgPerson(p + "e1", p + "m0", null, 0, null, null, "Mentee 1", null)));
        assertFalse(orgChart.leavers().containsKey(p + "e1"));
        assertEquals(Instant.ofEpochMilli(start + 100 * day), orgChart.leavers().get(p + "e0"));
        assertEquals(16, dashboards.retention(pid, start, at).stream().filter(r -> r.group().equals("MENTEE"))
                .findFirst().orElseThrow().people());
    }

    private static int count(DashboardRepository.ProgrammeFigures figures, String role, String state) {
        return figures.participants().stream().filter(c -> c.first().equals(role) && c.second().equals(state))
                .mapToInt(DashboardRepository.Count::count).sum();
    }

    /** How many statements {@code read} prepares, counted by the database provider's SQL listener. */
    private long statements(Supplier<?> read) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        entityManager.getProvider().addSqlListener(listener);
        try {
            read.get();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return count.get();
    }
}
