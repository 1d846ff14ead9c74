package org.tandem.mentoring.domain.matching;

import java.util.Arrays;

/**
 * The bipartite score graph the solver works on, in compressed sparse rows: mentee {@code i}'s candidate edges are
 * {@code rowStart(i) .. rowStart(i + 1) - 1}; edge {@code e} goes to mentor {@link #mentor(int)} with a
 * non-negative integer {@link #score(int)}. Only allowed pairs are edges. Immutable once built.
 */
public final class ScoreGraph {

    private final int menteeCount;
    private final int[] capacity;
    private final int[] rowStart;
    private final int[] mentor;
    private final int[] score;
    private final int maxScore;

    private ScoreGraph(int menteeCount, int[] capacity, int[] rowStart, int[] mentor, int[] score) {
        this.menteeCount = menteeCount;
        this.capacity = capacity;
        this.rowStart = rowStart;
        this.mentor = mentor;
        this.score = score;
        int max = 0;
        for (int s : score) {
            max = Math.max(max, s);
        }
        this.maxScore = max;
    }

    /**
     * Builds a graph from arrays (copied). Each row's mentors must be distinct, scores non-negative and capacities
     * non-negative.
     */
    public static ScoreGraph of(int menteeCount, int[] capacity, int[] rowStart, int[] mentor, int[] score) {
        if (rowStart.length != menteeCount + 1 || rowStart[0] != 0 || mentor.length != score.length
                || rowStart[menteeCount] != mentor.length) {
            throw new IllegalArgumentException("rows do not match the edges");
        }
        int m = capacity.length;
        for (int c : capacity) {
            if (c < 0) {
                throw new IllegalArgumentException("negative capacity");
            }
        }
        int[] seen = new int[m];
        Arrays.fill(seen, -1);
        for (int i = 0; i < menteeCount; i++) {
            if (rowStart[i + 1] < rowStart[i]) {
                throw new IllegalArgumentException("rows out of order");
            }
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = mentor[e];
                if (j < 0 || j >= m || seen[j] == i) {
                    throw new IllegalArgumentException("bad or repeated mentor in row " + i);
                }
                if (score[e] < 0) {
                    throw new IllegalArgumentException("negative score in row " + i);
                }
                seen[j] = i;
            }
        }
        return new ScoreGraph(menteeCount, capacity.clone(), rowStart.clone(), mentor.clone(), score.clone());
    }

    /** For builders in this package that hand over fresh arrays. */
    static ScoreGraph wrap(int menteeCount, int[] capacity, int[] rowStart, int[] mentor, int[] score) {
        return new ScoreGraph(menteeCount, capacity, rowStart, mentor, score);
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return capacity.length;
    }

    public int edgeCount() {
        return mentor.length;
    }

    public int capacity(int mentorIndex) {
        return capacity[mentorIndex];
    }

    public int rowStart(int menteeIndex) {
        return rowStart[menteeIndex];
    }

    public int rowEnd(int menteeIndex) {
        return rowStart[menteeIndex + 1];
    }

    public int mentor(int edge) {
        return mentor[edge];
    }

    public int score(int edge) {
        return score[edge];
    }

    public int maxScore() {
        return maxScore;
    }

    int[] capacities() {
        return capacity;
    }

    int[] rowStarts() {
        return rowStart;
    }

    int[] mentors() {
        return mentor;
    }

    int[] scores() {
        return score;
    }
}
