package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.Test;

public class OrgChartTest {

    /** ceo > vp1 > lead > (ann, ben); vp1 > cleo; ceo > vp2 > dan. Reports listed before managers on purpose. */
    static OrgChart sample() {
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
    public void chainAbove_shouldListManagersNearestFirst() {
        assertEquals(List.of("lead", "vp1", "ceo"), sample().chainAbove("ann"));
        assertEquals(List.of(), sample().chainAbove("ceo"));
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
