package org.tandem.mentoring.domain.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The default taxonomy of learning themes a coordinator starts from and can edit: the three leadership categories
 * (new in role, struggling, capable of more), the needs heard at a mentoring launch, and reverse-mentoring topics.
 */
public final class DefaultLearningThemes {

    public static final String NEW_IN_ROLE = "new-in-role";
    public static final String STRUGGLING = "struggling";
    public static final String CAPABLE_OF_MORE = "capable-of-more";
    public static final String LAUNCH_NEEDS = "launch-needs";
    public static final String REVERSE_MENTORING = "reverse-mentoring";

    private static final Map<String, List<String>> THEMES = build();
    /** The message key of each default theme, by category and English name (worked out once: views ask often). */
    private static final Map<String, Map<String, String>> KEYS = keys();

    private DefaultLearningThemes() {
    }

    private static Map<String, List<String>> build() {
        Map<String, List<String>> themes = new LinkedHashMap<>();
        themes.put(NEW_IN_ROLE, List.of(
                "Lacks self-confidence",
                "From colleague to boss",
                "Loosen command and control",
                "Let go of expert status",
                "Give and accept constructive feedback",
                "Pressure to perform",
                "Building relationships",
                "Wants to be liked or to be the \"bad boss\"",
                "Plays the hero"));
        themes.put(STRUGGLING, List.of(
                "Too involved in operations",
                "Prioritising",
                "Delegating",
                "Fear of conflict",
                "Disconnected from the team",
                "Flawed strategic thinking",
                "Relating to higher management",
                "Clear communication",
                "Self-awareness",
                "Avoiding difficult conversations",
                "Political antennae"));
        themes.put(CAPABLE_OF_MORE, List.of(
                "Preparing as a successor",
                "Leading big change",
                "Emotional resilience and control",
                "Deciding fast without all the information",
                "Persuasive presenting",
                "Personal brand",
                "Leading by example",
                "Managing by trust, not fear",
                "Empathy"));
        themes.put(LAUNCH_NEEDS, List.of(
                "Confidence",
                "Talking to a senior team",
                "Understanding data",
                "Someone to hold me to account",
                "Leaving my comfort zone"));
        themes.put(REVERSE_MENTORING, List.of(
                "Technology and social media",
                "Cost-of-living realities",
                "Gender and diversity",
                "Work-life balance",
                "Environmental and ethical expectations",
                "Staying close to customers"));
        return Collections.unmodifiableMap(themes);
    }

    /** Category key to theme names, in the order a coordinator reads them. */
    public static Map<String, List<String>> byCategory() {
        return THEMES;
    }

    /**
     * The i18n key of a default theme's name, while the theme still has that name in that category:
     * {@code tandem.theme.default.<category>.<the English name in lower case, words joined by ->}. Empty for a
     * renamed theme and for a programme's own theme, which are shown as their coordinators wrote them.
     */
    public static Optional<String> messageKey(String category, String name) {
        Map<String, String> keys = category == null ? null : KEYS.get(category);
        return Optional.ofNullable(keys == null || name == null ? null : keys.get(name));
    }

    private static Map<String, Map<String, String>> keys() {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        THEMES.forEach((category, names) -> {
            Map<String, String> ofCategory = new LinkedHashMap<>();
            for (String name : names) {
                String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                ofCategory.put(name, "tandem.theme.default." + category + "." + words);
            }
            keys.put(category, Map.copyOf(ofCategory));
        });
        return Collections.unmodifiableMap(keys);
    }

    /**
     * As {@link #messageKey(String, String)} for a name shown without its category (a matching explanation, a
     * dashboard row, a learning's tag): the key of the default theme of that name, in whichever category. The
     * default names are unique across categories.
     */
    public static Optional<String> messageKey(String name) {
        for (String category : THEMES.keySet()) {
            Optional<String> key = messageKey(category, name);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** Every default theme as an unsaved {@link LearningTheme} of the default taxonomy. */
    public static List<LearningTheme> all() {
        List<LearningTheme> all = new ArrayList<>();
        THEMES.forEach((category, names) -> names.forEach(name -> all.add(LearningTheme.of(null, category, name))));
        return List.copyOf(all);
    }
}
