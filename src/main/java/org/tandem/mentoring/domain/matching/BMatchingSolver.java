package org.tandem.mentoring.domain.matching;

import java.util.Arrays;

/**
 * Solves maximum-weight b-matching on a {@link ScoreGraph} exactly, for either {@link Objective}.
 *
 * <p>Costs are {@code maxScore - score} per matched mentee and a fixed cost per unmatched mentee: {@code maxScore}
 * for {@link Objective#BEST_TOTAL_SCORE} (so the cost is {@code n * maxScore - total score}), and more than
 * {@code n * maxScore} for {@link Objective#MOST_MATCHED} (so one more matched mentee always outweighs any score).
 *
 * <p>Speed without giving up optimality: the solver first works on each mentee's best few edges only, then prices
 * every other edge against the node potentials of that solution. An edge with a negative reduced cost is added and
 * the restricted problem solved again; when no edge prices negative the potentials prove the restricted optimum is
 * the optimum of the whole graph (every residual arc has a non-negative reduced cost, so no cycle can improve it).
 */
public final class BMatchingSolver {

    /** Edges per mentee in the first restricted round. */
    static final int INITIAL_CANDIDATES = 48;
    /** Up to this maximum score the best edges of a row are found by counting scores instead of selecting. */
    private static final int SMALL_SCORES = 4096;

    private BMatchingSolver() {
    }

    public static Assignment solve(ScoreGraph graph, Objective objective) {
        return solve(graph, objective, INITIAL_CANDIDATES);
    }

    /** @param candidates edges per mentee in the first round; {@code Integer.MAX_VALUE} solves the full graph */
    static Assignment solve(ScoreGraph graph, Objective objective, int candidates) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int edges = graph.edgeCount();
        int[] rowStart = graph.rowStarts();
        int[] col = graph.mentors();
        int[] score = graph.scores();
        int maxScore = graph.maxScore();
        long unmatchedCost = objective == Objective.BEST_TOTAL_SCORE ? maxScore
                : (long) n * maxScore + maxScore + 1;

        int[] order = strongestFirst(graph);
        boolean[] chosen = new boolean[edges];
        int chosenCount = chooseBest(graph, candidates, chosen);
        int rounds = 0;
        while (true) {
            rounds++;
            boolean full = chosenCount == edges;
            int[] subStart = full ? rowStart : new int[n + 1];
            int[] subEdge = full ? null : new int[chosenCount];
            int[] subCol = full ? col : new int[chosenCount];
            int[] subCost = new int[chosenCount];
            int q = 0;
            for (int i = 0; i < n; i++) {
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    if (full) {
                        subCost[e] = maxScore - score[e];
                    } else if (chosen[e]) {
                        subEdge[q] = e;
                        subCol[q] = col[e];
                        subCost[q] = maxScore - score[e];
                        q++;
                    }
                }
                if (!full) {
                    subStart[i + 1] = q;
                }
            }
            ShortestAugmentingPaths paths = new ShortestAugmentingPaths(n, graph.capacities(), subStart, subCol,
                    subCost, unmatchedCost);
            paths.run(order);
            int added = full ? 0 : price(graph, maxScore, paths.potential, chosen);
            if (added == 0) {
                int[] result = new int[n];
                for (int i = 0; i < n; i++) {
                    int e = paths.assigned[i];
                    result[i] = e < 0 || full ? e : subEdge[e];
                }
                return new Assignment(graph, result, rounds);
            }
            chosenCount += added;
        }
    }

    /** Mentee indices by best edge score, highest first, then by index. */
    static int[] strongestFirst(ScoreGraph graph) {
        int n = graph.menteeCount();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int e = graph.rowStart(i), end = graph.rowEnd(i); e < end; e++) {
                best = Math.max(best, graph.score(e));
            }
            keys[i] = ((long) (graph.maxScore() - best) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /** Adds every unchosen edge whose reduced cost is negative; returns how many. */
    private static int price(ScoreGraph graph, int maxScore, long[] potential, boolean[] chosen) {
        int n = graph.menteeCount();
        int[] rowStart = graph.rowStarts();
        int[] col = graph.mentors();
        int[] score = graph.scores();
        int added = 0;
        for (int i = 0; i < n; i++) {
            long pi = potential[i];
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                if (!chosen[e] && maxScore - score[e] + pi - potential[n + col[e]] < 0) {
                    chosen[e] = true;
                    added++;
                }
            }
        }
        return added;
    }

    /** Marks each mentee's best {@code limit} edges (higher score first, then earlier in the row). */
    private static int chooseBest(ScoreGraph graph, int limit, boolean[] chosen) {
        int n = graph.menteeCount();
        int[] rowStart = graph.rowStarts();
        int[] score = graph.scores();
        int count = 0;
        int[] scratch = new int[16];
        int[] counts = graph.maxScore() <= SMALL_SCORES ? new int[graph.maxScore() + 1] : null;
        for (int i = 0; i < n; i++) {
            int start = rowStart[i];
            int degree = rowStart[i + 1] - start;
            if (degree <= limit) {
                Arrays.fill(chosen, start, start + degree, true);
                count += degree;
                continue;
            }
            int threshold;
            if (counts != null) {
                Arrays.fill(counts, 0);
                for (int e = start; e < start + degree; e++) {
                    counts[score[e]]++;
                }
                threshold = counts.length - 1;
                for (int seen = counts[threshold]; seen < limit; seen += counts[threshold]) {
                    threshold--;
                }
            } else {
                if (scratch.length < degree) {
                    scratch = new int[degree];
                }
                System.arraycopy(score, start, scratch, 0, degree);
                threshold = select(scratch, degree, degree - limit);
            }
            int above = 0;
            for (int e = start; e < start + degree; e++) {
                if (score[e] > threshold) {
                    chosen[e] = true;
                    above++;
                }
            }
            int room = limit - above;
            for (int e = start; room > 0; e++) {
                if (score[e] == threshold) {
                    chosen[e] = true;
                    room--;
                }
            }
            count += limit;
        }
        return count;
    }

    /** The value that would sit at {@code rank} (0-based) if the first {@code length} values were sorted. */
    static int select(int[] values, int length, int rank) {
        int lo = 0;
        int hi = length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int a = values[lo];
            int b = values[mid];
            int c = values[hi];
            int pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return values[rank];
            }
        }
        return values[rank];
    }
}
