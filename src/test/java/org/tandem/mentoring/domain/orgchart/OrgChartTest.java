package org.tandem.mentoring.domain.orgchart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.Test;

public class OrgChartTest {

    /** ceo > vp1 > lead > (ann, ben); vp1 > cleo; ceo > vp2 > dan. Reports listed before managers on purpose. */
    public static OrgChart sample() {
        return OrgChart.builder()
                .person("ann", "lead", 3)
                .person("ben", "lead", 3)
                .person("lead", "vp1", 6)
                .person("cleo", "vp1", 5)
                .person("vp1", "ceo", 8)
                .person("dan", "vp2", 5)
                .person("vp2", "ceo", 8)
                .person("ceo", null, 10)
                .build();
    }

    @Test
    public void isAbove_shouldHoldForEveryManagerInTheChain() {
        OrgChart chart = sample();
        assertTrue(chart.isAbove("lead", "ann"));
        assertTrue(chart.isAbove("vp1", "ann"));
        assertTrue(chart.isAbove("ceo", "ann"));
        assertTrue(chart.isAbove("ceo", "dan"));
    }

    @Test
    public void isAbove_shouldBeFalseForPeersReportsOtherBranchesAndStrangers() {
        OrgChart chart = sample();
        assertFalse(chart.isAbove("ann", "lead"));
        assertFalse(chart.isAbove("ben", "ann"));
        assertFalse(chart.isAbove("vp2", "ann"));
        assertFalse(chart.isAbove("cleo", "ann"));
        assertFalse(chart.isAbove("ann", "ann"));
        assertFalse(chart.isAbove("nobody", "ann"));
    }

    @Test
    public void sameManager_shouldHoldForPeopleWithTheSameDirectManagerOnly() {
        OrgChart chart = sample();
        assertTrue(chart.sameManager("ann", "ben"));
        assertFalse(chart.sameManager("ann", "cleo"));
        assertFalse(chart.sameManager("ann", "ann"));
        assertFalse(chart.sameManager("vp1", "ceo"));
    }

    @Test
    public void managersAbove_shouldListManagersNearestFirst() {
        assertEquals(List.of("lead", "vp1", "ceo"), sample().managersAbove("ann"));
        assertEquals(List.of(), sample().managersAbove("ceo"));
        assertEquals(List.of(), sample().managersAbove("nobody"));
    }

    @Test
    public void directReports_shouldListOnlyTheNextLevel() {
        OrgChart chart = sample();
        assertEquals(Set.of("ann", "ben"), Set.copyOf(chart.directReports("lead")));
        assertEquals(Set.of("vp1", "vp2"), Set.copyOf(chart.directReports("ceo")));
        assertEquals(List.of(), chart.directReports("ann"));
        assertEquals(List.of(), chart.directReports("nobody"));
    }

    @Test
    public void reportsBelow_shouldHoldEveryoneAtAnyDepthButThePerson() {
        OrgChart chart = sample();
        assertEquals(Set.of("vp1", "vp2", "lead", "cleo", "ann", "ben", "dan"), chart.reportsBelow("ceo"));
        assertEquals(Set.of("lead", "cleo", "ann", "ben"), chart.reportsBelow("vp1"));
        assertEquals(Set.of(), chart.reportsBelow("ann"));
        assertEquals(Set.of(), chart.reportsBelow("nobody"));
        List<String> order = List.copyOf(chart.reportsBelow("ceo"));
        assertTrue("a manager comes before their reports", order.indexOf("lead") < order.indexOf("ann"));
    }

    @Test
    public void of_shouldKeepStoredPeopleAndPlaceManagersWhoAreNotStoredAtTheTop() {
        OrgPerson dev = new OrgPerson("dev", "lead", "Engineering", 2, "Berlin", "de", "Dev", "Developer");
        OrgChart chart = OrgChart.of(List.of(dev, OrgPerson.of("lead", "gone", "Engineering", 5),
                OrgPerson.of("solo", "", "Board", 9)));

        assertEquals(List.of("lead", "gone"), chart.managersAbove("dev"));
        assertEquals(Set.of("lead", "dev"), chart.reportsBelow("gone"));
        assertTrue(chart.isAbove("gone", "dev"));
        assertEquals(OptionalInt.empty(), chart.levelOf("gone"));
        assertEquals(OptionalInt.of(5), chart.levelOf("lead"));
        assertNull(chart.person("gone"));
        assertEquals(dev, chart.person("dev"));
        assertNull(chart.managerOf("solo"));
        assertEquals(4, chart.size());
        assertEquals(0, OrgChart.of(List.of()).size());
    }

    @Test
    public void of_shouldRefuseACycleNamingSomeoneOnIt() {
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> OrgChart.of(List.of(
                OrgPerson.of("a", "c", "D", 1),
                OrgPerson.of("b", "a", "D", 1),
                OrgPerson.of("c", "b", "D", 1),
                OrgPerson.of("top", null, "D", 9))));
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> OrgChart.of(List.of(OrgPerson.of("self", "self", "D", 1))));

        assertTrue(cycle.getMessage(), cycle.getMessage().contains("form a cycle"));
        assertTrue(cycle.getMessage(), List.of("a", "b", "c").stream()
                .anyMatch(key -> cycle.getMessage().contains("of " + key + " form")));
        assertTrue(own.getMessage(), own.getMessage().contains("self cannot manage themself"));
    }

    @Test
    public void build_shouldRefuseSomeoneBelowACycle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgChart.builder()
                .person("x", "b", 1).person("a", "b", 1).person("b", "a", 2).build());

        assertTrue(e.getMessage(), e.getMessage().contains("the org chart must be a forest"));
    }

    @Test
    public void levelOf_shouldBeEmptyWhenUnknown() {
        OrgChart chart = OrgChart.builder().person("a", null, null).build();
        assertEquals(OptionalInt.empty(), chart.levelOf("a"));
        assertEquals(OptionalInt.of(3), sample().levelOf("ann"));
        assertNull(sample().managerOf("ceo"));
    }

    @Test
    public void build_shouldRejectCyclesUnknownManagersAndDuplicates() {
        assertThrows(IllegalArgumentException.class,
                () -> OrgChart.builder().person("a", "b", 1).person("b", "a", 2).build());
        assertThrows(IllegalArgumentException.class, () -> OrgChart.builder().person("a", "ghost", 1).build());
        assertThrows(IllegalArgumentException.class,
                () -> OrgChart.builder().person("a", null, 1).person("a", null, 1));
        assertThrows(IllegalArgumentException.class, () -> OrgChart.builder().person("a", "a", 1));
    }

    @Test
    public void isAbove_shouldWorkOnADeepChain() {
        OrgChart.Builder builder = OrgChart.builder().person("p0", null, 0);
        for (int i = 1; i < 50_000; i++) {
            builder.person("p" + i, "p" + (i - 1), 0);
        }
        OrgChart chart = builder.build();
        assertTrue(chart.isAbove("p0", "p49999"));
        assertFalse(chart.isAbove("p49999", "p0"));
    }
}
