package org.tandem.mentoring.bench;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.tandem.mentoring.domain.matching.Assignment;
import org.tandem.mentoring.domain.matching.BMatchingSolver;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.matching.PreparedMatching;
import org.tandem.mentoring.domain.matching.ScoreGraph;

/**
 * Builds one score graph per cohort size and solves it with Tandem's engine, OR-Tools' min-cost flow and (where
 * the mentor-slot expansion stays small enough) JGraphT's exact maximum-weight bipartite matching.
 *
 * <p>Everything runs once on 500x150 to warm up the JIT; then each size's graph is built once, Tandem and OR-Tools
 * solve it {@link #REPETITIONS} times each (median printed; OR-Tools' time includes adding its arcs), JGraphT once.
 * Peak heap is the sum of the heap pools' peaks since the size started (the cohort, graph and all solvers).
 *
 * <p>Arguments: {@code small} (500x150 only) or {@code full} (the default: 500x150, 2000x600, 5000x1500), and
 * optionally {@code most} to solve for most people matched instead of best total score.
 */
public final class MatchBench {

    private static final long SEED = 20_261_123L;
    private static final int PEOPLE = 20_000;
    /** JGraphT's matching keeps BigDecimal potentials and boxed graph objects; beyond this it is reported as na. */
    private static final long JGRAPHT_MAX_SLOT_EDGES = 1_500_000L;
    /** Timed runs per solver and size after the warm-up; the median is printed. */
    private static final int REPETITIONS = 3;

    private MatchBench() {
    }

    public static void main(String[] args) {
        boolean small = List.of(args).contains("small");
        Objective objective = List.of(args).contains("most") ? Objective.MOST_MATCHED : Objective.BEST_TOTAL_SCORE;
        Loader.loadNativeLibraries();
        CohortGenerator generator = new CohortGenerator(SEED, PEOPLE);
        OrgChart chart = generator.orgChart();
        MatchingRules rules = MatchingRules.defaults().withObjective(objective);

        run(generator, chart, rules, 500, 150, false);
        int[][] sizes = small ? new int[][] {{500, 150}} : new int[][] {{500, 150}, {2000, 600}, {5000, 1500}};
        for (int[] size : sizes) {
            run(generator, chart, rules, size[0], size[1], true);
        }
    }

    private static void run(CohortGenerator generator, OrgChart chart, MatchingRules rules, int mentees, int mentors,
                            boolean report) {
        System.gc();
        resetPeaks();
        long buildStart = System.nanoTime();
        PreparedMatching prepared = new MatchingEngine().prepare(generator.request(mentees, mentors, chart, rules));
        ScoreGraph graph = prepared.graph();
        long buildMs = millis(buildStart);

        int repetitions = report ? REPETITIONS : 1;
        long[] tandemTimes = new long[repetitions];
        long[] orToolsTimes = new long[repetitions];
        Assignment tandem = null;
        long orToolsCost = 0;
        long[] tandemCpu = new long[repetitions];
        long[] orToolsCpu = new long[repetitions];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repetitions; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            tandem = BMatchingSolver.solve(graph, rules.objective());
            tandemTimes[r] = millis(start);
            tandemCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000L;
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            orToolsCost = orTools(graph, rules.objective());
            orToolsTimes[r] = millis(start);
            orToolsCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000L;
        }
        long tandemMs = median(tandemTimes);
        long orToolsMs = median(orToolsTimes);
        long tandemCost = cost(graph, rules.objective(), tandem.matchedCount(), tandem.totalScore());
        long start;

        String jgraphtMs = "na";
        boolean jgraphtEqual = true;
        if (slotEdges(graph) <= JGRAPHT_MAX_SLOT_EDGES) {
            long bonus = rules.objective() == Objective.MOST_MATCHED
                    ? (long) graph.menteeCount() * graph.maxScore() + 1 : 0;
            start = System.nanoTime();
            BigDecimal weight = jgrapht(graph, bonus);
            jgraphtMs = Long.toString(millis(start));
            long expected = tandem.totalScore() + bonus * tandem.matchedCount();
            jgraphtEqual = weight.compareTo(BigDecimal.valueOf(expected)) == 0;
        }
        long peakMb = peakHeapBytes() / (1024 * 1024);
        if (report) {
            System.out.printf("# detail objective=%s graph_build_ms=%d matched=%d total_score=%d pricing_rounds=%d"
                            + " tandem_cost=%d ortools_cost=%d tandem_cpu_ms=%d ortools_cpu_ms=%d%n",
                    rules.objective(), buildMs, tandem.matchedCount(), tandem.totalScore(), tandem.pricingRounds(),
                    tandemCost, orToolsCost, median(tandemCpu), median(orToolsCpu));
            System.out.printf("MATCH-BENCH mentees=%d mentors=%d edges=%d tandem_ms=%d ortools_ms=%s jgrapht_ms=%s"
                            + " objective_equal=%s peak_mb=%d%n", graph.menteeCount(), graph.mentorCount(),
                    graph.edgeCount(), tandemMs, orToolsMs, jgraphtMs, tandemCost == orToolsCost && jgraphtEqual,
                    peakMb);
        }
    }

    static long unmatchedCost(ScoreGraph graph, Objective objective) {
        long maxScore = graph.maxScore();
        return objective == Objective.BEST_TOTAL_SCORE ? maxScore : graph.menteeCount() * maxScore + maxScore + 1;
    }

    static long cost(ScoreGraph graph, Objective objective, long matched, long totalScore) {
        return (graph.menteeCount() - matched) * unmatchedCost(graph, objective) + matched * graph.maxScore()
                - totalScore;
    }

    /** The same flow model as the engine: every mentee supplies one unit, to a mentor or to "unmatched". */
    static long orTools(ScoreGraph graph, Objective objective) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int sink = n + m;
        long unmatched = unmatchedCost(graph, objective);
        int maxScore = graph.maxScore();
        MinCostFlow flow = new MinCostFlow(n + m + 1, graph.edgeCount() + n + m);
        for (int i = 0; i < n; i++) {
            for (int e = graph.rowStart(i), end = graph.rowEnd(i); e < end; e++) {
                flow.addArcWithCapacityAndUnitCost(i, n + graph.mentor(e), 1, maxScore - graph.score(e));
            }
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, unmatched);
            flow.setNodeSupply(i, 1);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, graph.capacity(j), 0);
        }
        flow.setNodeSupply(sink, -n);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long cost = flow.getOptimalCost();
        flow.delete();
        return cost;
    }

    private static long slotEdges(ScoreGraph graph) {
        long total = 0;
        for (int i = 0; i < graph.menteeCount(); i++) {
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                total += Math.min(graph.capacity(graph.mentor(e)), graph.menteeCount());
            }
        }
        return total;
    }

    /**
     * Each mentor becomes one vertex per place; a matching there is a b-matching of the cohort. A bonus per matched
     * pair larger than any sum of scores turns "most matched, then best score" into a maximum-weight matching.
     */
    static BigDecimal jgrapht(ScoreGraph graph, long bonus) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int[] firstSlot = new int[m + 1];
        for (int j = 0; j < m; j++) {
            firstSlot[j + 1] = firstSlot[j] + Math.min(graph.capacity(j), n);
        }
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            left.add(i);
        }
        for (int s = 0; s < firstSlot[m]; s++) {
            g.addVertex(n + s);
            right.add(n + s);
        }
        for (int i = 0; i < n; i++) {
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                int j = graph.mentor(e);
                for (int s = firstSlot[j]; s < firstSlot[j + 1]; s++) {
                    DefaultWeightedEdge edge = g.addEdge(i, n + s);
                    g.setEdgeWeight(edge, graph.score(e) + bonus);
                }
            }
        }
        MaximumWeightBipartiteMatching<Integer, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(g, left, right);
        matching.getMatching();
        return matching.getMatchingWeight();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of each heap pool's peak since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
