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
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.matching.PreparedMatching;
import org.tandem.mentoring.domain.matching.ScoreGraph;

/**
 * Builds one score graph per cohort size and solves it with Tandem's engine, OR-Tools' min-cost flow and (where
 * the mentor-slot expansion stays small enough) JGraphT's exact maximum-weight bipartite matching.
 *
 * <p>Everything runs once on 500x150 to warm up the JIT; then, {@link #REPETITIONS} times per size (medians
 * printed), Tandem prepares the score graph from the cohort ({@code prepare_ms}) and solves it ({@code solve_ms}),
 * and OR-Tools adds that graph's arcs ({@code ortools_build_ms}) and solves ({@code ortools_solve_ms}); JGraphT
 * builds its slot graph and solves once. {@code peak_mb} per solver: for Tandem and JGraphT the Java heap's peak
 * above what was in use when the solver started (heap pools' peaks, reset after a GC); for OR-Tools, which works
 * in native memory, the peak resident memory of the process above its size when OR-Tools started
 * ({@link NativeMemory}). {@code objective_equal} compares only the solvers that ran (the detail line names them).
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
        int repetitions = report ? REPETITIONS : 1;
        MatchingRequest request = generator.request(mentees, mentors, chart, rules);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] prepareTimes = new long[repetitions];
        long[] solveTimes = new long[repetitions];
        long[] buildTimes = new long[repetitions];
        long[] orToolsTimes = new long[repetitions];
        long[] tandemCpu = new long[repetitions];
        long[] orToolsCpu = new long[repetitions];
        long tandemPeak = 0;
        long orToolsPeak = 0;
        PreparedMatching prepared = null;
        Assignment tandem = null;
        long orToolsCost = 0;
        for (int r = 0; r < repetitions; r++) {
            prepared = null;
            System.gc();
            long before = heapInUse();
            resetPeaks();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            prepared = new MatchingEngine().prepare(request);
            prepareTimes[r] = millis(start);
            start = System.nanoTime();
            tandem = BMatchingSolver.solve(prepared.graph(), rules.objective());
            solveTimes[r] = millis(start);
            tandemCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000L;
            tandemPeak = Math.max(tandemPeak, peakHeapBytes() - before);

            System.gc();
            long resident = NativeMemory.resetPeak();
            cpu = threads.getCurrentThreadCpuTime();
            OrToolsRun run = orTools(prepared.graph(), rules.objective());
            orToolsCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000L;
            buildTimes[r] = run.buildMs();
            orToolsTimes[r] = run.solveMs();
            orToolsCost = run.cost();
            orToolsPeak = resident < 0 || orToolsPeak < 0 ? -1
                    : Math.max(orToolsPeak, NativeMemory.peak() - resident);
        }
        ScoreGraph graph = prepared.graph();
        long prepareMs = median(prepareTimes);
        long solveMs = median(solveTimes);
        long buildMs = median(buildTimes);
        long orSolveMs = median(orToolsTimes);
        long tandemCost = cost(graph, rules.objective(), tandem.matchedCount(), tandem.totalScore());

        // the objective is equal when every solver that ran found the same optimum; one that did not run (na)
        // is left out of the comparison and named in the detail line, never counted as agreeing
        boolean equal = tandemCost == orToolsCost;
        String compared = "tandem,ortools";
        String jgraphtMs = "na";
        String jgraphtPeak = "na";
        if (slotEdges(graph) <= JGRAPHT_MAX_SLOT_EDGES) {
            long bonus = rules.objective() == Objective.MOST_MATCHED
                    ? (long) graph.menteeCount() * graph.maxScore() + 1 : 0;
            System.gc();
            long before = heapInUse();
            resetPeaks();
            long start = System.nanoTime();
            BigDecimal weight = jgrapht(graph, bonus);
            jgraphtMs = Long.toString(millis(start));
            jgraphtPeak = Long.toString(mb(peakHeapBytes() - before));
            long expected = tandem.totalScore() + bonus * tandem.matchedCount();
            equal &= weight.compareTo(BigDecimal.valueOf(expected)) == 0;
            compared += ",jgrapht";
        }
        if (report) {
            System.out.printf("# detail objective=%s matched=%d total_score=%d pricing_rounds=%d tandem_cost=%d"
                            + " ortools_cost=%d tandem_cpu_ms=%d ortools_cpu_ms=%d compared=%s%n",
                    rules.objective(), tandem.matchedCount(), tandem.totalScore(), tandem.pricingRounds(),
                    tandemCost, orToolsCost, median(tandemCpu), median(orToolsCpu), compared);
            System.out.printf("MATCH-BENCH mentees=%d mentors=%d edges=%d prepare_ms=%d solve_ms=%d tandem_ms=%d"
                            + " ortools_build_ms=%d ortools_solve_ms=%d ortools_ms=%d jgrapht_ms=%s"
                            + " objective_equal=%s peak_mb=tandem:%d,ortools:%s,jgrapht:%s%n",
                    graph.menteeCount(), graph.mentorCount(), graph.edgeCount(), prepareMs, solveMs,
                    prepareMs + solveMs, buildMs, orSolveMs, buildMs + orSolveMs, jgraphtMs, equal, mb(tandemPeak),
                    orToolsPeak < 0 ? "na" : Long.toString(mb(orToolsPeak)), jgraphtPeak);
        }
    }

    private record OrToolsRun(long buildMs, long solveMs, long cost) {
    }

    static long unmatchedCost(ScoreGraph graph, Objective objective) {
        long maxScore = graph.maxScore();
        return objective == Objective.BEST_TOTAL_SCORE ? maxScore : graph.menteeCount() * maxScore + maxScore + 1;
    }

    static long cost(ScoreGraph graph, Objective objective, long matched, long totalScore) {
        return (graph.menteeCount() - matched) * unmatchedCost(graph, objective) + matched * graph.maxScore()
                - totalScore;
    }

    /**
     * The same flow model as the engine: every mentee supplies one unit, to a mentor or to "unmatched". Timed in
     * two parts: adding the arcs and supplies (the graph handed over to OR-Tools), then solving.
     */
    static OrToolsRun orTools(ScoreGraph graph, Objective objective) {
        long start = System.nanoTime();
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
        long buildMs = millis(start);
        start = System.nanoTime();
        MinCostFlowBase.Status status = flow.solve();
        long solveMs = millis(start);
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long cost = flow.getOptimalCost();
        flow.delete();
        return new OrToolsRun(buildMs, solveMs, cost);
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

    private static long heapInUse() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getUsage().getUsed();
            }
        }
        return total;
    }

    private static long mb(long bytes) {
        return Math.max(0, bytes) / (1024 * 1024);
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
