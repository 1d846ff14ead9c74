package org.tandem.mentoring.domain.matching;

/**
 * Tandem's matching engine: hard rules first, then the optimal set of pairs for the coordinator's objective.
 * Stateless and thread-safe; the same request always gives the same result.
 */
public final class MatchingEngine {

    /** Builds the score graph and solves it. */
    public MatchResult match(MatchingRequest request) {
        return prepare(request).solve();
    }

    /** Builds the score graph only, to inspect pairs or to solve later. */
    public PreparedMatching prepare(MatchingRequest request) {
        return new PreparedMatching(request);
    }
}
