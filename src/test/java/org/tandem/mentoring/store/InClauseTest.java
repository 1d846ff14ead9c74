package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

public class InClauseTest {

    @Test
    public void noValuesMakeNoPart() {
        assertEquals(List.of(), InClause.parts(List.of()));
    }

    @Test
    public void valuesAreReadOnceEachInTheirFirstOrder() {
        assertEquals(List.of(List.of("b", "a", "c")), InClause.parts(List.of("b", "a", "b", "c", "a")));
    }

    @Test
    public void nullsAreLeftOut() {
        assertEquals(List.of(List.of("a")), InClause.parts(java.util.Arrays.asList(null, "a", null)));
        assertEquals(List.of(), InClause.parts(java.util.Arrays.asList((String) null)));
    }

    @Test
    public void partsHoldAtMostFiveHundredValues() {
        List<Integer> values = new ArrayList<>(IntStream.range(0, 1001).boxed().toList());
        values.addAll(List.of(0, 500, 1000));
        List<List<Integer>> parts = InClause.parts(values);
        assertEquals(List.of(500, 500, 1), parts.stream().map(List::size).toList());
        assertEquals(Integer.valueOf(500), parts.get(1).get(0));
        assertEquals(Integer.valueOf(1000), parts.get(2).get(0));
    }

    @Test
    public void exactlyFiveHundredValuesAreOnePart() {
        assertEquals(1, InClause.parts(IntStream.range(0, 500).boxed().toList()).size());
    }

    @Test
    public void theConditionHasOneMarkPerValue() {
        assertEquals("ID IN (?)", InClause.in("ID", List.of(7)));
        assertEquals("p.USER_KEY IN (?, ?, ?)", InClause.in("p.USER_KEY", List.of("a", "b", "c")));
    }
}
