package org.tandem.mentoring.domain.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The coordinator's settings for one matching run: optional hard rules, the weights of the soft criteria and the
 * objective. Immutable; start from {@link #defaults()} and change what the programme needs.
 *
 * @param objective               best total score, or most people matched then best score
 * @param weights                 non-negative integer weight per criterion (missing criteria weigh 0)
 * @param excludeMenteesReports   never pair a mentee with someone the mentee manages, at any depth (the default:
 *                                neither may be in the other's line of authority)
 * @param excludeSameManagerPeers never pair people with the same direct manager
 * @param reverse                 reverse (upward) mentoring: the mentor must be junior to the mentee
 * @param idealSeniorityGap       levels the mentor should be above the mentee (in reverse programmes: below)
 * @param minimumScore            pairs scoring less are never proposed; at least 0
 */
public record MatchingRules(Objective objective, Map<Criterion, Integer> weights, boolean excludeMenteesReports,
                            boolean excludeSameManagerPeers, boolean reverse, int idealSeniorityGap,
                            int minimumScore) {

    /** Keeps every score, and every sum of scores over a cohort, well inside an int. */
    public static final int MAX_WEIGHT = 10_000;

    public MatchingRules {
        Objects.requireNonNull(objective, "objective");
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            int weight = weights.getOrDefault(criterion, 0);
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("weight of " + criterion + " must be 0.." + MAX_WEIGHT);
            }
            copy.put(criterion, weight);
        }
        weights = Collections.unmodifiableMap(copy);
        if (minimumScore < 0) {
            throw new IllegalArgumentException("minimum score must not be negative");
        }
    }

    /**
     * One-to-one or group mentoring, best total score, the usual weights, pairs must score at least 1, and neither
     * the mentee nor the mentor in the other's line of authority.
     */
    public static MatchingRules defaults() {
        EnumMap<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.THEME_FIT, 10);
        weights.put(Criterion.PREFERENCE, 12);
        weights.put(Criterion.CROSS_DEPARTMENT, 4);
        weights.put(Criterion.LANGUAGE, 5);
        weights.put(Criterion.TIME_ZONE, 3);
        weights.put(Criterion.SENIORITY_GAP, 4);
        return new MatchingRules(Objective.BEST_TOTAL_SCORE, weights, true, false, false, 2, 1);
    }

    public int weight(Criterion criterion) {
        return weights.get(criterion);
    }

    public MatchingRules withObjective(Objective value) {
        return new MatchingRules(value, weights, excludeMenteesReports, excludeSameManagerPeers, reverse,
                idealSeniorityGap, minimumScore);
    }

    public MatchingRules withWeight(Criterion criterion, int weight) {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(weights);
        copy.put(criterion, weight);
        return new MatchingRules(objective, copy, excludeMenteesReports, excludeSameManagerPeers, reverse,
                idealSeniorityGap, minimumScore);
    }

    public MatchingRules withExcludeMenteesReports(boolean value) {
        return new MatchingRules(objective, weights, value, excludeSameManagerPeers, reverse, idealSeniorityGap,
                minimumScore);
    }

    public MatchingRules withExcludeSameManagerPeers(boolean value) {
        return new MatchingRules(objective, weights, excludeMenteesReports, value, reverse, idealSeniorityGap,
                minimumScore);
    }

    public MatchingRules withReverse(boolean value) {
        return new MatchingRules(objective, weights, excludeMenteesReports, excludeSameManagerPeers, value,
                idealSeniorityGap, minimumScore);
    }

    public MatchingRules withIdealSeniorityGap(int value) {
        return new MatchingRules(objective, weights, excludeMenteesReports, excludeSameManagerPeers, reverse, value,
                minimumScore);
    }

    public MatchingRules withMinimumScore(int value) {
        return new MatchingRules(objective, weights, excludeMenteesReports, excludeSameManagerPeers, reverse,
                idealSeniorityGap, value);
    }
}
