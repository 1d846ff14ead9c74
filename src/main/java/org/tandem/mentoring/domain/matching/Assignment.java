package org.tandem.mentoring.domain.matching;

/** The solver's answer on a {@link ScoreGraph}: for each mentee the edge taken, or none. Immutable. */
public final class Assignment {

    private final ScoreGraph graph;
    private final int[] edge;
    private final int matched;
    private final long totalScore;
    private final int pricingRounds;

    Assignment(ScoreGraph graph, int[] edge, int pricingRounds) {
        this.graph = graph;
        this.edge = edge;
        this.pricingRounds = pricingRounds;
        int count = 0;
        long total = 0;
        for (int e : edge) {
            if (e >= 0) {
                count++;
                total += graph.score(e);
            }
        }
        this.matched = count;
        this.totalScore = total;
    }

    /** The edge mentee {@code i} takes, or -1 when unmatched. */
    public int edgeOf(int menteeIndex) {
        return edge[menteeIndex];
    }

    /** The mentor index of mentee {@code i}, or -1 when unmatched. */
    public int mentorOf(int menteeIndex) {
        int e = edge[menteeIndex];
        return e < 0 ? -1 : graph.mentor(e);
    }

    public int matchedCount() {
        return matched;
    }

    public long totalScore() {
        return totalScore;
    }

    /** How many times the solver had to widen its candidate set before the optimum was proven (1 = never). */
    public int pricingRounds() {
        return pricingRounds;
    }
}
