package org.tandem.mentoring.domain.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One participant's ranking of the people they met at a speed-mentoring event: {@code ranked} most wanted first,
 * and among them those the person would not be paired with ({@code notPaired}), who are never matched with them.
 * Version 0 is a ranking not stored yet.
 */
public record SpeedRanking(int eventId, String personKey, List<String> ranked, Set<String> notPaired, int version) {

    public SpeedRanking {
        ranked = List.copyOf(ranked);
        notPaired = Set.copyOf(new LinkedHashSet<>(notPaired));
    }

    /** The people the person would be paired with, most wanted first. */
    public List<String> acceptable() {
        return ranked.stream().filter(key -> !notPaired.contains(key)).toList();
    }

    /** Where the person put {@code key} (1 = first), or 0 when they did not rank them. */
    public int rankOf(String key) {
        return ranked.indexOf(key) + 1;
    }
}
