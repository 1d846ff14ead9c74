package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Org charts of 50,000 people; figures are printed, never asserted. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(LargeOrgChart.class)
@NameConverters
public class LargeOrgChartTest {

    private EntityManager entityManager;
    private OrgChartRepository orgChart;

    @Before
    public void setUp() {
        orgChart = new OrgChartRepository(new EntityManagerActiveObjects(entityManager));
    }

    /** Expected chain by the generation rule, independent of the code under test. */
    private static List<String> expectedChain(int index) {
        List<String> chain = new ArrayList<>();
        for (int m = LargeOrgChart.managerIndex(index); m >= 0; m = LargeOrgChart.managerIndex(m)) {
            chain.add(LargeOrgChart.key(m));
        }
        return chain;
    }

    /** Expected reports by the generation rule: everyone whose chain contains {@code index}. */
    private static Set<String> expectedReports(int index) {
        Set<String> reports = new HashSet<>();
        for (int i = 0; i < LargeOrgChart.SIZE; i++) {
            if (expectedChain(i).contains(LargeOrgChart.key(index))) {
                reports.add(LargeOrgChart.key(i));
            }
        }
        return reports;
    }

    private static void print(String what, long startNanos) {
        System.out.printf("[figures] %s took %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }

    @Test
    public void import_shouldHoldEveryPerson() {
        assertEquals(LargeOrgChart.SIZE, orgChart.count());
        assertEquals(LargeOrgChart.people().get(31_337), orgChart.findByUserKey("p31337").orElseThrow());
    }

    @Test
    public void snapshot_shouldReturnTheWholeDeepLine() {
        long start = System.nanoTime();
        OrgChart snapshot = orgChart.snapshot(List.of("p999"));
        print("snapshot(p999), 999 levels, one recursive query", start);
        List<String> chain = snapshot.managersAbove("p999");

        assertEquals(999, chain.size());
        assertEquals(1000, snapshot.size());
        assertEquals(expectedChain(999), chain);
        assertEquals("p998", chain.get(0));
        assertEquals("p0", chain.get(998));
    }

    @Test
    public void whole_shouldPlaceEveryoneUnderTheTop() {
        long start = System.nanoTime();
        OrgChart whole = orgChart.whole();
        print("whole(), 50,000 people, one streamed query", start);
        Set<String> below = whole.reportsBelow("p0");

        assertEquals(LargeOrgChart.SIZE - 1, below.size());
        assertFalse(below.contains("p0"));
        assertTrue(below.contains("p49999") && below.contains("p999"));
    }

    @Test
    public void snapshot_shouldAnswerADeepPersonQuickly() {
        long start = System.nanoTime();
        OrgChart snapshot = orgChart.snapshot(List.of("p49999"));
        print("snapshot(p49999), " + snapshot.managersAbove("p49999").size() + " levels, one recursive query",
                start);

        assertEquals(expectedChain(49_999), snapshot.managersAbove("p49999"));
    }

    @Test
    public void snapshotAndWhole_shouldAgreeForSampledPeople() {
        OrgChart whole = orgChart.whole();
        List<String> sampled = new ArrayList<>();
        for (int i = 0; i < LargeOrgChart.SIZE; i += 4999) {
            sampled.add(LargeOrgChart.key(i));
        }
        for (int i : new int[] {1, 500, 998, 1000, 1001, 1007}) {
            sampled.add(LargeOrgChart.key(i));
        }
        long start = System.nanoTime();
        OrgChart snapshot = orgChart.snapshot(sampled);
        print("snapshot of " + sampled.size() + " people and their chains (" + snapshot.size() + " people)", start);

        for (String key : sampled) {
            assertEquals(key, whole.managersAbove(key), snapshot.managersAbove(key));
            assertEquals(key, expectedChain(Integer.parseInt(key.substring(1))), snapshot.managersAbove(key));
            assertEquals(key, whole.levelOf(key), snapshot.levelOf(key));
        }
        for (int i : new int[] {1, 500, 998}) {
            assertEquals(LargeOrgChart.DEEP - 1 - i, whole.reportsBelow(LargeOrgChart.key(i)).size());
        }
    }

    @Test
    public void reportsBelow_shouldMatchTheGeneratedSubtreesOfTheWideTree() {
        OrgChart whole = orgChart.whole();

        assertEquals(LargeOrgChart.SIZE - LargeOrgChart.DEEP - 1, whole.reportsBelow("p1000").size());
        for (int index : new int[] {1001, 1005, 1050, 1400, 3000, 49_999}) {
            assertEquals("reports of p" + index, expectedReports(index), whole.reportsBelow("p" + index));
        }
        assertEquals(Set.of(), whole.reportsBelow("p49999"));
    }

    @Test
    public void whole_shouldAnswerTheChainOfEveryPersonFromOneRead() {
        long start = System.nanoTime();
        OrgChart whole = orgChart.whole();
        print("whole() load of 50,000 people", start);

        start = System.nanoTime();
        long total = 0;
        for (int i = 0; i < LargeOrgChart.SIZE; i++) {
            total += whole.managersAbove(LargeOrgChart.key(i)).size();
        }
        print("managersAbove for all 50,000 people from one chart (" + total + " links)", start);
        for (int i = 0; i < LargeOrgChart.SIZE; i += 997) {
            assertEquals(expectedChain(i), whole.managersAbove(LargeOrgChart.key(i)));
        }
        assertTrue(whole.isAbove("p0", "p49999"));
        assertFalse(whole.isAbove("p999", "p49999"));
    }

    @Test
    public void upsertAll_shouldFindNothingChangedInTheSameChart() {
        List<OrgPerson> people = LargeOrgChart.people();

        long start = System.nanoTime();
        OrgChartImport result = orgChart.upsertAll(people);
        print("upsertAll of 50,000 unchanged people", start);

        assertEquals(new OrgChartImport(0, 0, LargeOrgChart.SIZE, 0), result);
    }

    @Test
    public void upsertAll_shouldRewriteOnlyChangedPeople() {
        List<OrgPerson> people = new ArrayList<>(LargeOrgChart.people());
        for (int i = 2000; i < 7000; i++) {
            people.set(i, OrgPerson.of(LargeOrgChart.key(i), "p0", "Moved", 5));
        }
        people.add(OrgPerson.of("newcomer", "p0", "New", 1));

        long start = System.nanoTime();
        OrgChartImport result = orgChart.upsertAll(people);
        print("upsertAll of 50,001 people, 5,000 changed, 1 new", start);

        assertEquals(new OrgChartImport(1, 5000, LargeOrgChart.SIZE - 5000, 0), result);
        assertEquals(LargeOrgChart.SIZE + 1, orgChart.count());
        assertEquals(List.of("p0"), orgChart.snapshot(List.of("p6999")).managersAbove("p6999"));
    }
}
