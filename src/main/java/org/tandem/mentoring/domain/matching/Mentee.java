package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person who asks for a mentor.
 *
 * @param key                 user key
 * @param department          department name, or null when unknown
 * @param themes              learning themes the mentee wants to work on
 * @param languages           languages the mentee can be mentored in
 * @param utcOffsetMinutes    time zone offset from UTC in minutes, or null when unknown
 * @param preferredMentors    mentor keys the mentee asks for, most wanted first
 * @param excluded            people the mentee must not be paired with
 */
public record Mentee(String key, String department, Set<String> themes, Set<String> languages,
                     Integer utcOffsetMinutes, List<String> preferredMentors, Set<String> excluded) {

    public Mentee {
        Objects.requireNonNull(key, "key");
        themes = ordered(themes);
        languages = ordered(languages);
        preferredMentors = List.copyOf(preferredMentors);
        excluded = ordered(excluded);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public static final class Builder {
        private final String key;
        private String department;
        private final List<String> themes = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private Integer utcOffsetMinutes;
        private final List<String> preferredMentors = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();

        private Builder(String key) {
            this.key = key;
        }

        public Builder department(String value) {
            this.department = value;
            return this;
        }

        public Builder themes(String... values) {
            themes.addAll(Arrays.asList(values));
            return this;
        }

        public Builder themes(Iterable<String> values) {
            values.forEach(themes::add);
            return this;
        }

        public Builder languages(String... values) {
            languages.addAll(Arrays.asList(values));
            return this;
        }

        public Builder utcOffsetMinutes(Integer value) {
            this.utcOffsetMinutes = value;
            return this;
        }

        public Builder prefers(String... mentorKeys) {
            preferredMentors.addAll(Arrays.asList(mentorKeys));
            return this;
        }

        public Builder prefers(List<String> mentorKeys) {
            preferredMentors.addAll(mentorKeys);
            return this;
        }

        public Builder excludes(String... keys) {
            excluded.addAll(Arrays.asList(keys));
            return this;
        }

        public Mentee build() {
            return new Mentee(key, department, new LinkedHashSet<>(themes), new LinkedHashSet<>(languages),
                    utcOffsetMinutes, dedupe(preferredMentors), new LinkedHashSet<>(excluded));
        }
    }

    /** An unmodifiable set that keeps the given order, so explanations read the same on every run. */
    static Set<String> ordered(Collection<String> values) {
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String value : values) {
            copy.add(Objects.requireNonNull(value));
        }
        return Collections.unmodifiableSet(copy);
    }

    static List<String> dedupe(List<String> ranked) {
        return new ArrayList<>(new LinkedHashSet<>(ranked));
    }
}
