package org.tandem.mentoring.domain.orgchart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The reporting hierarchy: each person's user key, the key of the direct manager (none for the top of a tree), a
 * seniority level (a larger number is more senior) and, when the chart was built from stored people, their
 * {@link OrgPerson} record.
 *
 * <p>Immutable. "Is A in B's line of authority" is answered in constant time from a depth-first numbering of the
 * forest, so the matching engine can test millions of candidate pairs cheaply.
 *
 * <p>The chart is always a forest. The import refuses reporting cycles, and this is the one place that holds to
 * it: {@link Builder#build()} refuses a cycle (and a person who manages themself) with an
 * {@link IllegalArgumentException} naming a person whose line runs into it, instead of cutting it somewhere.
 */
public final class OrgChart {

    private static final OrgChart EMPTY = new Builder().build();

    private final Map<String, Integer> index;
    private final String[] keys;
    private final int[] manager;
    private final int[] level;
    private final boolean[] levelKnown;
    private final OrgPerson[] people;
    private final int[] enter;
    private final int[] exit;
    private final int[] byEnter;
    private final int[] childStart;
    private final int[] children;

    private OrgChart(Builder builder) {
        int n = builder.order.size();
        this.keys = builder.order.toArray(new String[0]);
        this.index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(keys[i], i);
        }
        this.manager = new int[n];
        this.level = new int[n];
        this.levelKnown = new boolean[n];
        this.people = new OrgPerson[n];
        for (int i = 0; i < n; i++) {
            Entry entry = builder.entries.get(keys[i]);
            Integer boss = entry.managerKey == null ? null : index.get(entry.managerKey);
            if (entry.managerKey != null && boss == null) {
                throw new IllegalArgumentException("manager " + entry.managerKey + " of " + keys[i] + " is not in the chart");
            }
            manager[i] = boss == null ? -1 : boss;
            level[i] = entry.level == null ? 0 : entry.level;
            levelKnown[i] = entry.level != null;
            people[i] = entry.person;
        }
        this.enter = new int[n];
        this.exit = new int[n];
        this.byEnter = new int[n];
        this.childStart = new int[n + 1];
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (manager[i] >= 0) {
                childCount[manager[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] = childStart[i] + childCount[i];
        }
        this.children = new int[Math.max(1, childStart[n])];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (manager[i] >= 0) {
                children[fill[manager[i]]++] = i;
            }
        }
        number(n);
    }

    /** Numbers the forest depth-first without recursion; refuses cycles. */
    private void number(int n) {
        Arrays.fill(enter, -1);
        int[] stack = new int[n];
        int[] next = new int[n];
        int clock = 0;
        for (int root = 0; root < n; root++) {
            if (manager[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            byEnter[clock] = root;
            enter[root] = clock++;
            next[root] = childStart[root];
            while (top > 0) {
                int node = stack[top - 1];
                if (next[node] < childStart[node + 1]) {
                    int child = children[next[node]++];
                    byEnter[clock] = child;
                    enter[child] = clock++;
                    next[child] = childStart[child];
                    stack[top++] = child;
                } else {
                    exit[node] = clock;
                    top--;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (enter[i] < 0) {
                throw new IllegalArgumentException(
                        "the reporting lines of " + keys[i] + " form a cycle; the org chart must be a forest");
            }
        }
    }

    public static OrgChart empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The chart of stored people, in any order. A manager named by someone but not among them (someone who left,
     * or above the part of the organisation that was read) stands at the top of a tree with an unknown level.
     */
    public static OrgChart of(Collection<OrgPerson> stored) {
        Builder builder = new Builder();
        for (OrgPerson person : stored) {
            builder.person(person);
        }
        for (OrgPerson person : stored) {
            if (person.hasManager() && !builder.entries.containsKey(person.managerKey())) {
                builder.person(person.managerKey(), null, null);
            }
        }
        return builder.build();
    }

    public boolean contains(String key) {
        return index.containsKey(key);
    }

    public int size() {
        return keys.length;
    }

    /** The stored record of a person, or null for people outside the chart or built without one. */
    public OrgPerson person(String key) {
        Integer i = index.get(key);
        return i == null ? null : people[i];
    }

    /** The direct manager's key, or null for the top of a tree and for people outside the chart. */
    public String managerOf(String key) {
        Integer i = index.get(key);
        return i == null || manager[i] < 0 ? null : keys[manager[i]];
    }

    public OptionalInt levelOf(String key) {
        Integer i = index.get(key);
        return i == null || !levelKnown[i] ? OptionalInt.empty() : OptionalInt.of(level[i]);
    }

    /** True when {@code upper} is {@code lower}'s manager, or that manager's manager, at any depth. */
    public boolean isAbove(String upper, String lower) {
        Integer u = index.get(upper);
        Integer l = index.get(lower);
        return u != null && l != null && isAbove(u, l);
    }

    /** True when both have the same direct manager (and are not the same person). */
    public boolean sameManager(String a, String b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        return x != null && y != null && !x.equals(y) && manager[x] >= 0 && manager[x] == manager[y];
    }

    /** Direct reports of a person, in the order they were added. */
    public List<String> directReports(String key) {
        Integer i = index.get(key);
        if (i == null) {
            return List.of();
        }
        List<String> reports = new ArrayList<>(childStart[i + 1] - childStart[i]);
        for (int c = childStart[i]; c < childStart[i + 1]; c++) {
            reports.add(keys[children[c]]);
        }
        return Collections.unmodifiableList(reports);
    }

    /** Everyone below a person at any depth, each manager before their own reports; never the person. */
    public Set<String> reportsBelow(String key) {
        Integer i = index.get(key);
        if (i == null) {
            return Set.of();
        }
        Set<String> below = new LinkedHashSet<>();
        for (int e = enter[i] + 1; e < exit[i]; e++) {
            below.add(keys[byEnter[e]]);
        }
        return Collections.unmodifiableSet(below);
    }

    /** The chain of managers above a person, direct manager first, up to the top of the tree. */
    public List<String> managersAbove(String key) {
        Integer i = index.get(key);
        if (i == null) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        for (int m = manager[i]; m >= 0; m = manager[m]) {
            chain.add(keys[m]);
        }
        return Collections.unmodifiableList(chain);
    }

    /** The position of a person for the index-based questions below, or -1 outside the chart. */
    public int indexOf(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    /** {@link #isAbove(String, String)} by position, for hot loops. */
    public boolean isAbove(int upper, int lower) {
        return upper != lower && enter[upper] < enter[lower] && enter[lower] < exit[upper];
    }

    /** {@link #sameManager(String, String)} by position, for hot loops. */
    public boolean sameManager(int a, int b) {
        return a != b && manager[a] >= 0 && manager[a] == manager[b];
    }

    public boolean levelKnown(int i) {
        return levelKnown[i];
    }

    public int level(int i) {
        return level[i];
    }

    /** Collects people in any order; a manager may be added after the people who report to them. */
    public static final class Builder {
        private final List<String> order = new ArrayList<>();
        private final Map<String, Entry> entries = new HashMap<>();

        private Builder() {
        }

        /**
         * @param key        the person's user key
         * @param managerKey the direct manager's user key, or null at the top
         * @param level      seniority level, larger is more senior; null when unknown
         */
        public Builder person(String key, String managerKey, Integer level) {
            return add(key, managerKey, level, null);
        }

        /** A stored person: manager and level from the record, which {@link OrgChart#person} hands back. */
        public Builder person(OrgPerson person) {
            return add(person.userKey(), person.hasManager() ? person.managerKey() : null, person.level(), person);
        }

        private Builder add(String key, String managerKey, Integer level, OrgPerson person) {
            Objects.requireNonNull(key, "key");
            if (key.equals(managerKey)) {
                throw new IllegalArgumentException(key + " cannot manage themself");
            }
            if (entries.put(key, new Entry(managerKey, level, person)) != null) {
                throw new IllegalArgumentException(key + " is in the chart twice");
            }
            order.add(key);
            return this;
        }

        public OrgChart build() {
            return new OrgChart(this);
        }
    }

    private record Entry(String managerKey, Integer level, OrgPerson person) {
    }
}
