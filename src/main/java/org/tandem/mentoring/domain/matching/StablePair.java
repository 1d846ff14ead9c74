package org.tandem.mentoring.domain.matching;

/**
 * A pair chosen after a speed-mentoring event, with where each ranked the other (1 = first choice) and a plain
 * explanation.
 */
public record StablePair(String menteeKey, String mentorKey, int menteeRank, int mentorRank,
                         Explanation explanation) {
}
