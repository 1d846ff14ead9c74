package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.ReportingLines;
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
    public void reportingLines_shouldAnswerChainsAndReportsAtAnyDepth() {
        orgChart.replaceAll(smallCompany());

        assertEquals(List.of("lead", "cto", "ceo"), orgChart.managersAbove("dev1"));
        assertEquals(List.of(), orgChart.managersAbove("ceo"));
        assertEquals(Set.of("cto", "cfo", "lead", "dev1", "dev2"), orgChart.reportsBelow("ceo"));
        assertEquals(Set.of("dev1", "dev2"), orgChart.reportsBelow("lead"));
        assertTrue(orgChart.reportingLines().haveSameManager("dev1", "dev2"));
        assertTrue(!orgChart.reportingLines().haveSameManager("dev1", "cfo"));
        assertEquals(List.of("dev1", "dev2"),
                orgChart.findDirectReports("lead").stream().map(OrgPerson::userKey).toList());
    }

    @Test
    public void reportingLines_shouldStopAtACycleInsteadOfLooping() {
        orgChart.replaceAll(List.of(
                OrgPerson.of("a", "c", "D", 1),
                OrgPerson.of("b", "a", "D", 1),
                OrgPerson.of("c", "b", "D", 1),
                OrgPerson.of("x", "b", "D", 1),
                OrgPerson.of("self", "self", "D", 1)));

        ReportingLines snapshot = orgChart.reportingLines();

        assertEquals(List.of("a", "c"), orgChart.managersAbove("b"));
        assertEquals(List.of("a", "c"), snapshot.managersAbove("b"));
        assertEquals(Set.of("b", "c", "x"), orgChart.reportsBelow("a"));
        assertEquals(Set.of("b", "c", "x"), snapshot.reportsBelow("a"));
        assertEquals(List.of(), orgChart.managersAbove("self"));
        assertEquals(Set.of(), orgChart.reportsBelow("self"));
        assertEquals(List.of(), snapshot.managersAbove("self"));
        assertEquals(Set.of(), snapshot.reportsBelow("self"));
    }

    @Test
    public void reportingLines_shouldNameAManagerWhoIsMissingFromTheChart() {
        orgChart.replaceAll(List.of(OrgPerson.of("dev", "lead", "D", 1), OrgPerson.of("lead", "gone", "D", 2)));

        assertEquals(List.of("lead", "gone"), orgChart.managersAbove("dev"));
        assertEquals(List.of("lead", "gone"), orgChart.reportingLines().managersAbove("dev"));
        assertEquals(Set.of("lead", "dev"), orgChart.reportsBelow("gone"));
        assertEquals(List.of(), orgChart.managersAbove("unknown"));
    }

    @Test
    public void reportingLines_shouldBeEmptyForAnEmptyChart() {
        assertEquals(List.of(), orgChart.managersAbove("anyone"));
        assertEquals(Set.of(), orgChart.reportsBelow("anyone"));
        assertEquals(0, orgChart.reportingLines().size());
    }

    @Test
    public void reportingLines_shouldCopeWithUserKeysHoldingSlashesAndQuotes() {
        orgChart.replaceAll(List.of(
                OrgPerson.of("o'brien/1", null, "D", 3),
                OrgPerson.of("1", "o'brien/1", "D", 2),
                OrgPerson.of("brien", "1", "D", 1)));

        assertEquals(List.of("1", "o'brien/1"), orgChart.managersAbove("brien"));
        assertEquals(Set.of("1", "brien"), orgChart.reportsBelow("o'brien/1"));
    }
}
