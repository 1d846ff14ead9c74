package org.tandem.mentoring.domain.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A programme's stored choices for its matching runs: the objective, the weight of each criterion (0 to
 * {@link #MAX_WEIGHT}) and whether people with the same direct manager are kept apart. The downward half of the
 * line-of-authority rule is the programme's own setting, relaxed only with a reason. {@code version} is 0 while
 * the programme still uses the defaults.
 */
public record MatchingSettings(int programmeId, Objective objective, Map<Criterion, Integer> weights,
                               boolean excludeSameManagerPeers, int version) {

    /** The largest weight a coordinator can give a criterion. */
    public static final int MAX_WEIGHT = 100;

    public MatchingSettings {
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
    }

    /** What a programme uses before its coordinators change anything: the engine's defaults. */
    public static MatchingSettings defaults(int programmeId) {
        MatchingRules rules = MatchingRules.defaults();
        return new MatchingSettings(programmeId, rules.objective(), rules.weights(), rules.excludeSameManagerPeers(),
                0);
    }

    public int weight(Criterion criterion) {
        return weights.get(criterion);
    }

    /** The programme's rules with these choices applied. */
    public MatchingRules applyTo(MatchingRules rules) {
        MatchingRules applied = rules.withObjective(objective).withExcludeSameManagerPeers(excludeSameManagerPeers);
        for (Criterion criterion : Criterion.values()) {
            applied = applied.withWeight(criterion, weight(criterion));
        }
        return applied;
    }
}
