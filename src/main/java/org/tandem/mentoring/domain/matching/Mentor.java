package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
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
        expertise = Mentee.ordered(expertise);
        languages = Mentee.ordered(languages);
        preferredMentees = List.copyOf(preferredMentees);
        excluded = Mentee.ordered(excluded);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public static final class Builder {
        private final String key;
        private String department;
        private final List<String> expertise = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private Integer utcOffsetMinutes;
        private int capacity = 1;
        private final List<String> preferredMentees = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();

        private Builder(String key) {
            this.key = key;
        }

        public Builder department(String value) {
            this.department = value;
            return this;
        }

        public Builder expertise(String... values) {
            expertise.addAll(Arrays.asList(values));
            return this;
        }

        public Builder expertise(Iterable<String> values) {
            values.forEach(expertise::add);
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

        public Builder capacity(int value) {
            this.capacity = value;
            return this;
        }

        public Builder prefers(String... menteeKeys) {
            preferredMentees.addAll(Arrays.asList(menteeKeys));
            return this;
        }

        public Builder excludes(String... keys) {
            excluded.addAll(Arrays.asList(keys));
            return this;
        }

        public Mentor build() {
            return new Mentor(key, department, new LinkedHashSet<>(expertise), new LinkedHashSet<>(languages),
                    utcOffsetMinutes, capacity, Mentee.dedupe(preferredMentees), new LinkedHashSet<>(excluded));
        }
    }
}
