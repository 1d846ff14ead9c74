package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request with its score graph built: the allowed pairs that score at least the programme's minimum. Mentee and
 * mentor indices in {@link #graph()} follow the keys in sorted order ({@link #menteeKey(int)}, {@link #mentorKey(int)}).
 */
public final class PreparedMatching {

    private final Cohort cohort;
    private final ScoreGraph graph;

    PreparedMatching(MatchingRequest request) {
        this.cohort = new Cohort(request);
        this.graph = build(cohort);
    }

    private static ScoreGraph build(Cohort cohort) {
        int n = cohort.mentees.length;
        int m = cohort.mentors.length;
        int minimum = cohort.rules.minimumScore();
        int[] rowStart = new int[n + 1];
        int[] col = new int[Math.max(16, Math.min(n * m, n * 64))];
        int[] score = new int[col.length];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (cohort.violation(i, j) != null) {
                    continue;
                }
                int s = cohort.score(i, j);
                if (s < minimum) {
                    continue;
                }
                if (edges == col.length) {
                    int grown = (int) Math.min(Integer.MAX_VALUE - 8, col.length * 2L);
                    col = Arrays.copyOf(col, grown);
                    score = Arrays.copyOf(score, grown);
                }
                col[edges] = j;
                score[edges] = s;
                edges++;
            }
            rowStart[i + 1] = edges;
        }
        int[] capacity = new int[m];
        for (int j = 0; j < m; j++) {
            capacity[j] = cohort.mentors[j].capacity();
        }
        return ScoreGraph.wrap(n, capacity, rowStart, Arrays.copyOf(col, edges), Arrays.copyOf(score, edges));
    }

    public ScoreGraph graph() {
        return graph;
    }

    public MatchingRules rules() {
        return cohort.rules;
    }

    public String menteeKey(int index) {
        return cohort.mentees[index].key();
    }

    public String mentorKey(int index) {
        return cohort.mentors[index].key();
    }

    /** Solves for the rules' objective. */
    public MatchResult solve() {
        return toResult(BMatchingSolver.solve(graph, cohort.rules.objective()));
    }

    /** Turns a solver answer on {@link #graph()} into proposals with breakdowns and explanations. */
    public MatchResult toResult(Assignment assignment) {
        List<Proposal> proposals = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < graph.menteeCount(); i++) {
            int j = assignment.mentorOf(i);
            if (j < 0) {
                unmatched.add(menteeKey(i));
            } else {
                proposals.add(proposal(i, j));
            }
        }
        return new MatchResult(cohort.rules.objective(), proposals, unmatched, assignment.matchedCount(),
                assignment.totalScore());
    }

    /** The first hard rule that forbids this pair, if any (capacity 0 included). */
    public Optional<HardRule> check(String menteeKey, String mentorKey) {
        Integer i = cohort.menteeIndex(menteeKey);
        Integer j = cohort.mentorIndex(mentorKey);
        if (i == null || j == null) {
            throw new IllegalArgumentException("not in this matching: " + menteeKey + ", " + mentorKey);
        }
        return Optional.ofNullable(cohort.violation(i, j));
    }

    /**
     * Score, breakdown and explanation of any allowed pair, for a coordinator who stages a pair by hand; empty when
     * a hard rule forbids it.
     */
    public Optional<Proposal> describe(String menteeKey, String mentorKey) {
        if (check(menteeKey, mentorKey).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(proposal(cohort.menteeIndex(menteeKey), cohort.mentorIndex(mentorKey)));
    }

    private Proposal proposal(int i, int j) {
        Map<Criterion, Integer> breakdown = cohort.breakdown(i, j);
        int score = breakdown.values().stream().mapToInt(Integer::intValue).sum();
        return new Proposal(menteeKey(i), mentorKey(j), score, breakdown, cohort.explain(i, j, breakdown));
    }
}
