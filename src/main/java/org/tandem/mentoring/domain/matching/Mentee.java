package org.tandem.mentoring.domain.matching;

import java.util.Arrays;
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
        themes = PersonBuilder.ordered(themes);
        languages = PersonBuilder.ordered(languages);
        preferredMentors = List.copyOf(preferredMentors);
        excluded = PersonBuilder.ordered(excluded);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public static final class Builder extends PersonBuilder<Builder> {

        private Builder(String key) {
            super(key);
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder themes(String... values) {
            return addThemes(Arrays.asList(values));
        }

        public Builder themes(Iterable<String> values) {
            return addThemes(values);
        }

        public Mentee build() {
            return new Mentee(key, department, new LinkedHashSet<>(themes), new LinkedHashSet<>(languages),
                    utcOffsetMinutes, PersonBuilder.dedupe(preferred), new LinkedHashSet<>(excluded));
        }
    }
}
