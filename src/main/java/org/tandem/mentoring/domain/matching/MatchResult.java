package org.tandem.mentoring.domain.matching;

import java.util.List;

/**
 * The outcome of a matching run: proposals ordered by mentee key, mentees left without a mentor (by key), and the
 * objective's figures.
 */
public record MatchResult(Objective objective, List<Proposal> proposals, List<String> unmatchedMentees,
                          int matchedCount, long totalScore) {

    public MatchResult {
        proposals = List.copyOf(proposals);
        unmatchedMentees = List.copyOf(unmatchedMentees);
    }
}
