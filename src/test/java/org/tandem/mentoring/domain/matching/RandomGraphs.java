package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random small score graphs and an exhaustive optimum, for the property tests. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    static ScoreGraph graph(Random random, int maxMentees, int maxMentors, int maxCapacity, int maxScore,
                            double density) {
        int n = 1 + random.nextInt(maxMentees);
        int m = 1 + random.nextInt(maxMentors);
        int[] capacity = new int[m];
        for (int j = 0; j < m; j++) {
            capacity[j] = random.nextInt(maxCapacity + 1);
        }
        int[] rowStart = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        boolean fewScores = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                order.add(j);
            }
            Collections.shuffle(order, random);
            for (int j : order) {
                if (random.nextDouble() < density) {
                    cols.add(j);
                    scores.add(fewScores ? random.nextInt(3) : random.nextInt(maxScore + 1));
                }
            }
            rowStart[i + 1] = cols.size();
        }
        return ScoreGraph.of(n, capacity, rowStart, cols.stream().mapToInt(Integer::intValue).toArray(),
                scores.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The best (matched, total) by the objective over every feasible assignment; [matched, total]. */
    static long[] bruteForce(ScoreGraph graph, Objective objective) {
        long[] best = {-1, -1};
        int[] load = new int[graph.mentorCount()];
        search(graph, objective, 0, load, 0, 0, best);
        return best;
    }

    private static void search(ScoreGraph graph, Objective objective, int i, int[] load, int matched, long total,
                               long[] best) {
        if (i == graph.menteeCount()) {
            if (better(objective, matched, total, best[0], best[1])) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        search(graph, objective, i + 1, load, matched, total, best);
        for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
            int j = graph.mentor(e);
            if (load[j] < graph.capacity(j)) {
                load[j]++;
                search(graph, objective, i + 1, load, matched + 1, total + graph.score(e), best);
                load[j]--;
            }
        }
    }

    static boolean better(Objective objective, long matched, long total, long bestMatched, long bestTotal) {
        if (objective == Objective.BEST_TOTAL_SCORE) {
            return total > bestTotal;
        }
        return matched > bestMatched || (matched == bestMatched && total > bestTotal);
    }

    /** Fails unless every mentee's edge is its own and no mentor is over capacity. */
    static void assertFeasible(ScoreGraph graph, Assignment assignment) {
        int[] load = new int[graph.mentorCount()];
        for (int i = 0; i < graph.menteeCount(); i++) {
            int e = assignment.edgeOf(i);
            if (e < 0) {
                continue;
            }
            if (e < graph.rowStart(i) || e >= graph.rowEnd(i)) {
                throw new AssertionError("mentee " + i + " took an edge that is not its own");
            }
            load[graph.mentor(e)]++;
        }
        for (int j = 0; j < graph.mentorCount(); j++) {
            if (load[j] > graph.capacity(j)) {
                throw new AssertionError("mentor " + j + " over capacity");
            }
        }
    }
}
