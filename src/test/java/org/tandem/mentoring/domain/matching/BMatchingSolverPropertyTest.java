package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Random;
import org.junit.BeforeClass;
import org.junit.Test;

public class BMatchingSolverPropertyTest {

    @BeforeClass
    public static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    public void solve_shouldReachTheBruteForceOptimumOnThousandsOfSmallGraphs() {
        Random random = new Random(20261123L);
        int checked = 0;
        for (int round = 0; round < 3000; round++) {
            ScoreGraph graph = RandomGraphs.graph(random, 6, 4, 3, 20, 0.2 + 0.8 * random.nextDouble());
            for (Objective objective : Objective.values()) {
                long[] best = RandomGraphs.bruteForce(graph, objective);
                for (int candidates : new int[] {1, 2, Integer.MAX_VALUE}) {
                    Assignment assignment = BMatchingSolver.solve(graph, objective, candidates);
                    RandomGraphs.assertFeasible(graph, assignment);
                    String where = "round " + round + " " + objective + " candidates " + candidates;
                    assertEquals(where, best[1], assignment.totalScore());
                    if (objective == Objective.MOST_MATCHED) {
                        assertEquals(where, best[0], assignment.matchedCount());
                    }
                    checked++;
                }
            }
        }
        assertEquals(3000 * 2 * 3, checked);
    }

    @Test
    public void solve_shouldEqualOrToolsMinCostFlowOnLargerGraphs() {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            int maxScore = round % 2 == 0 ? 100 : 1_000_000;
            ScoreGraph graph = RandomGraphs.graph(random, 80, 30, 4, maxScore, 0.05 + 0.6 * random.nextDouble());
            for (Objective objective : Objective.values()) {
                for (int candidates : new int[] {2, BMatchingSolver.INITIAL_CANDIDATES, Integer.MAX_VALUE}) {
                    Assignment assignment = BMatchingSolver.solve(graph, objective, candidates);
                    RandomGraphs.assertFeasible(graph, assignment);
                    assertEquals("round " + round + " " + objective, orToolsCost(graph, objective),
                            cost(graph, objective, assignment));
                }
            }
        }
    }

    @Test
    public void solve_shouldGiveTheSameAssignmentEveryTime() {
        Random random = new Random(99L);
        for (int round = 0; round < 50; round++) {
            ScoreGraph graph = RandomGraphs.graph(random, 60, 20, 3, 5, 0.7);
            Assignment first = BMatchingSolver.solve(graph, Objective.BEST_TOTAL_SCORE);
            Assignment second = BMatchingSolver.solve(graph, Objective.BEST_TOTAL_SCORE);
            for (int i = 0; i < graph.menteeCount(); i++) {
                assertEquals(first.edgeOf(i), second.edgeOf(i));
            }
        }
    }

    static long unmatchedCost(ScoreGraph graph, Objective objective) {
        long maxScore = graph.maxScore();
        return objective == Objective.BEST_TOTAL_SCORE ? maxScore : graph.menteeCount() * maxScore + maxScore + 1;
    }

    static long cost(ScoreGraph graph, Objective objective, Assignment assignment) {
        long unmatched = graph.menteeCount() - assignment.matchedCount();
        return unmatched * unmatchedCost(graph, objective)
                + (long) assignment.matchedCount() * graph.maxScore() - assignment.totalScore();
    }

    /** The same flow model in OR-Tools: mentee supplies 1, sink takes n, an unmatched arc per mentee. */
    static long orToolsCost(ScoreGraph graph, Objective objective) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int sink = n + m;
        MinCostFlow flow = new MinCostFlow();
        long unmatched = unmatchedCost(graph, objective);
        for (int i = 0; i < n; i++) {
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                flow.addArcWithCapacityAndUnitCost(i, n + graph.mentor(e), 1, graph.maxScore() - graph.score(e));
            }
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, unmatched);
            flow.setNodeSupply(i, 1);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, graph.capacity(j), 0);
        }
        flow.setNodeSupply(sink, -n);
        MinCostFlowBase.Status status = flow.solve();
        assertEquals(MinCostFlowBase.Status.OPTIMAL, status);
        long cost = flow.getOptimalCost();
        flow.delete();
        return cost;
    }
}
