package org.tandem.mentoring.domain.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed pair with its score, the points per criterion (they add up to the score) and a plain explanation.
 */
public record Proposal(String menteeKey, String mentorKey, int score, Map<Criterion, Integer> breakdown,
                       Explanation explanation) {

    public Proposal {
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(mentorKey, "mentorKey");
        breakdown = Collections.unmodifiableMap(new EnumMap<>(breakdown));
        Objects.requireNonNull(explanation, "explanation");
    }
}
