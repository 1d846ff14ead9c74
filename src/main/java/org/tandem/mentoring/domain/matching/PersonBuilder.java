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
 * What the builders of both sides of a pairing share: the person's key, department, themes (wanted by a mentee,
 * offered by a mentor), languages, time zone, the people they prefer and the people they exclude.
 *
 * @param <B> the concrete builder, returned by every step
 */
public abstract class PersonBuilder<B extends PersonBuilder<B>> {

    final String key;
    String department;
    final List<String> themes = new ArrayList<>();
    final List<String> languages = new ArrayList<>();
    Integer utcOffsetMinutes;
    final List<String> preferred = new ArrayList<>();
    final List<String> excluded = new ArrayList<>();

    PersonBuilder(String key) {
        this.key = key;
    }

    abstract B self();

    public B department(String value) {
        this.department = value;
        return self();
    }

    public B languages(String... values) {
        languages.addAll(Arrays.asList(values));
        return self();
    }

    public B utcOffsetMinutes(Integer value) {
        this.utcOffsetMinutes = value;
        return self();
    }

    /** The people this person asks to be paired with, most wanted first. */
    public B prefers(String... keys) {
        preferred.addAll(Arrays.asList(keys));
        return self();
    }

    public B prefers(List<String> keys) {
        preferred.addAll(keys);
        return self();
    }

    public B excludes(String... keys) {
        excluded.addAll(Arrays.asList(keys));
        return self();
    }

    B addThemes(Iterable<String> values) {
        values.forEach(themes::add);
        return self();
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
