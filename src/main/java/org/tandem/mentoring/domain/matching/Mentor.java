package org.tandem.mentoring.domain.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person who offers to mentor.
 *
 * @param key                user key
 * @param department         department name, or null when unknown
 * @param expertise          themes the mentor can help with
 * @param languages          languages the mentor can mentor in
 * @param utcOffsetMinutes   time zone offset from UTC in minutes, or null when unknown
 * @param capacity           how many mentees (or group places) the mentor takes, at least 0
 * @param preferredMentees   mentee keys the mentor asks for, most wanted first
 * @param excluded           people the mentor must not be paired with
 */
public record Mentor(String key, String department, Set<String> expertise, Set<String> languages,
                     Integer utcOffsetMinutes, int capacity, List<String> preferredMentees, Set<String> excluded) {

    public Mentor {
        Objects.requireNonNull(key, "key");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity of " + key + " is negative");
        }
        expertise = PersonBuilder.ordered(expertise);
        languages = PersonBuilder.ordered(languages);
        preferredMentees = List.copyOf(preferredMentees);
        excluded = PersonBuilder.ordered(excluded);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public static final class Builder extends PersonBuilder<Builder> {
        private int capacity = 1;

        private Builder(String key) {
            super(key);
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder expertise(String... values) {
            return addThemes(Arrays.asList(values));
        }

        public Builder expertise(Iterable<String> values) {
            return addThemes(values);
        }

        public Builder capacity(int value) {
            this.capacity = value;
            return this;
        }

        public Mentor build() {
            return new Mentor(key, department, new LinkedHashSet<>(themes), new LinkedHashSet<>(languages),
                    utcOffsetMinutes, capacity, PersonBuilder.dedupe(preferred), new LinkedHashSet<>(excluded));
        }
    }
}
