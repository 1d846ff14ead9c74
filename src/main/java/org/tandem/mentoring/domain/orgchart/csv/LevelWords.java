package org.tandem.mentoring.domain.orgchart.csv;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Level words an organisation writes instead of numbers ("Director"), each mapped once to a level. Words compare
 * without case and surrounding blanks.
 *
 * @param levels the word as the administrator wrote it to its level
 */
public record LevelWords(Map<String, Integer> levels) {

    /** Longest level word kept. */
    public static final int MAX_WORD = 100;
    /** Most level words kept. */
    public static final int MAX_WORDS = 200;

    public LevelWords {
        Map<String, Integer> copy = new LinkedHashMap<>();
        levels.forEach((word, level) -> {
            if (word != null && !word.isBlank() && level != null) {
                copy.put(word.strip(), level);
            }
        });
        levels = java.util.Collections.unmodifiableMap(copy);
    }

    public static LevelWords none() {
        return new LevelWords(Map.of());
    }

    /** The level of a word, empty for a word without one. */
    public OptionalInt levelOf(String word) {
        String wanted = key(word);
        for (Map.Entry<String, Integer> entry : levels.entrySet()) {
            if (key(entry.getKey()).equals(wanted)) {
                return OptionalInt.of(entry.getValue());
            }
        }
        return OptionalInt.empty();
    }

    /** True when every level is within the org chart's range and every word is short enough. */
    public boolean valid() {
        return levels.size() <= MAX_WORDS && levels.entrySet().stream().allMatch(e -> e.getKey().length() <= MAX_WORD
                && e.getValue() >= OrgChartLimits.MIN_LEVEL && e.getValue() <= OrgChartLimits.MAX_LEVEL);
    }

    private static String key(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }
}
