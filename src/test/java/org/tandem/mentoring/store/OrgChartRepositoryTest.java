package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class OrgChartRepositoryTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private OrgChartRepository orgChart;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        orgChart = new OrgChartRepository(ao);
    }

    /** ceo <- cto <- lead <- dev1, dev2; ceo <- cfo. */
    private static List<OrgPerson> smallCompany() {
        return List.of(
                new OrgPerson("ceo", null, "Board", 9, "Berlin", "de", "Carla Eder", "CEO"),
                OrgPerson.of("cto", "ceo", "Engineering", 8),
                OrgPerson.of("cfo", "ceo", "Finance", 8),
                OrgPerson.of("lead", "cto", "Engineering", 6),
                OrgPerson.of("dev1", "lead", "Engineering", 3),
                OrgPerson.of("dev2", "lead", "Engineering", 3));
    }

    @Test
    public void replaceAll_shouldRoundTripEveryField() {
        OrgChartImport result = orgChart.replaceAll(smallCompany());

        assertEquals(new OrgChartImport(6, 0, 0, 0), result);
        assertEquals(smallCompany().get(0), orgChart.findByUserKey("ceo").orElseThrow());
        assertEquals(OrgPerson.of("dev1", "lead", "Engineering", 3), orgChart.findByUserKey("dev1").orElseThrow());
        assertEquals(6, orgChart.findAll().size());
    }

    @Test
    public void replaceAll_shouldDropPeopleMissingFromTheNewChart() {
        orgChart.replaceAll(smallCompany());

        OrgChartImport result = orgChart.replaceAll(List.of(OrgPerson.of("solo", null, "All", 1)));

        assertEquals(new OrgChartImport(1, 0, 0, 6), result);
        assertEquals(1, orgChart.count());
        assertTrue(orgChart.findByUserKey("ceo").isEmpty());
    }

    @Test
    public void replaceAll_shouldLeaveTheOldChartWhenOneRowIsInvalid() {
        orgChart.replaceAll(smallCompany());
        List<OrgPerson> next = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            next.add(OrgPerson.of("p" + i, i == 0 ? null : "p0", "D", 1));
        }
        next.set(2500, new OrgPerson("p2500", "p0", "D".repeat(451), 1, null, null, null, null));

        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> orgChart.replaceAll(next));

        assertEquals("orgPerson[2500].department", refused.field());
        assertEquals(StoreValidationException.Problem.TOO_LONG, refused.problem());
        assertEquals(6, orgChart.count());
        assertEquals("ceo", orgChart.findByUserKey("cto").orElseThrow().managerKey());
    }

    @Test
    public void replaceAll_shouldRefuseMissingAndDuplicateUserKeys() {
        StoreValidationException missing = assertThrows(StoreValidationException.class,
                () -> orgChart.replaceAll(List.of(OrgPerson.of("a", null, "D", 1), OrgPerson.of("", "a", "D", 1))));
        StoreValidationException duplicate = assertThrows(StoreValidationException.class,
                () -> orgChart.replaceAll(List.of(OrgPerson.of("a", null, "D", 1), OrgPerson.of("a", null, "E", 1))));

        assertEquals("orgPerson[1].userKey", missing.field());
        assertEquals(StoreValidationException.Problem.MISSING, missing.problem());
        assertEquals(StoreValidationException.Problem.DUPLICATE, duplicate.problem());
        assertEquals(0, orgChart.count());
    }

    @Test
    public void upsertAll_shouldInsertNewRewriteChangedAndKeepTheRest() {
        orgChart.replaceAll(smallCompany());

        OrgChartImport result = orgChart.upsertAll(List.of(
                OrgPerson.of("dev1", "cto", "Platform", 4),
                OrgPerson.of("dev2", "lead", "Engineering", 3),
                OrgPerson.of("dev3", "lead", "Engineering", 2)));

        assertEquals(new OrgChartImport(1, 1, 1, 0), result);
        assertEquals(7, orgChart.count());
        assertEquals(OrgPerson.of("dev1", "cto", "Platform", 4), orgChart.findByUserKey("dev1").orElseThrow());
        assertEquals("ceo", orgChart.findByUserKey("cfo").orElseThrow().managerKey());
    }

    @Test
    public void remove_shouldDeleteOnlyTheNamedPeople() {
        orgChart.replaceAll(smallCompany());

        assertEquals(2, orgChart.remove(List.of("dev1", "dev2", "nobody")));

        assertEquals(4, orgChart.count());
        assertTrue(orgChart.findDirectReports("lead").isEmpty());
    }

    @Test
    public void findByUserKeys_shouldAnswerMoreKeysThanOneInClauseHolds() {
        List<OrgPerson> people = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            people.add(OrgPerson.of("p" + i, null, "D", 1));
            asked.add("p" + i);
        }
        asked.add("unknown");
        orgChart.replaceAll(people);

        Map<String, OrgPerson> found = orgChart.findByUserKeys(asked);

        assertEquals(1200, found.size());
        assertEquals("p1199", found.get("p1199").userKey());
    }

    @Test
    public void snapshotAndWhole_shouldAnswerChainsAndReportsAtAnyDepth() {
        orgChart.replaceAll(smallCompany());

        assertEquals(List.of("lead", "cto", "ceo"), orgChart.snapshot(List.of("dev1")).managersAbove("dev1"));
        assertEquals(List.of("lead", "cto", "ceo"), orgChart.whole().managersAbove("dev1"));
        assertEquals(List.of(), orgChart.snapshot(List.of("ceo")).managersAbove("ceo"));
        assertEquals(Set.of("cto", "cfo", "lead", "dev1", "dev2"), orgChart.whole().reportsBelow("ceo"));
        assertEquals(Set.of("dev1", "dev2"), orgChart.whole().reportsBelow("lead"));
        assertTrue(orgChart.whole().sameManager("dev1", "dev2"));
        assertTrue(!orgChart.whole().sameManager("dev1", "cfo"));
        assertTrue(orgChart.snapshot(List.of("dev1", "dev2")).sameManager("dev1", "dev2"));
        assertEquals(List.of("dev1", "dev2"),
                orgChart.findDirectReports("lead").stream().map(OrgPerson::userKey).toList());
    }

    @Test
    public void snapshot_shouldHoldExactlyThePeopleAskedAndTheirChainsWithLevels() {
        orgChart.replaceAll(smallCompany());

        OrgChart snapshot = orgChart.snapshot(List.of("dev1", "cfo", "unknown", "dev1"));

        assertEquals(5, snapshot.size());
        for (String key : List.of("dev1", "lead", "cto", "ceo", "cfo")) {
            assertTrue(key, snapshot.contains(key));
        }
        assertFalse(snapshot.contains("dev2"));
        assertFalse(snapshot.contains("unknown"));
        assertEquals(OptionalInt.of(3), snapshot.levelOf("dev1"));
        assertEquals(OptionalInt.of(6), snapshot.levelOf("lead"));
        assertEquals(OptionalInt.of(8), snapshot.levelOf("cfo"));
        assertEquals(OptionalInt.of(9), snapshot.levelOf("ceo"));
        assertEquals(smallCompany().get(0), snapshot.person("ceo"));
        assertEquals(OrgPerson.of("lead", "cto", "Engineering", 6), snapshot.person("lead"));
        assertTrue(snapshot.isAbove("ceo", "dev1"));
        assertTrue(snapshot.isAbove("cto", "dev1"));
        assertFalse(snapshot.isAbove("cfo", "dev1"));
        assertEquals(0, orgChart.snapshot(List.of()).size());
        assertEquals(0, orgChart.snapshot(List.of("unknown")).size());
    }

    @Test
    public void snapshot_shouldAgreeWithTheWalkByLevelsAndTheWholeChart() {
        orgChart.replaceAll(smallCompany());

        for (List<String> asked : List.of(List.of("dev1"), List.of("dev2", "cfo"), List.of("ceo", "lead"))) {
            OrgChart recursive = orgChart.snapshot(asked);
            OrgChart byLevels = orgChart.snapshotByLevels(asked);
            OrgChart whole = orgChart.whole();
            assertEquals(asked.toString(), recursive.size(), byLevels.size());
            for (OrgPerson person : smallCompany()) {
                String key = person.userKey();
                assertEquals(key, recursive.contains(key), byLevels.contains(key));
                if (recursive.contains(key)) {
                    assertEquals(key, whole.managersAbove(key), recursive.managersAbove(key));
                    assertEquals(key, recursive.managersAbove(key), byLevels.managersAbove(key));
                    assertEquals(key, whole.person(key), recursive.person(key));
                    assertEquals(key, recursive.person(key), byLevels.person(key));
                }
            }
        }
    }

    @Test
    public void snapshot_shouldAnswerMoreKeysThanOneInClauseHolds() {
        List<OrgPerson> people = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            people.add(OrgPerson.of("p" + i, i == 0 ? null : "p" + (i / 2), "D", 1));
            asked.add("p" + i);
        }
        orgChart.replaceAll(people);

        assertEquals(1200, orgChart.snapshot(asked).size());
        assertEquals(1200, orgChart.snapshotByLevels(asked).size());
        assertEquals(List.of("p599", "p299", "p149", "p74", "p37", "p18", "p9", "p4", "p2", "p1", "p0"),
                orgChart.snapshot(List.of("p1199")).managersAbove("p1199"));
    }

    @Test
    public void snapshot_shouldTakeTheSameStatementsForAnyChainLength() throws SQLException {
        assumeTrue("counts statements through H2's query statistics",
                entityManager.getProvider() instanceof H2DatabaseProvider);
        List<OrgPerson> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            people.add(OrgPerson.of("deep" + i, i == 0 ? null : "deep" + (i - 1), "D", 1));
        }
        people.add(OrgPerson.of("short0", null, "D", 1));
        people.add(OrgPerson.of("short1", "short0", "D", 1));
        orgChart.replaceAll(people);

        long shallow = statements(() -> orgChart.snapshot(List.of("short1")));
        long deep = statements(() -> orgChart.snapshot(List.of("deep299")));
        long both = statements(() -> orgChart.snapshot(List.of("short1", "deep299", "deep150")));

        assertEquals(2, shallow);
        assertEquals(shallow, deep);
        assertEquals(shallow, both);
    }

    /** How many statements {@code read} runs, by H2's query statistics. */
    private long statements(Runnable read) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
            read.run();
            long count = 0;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    if (!rows.getString(1).startsWith("SET QUERY_STATISTICS")) {
                        count += rows.getLong(2);
                    }
                }
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
            return count;
        }
    }

    @Test
    public void snapshotAndWhole_shouldRefuseACycleInsteadOfLoopingOrCuttingIt() {
        orgChart.replaceAll(List.of(
                OrgPerson.of("a", "c", "D", 1),
                OrgPerson.of("b", "a", "D", 1),
                OrgPerson.of("c", "b", "D", 1),
                OrgPerson.of("x", "b", "D", 1),
                OrgPerson.of("ok", null, "D", 1),
                OrgPerson.of("self", "self", "D", 1)));

        assertCycle(() -> orgChart.snapshot(List.of("b")));
        assertCycle(() -> orgChart.snapshot(List.of("x")));
        assertCycle(() -> orgChart.snapshotByLevels(List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> orgChart.whole());
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> orgChart.snapshot(List.of("self")));
        assertTrue(own.getMessage(), own.getMessage().contains("cannot manage themself"));
        assertEquals(List.of(), orgChart.snapshot(List.of("ok")).managersAbove("ok"));
    }

    private static void assertCycle(ThrowingRunnable read) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
        assertTrue(e.getMessage(), e.getMessage().contains("form a cycle"));
    }

    @Test
    public void snapshotAndWhole_shouldNameAManagerWhoIsMissingFromTheChart() {
        orgChart.replaceAll(List.of(OrgPerson.of("dev", "lead", "D", 1), OrgPerson.of("lead", "gone", "D", 2)));

        assertEquals(List.of("lead", "gone"), orgChart.snapshot(List.of("dev")).managersAbove("dev"));
        assertEquals(List.of("lead", "gone"), orgChart.snapshotByLevels(List.of("dev")).managersAbove("dev"));
        assertEquals(List.of("lead", "gone"), orgChart.whole().managersAbove("dev"));
        assertEquals(Set.of("lead", "dev"), orgChart.whole().reportsBelow("gone"));
        assertEquals(OptionalInt.empty(), orgChart.snapshot(List.of("dev")).levelOf("gone"));
        assertEquals(List.of(), orgChart.snapshot(List.of("unknown")).managersAbove("unknown"));
    }

    @Test
    public void snapshotAndWhole_shouldBeEmptyForAnEmptyChart() {
        assertEquals(List.of(), orgChart.snapshot(List.of("anyone")).managersAbove("anyone"));
        assertEquals(Set.of(), orgChart.whole().reportsBelow("anyone"));
        assertEquals(0, orgChart.whole().size());
    }

    @Test
    public void snapshot_shouldCopeWithUserKeysHoldingSlashesAndQuotes() {
        orgChart.replaceAll(List.of(
                OrgPerson.of("o'brien/1", null, "D", 3),
                OrgPerson.of("1", "o'brien/1", "D", 2),
                OrgPerson.of("brien", "1", "D", 1)));

        assertEquals(List.of("1", "o'brien/1"), orgChart.snapshot(List.of("brien")).managersAbove("brien"));
        assertEquals(Set.of("1", "brien"), orgChart.whole().reportsBelow("o'brien/1"));
    }
}
