package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The reporting hierarchy as the matching engine sees it: each person's user key, the key of the direct manager
 * (none for the top of a tree) and a seniority level (a larger number is more senior).
 *
 * <p>Immutable. "Is A in B's line of authority" is answered in constant time from a depth-first numbering of the
 * forest, so the engine can test millions of candidate pairs cheaply.
 */
public final class OrgChart {

    private static final OrgChart EMPTY = new Builder().build();

    private final Map<String, Integer> index;
    private final String[] keys;
    private final int[] manager;
    private final int[] level;
    private final boolean[] levelKnown;
    private final int[] enter;
    private final int[] exit;

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
        for (int i = 0; i < n; i++) {
            Entry entry = builder.entries.get(keys[i]);
            Integer boss = entry.managerKey == null ? null : index.get(entry.managerKey);
            if (entry.managerKey != null && boss == null) {
                throw new IllegalArgumentException("manager " + entry.managerKey + " of " + keys[i] + " is not in the chart");
            }
            manager[i] = boss == null ? -1 : boss;
            level[i] = entry.level == null ? 0 : entry.level;
            levelKnown[i] = entry.level != null;
        }
        this.enter = new int[n];
        this.exit = new int[n];
        number(n);
    }

    /** Numbers the forest depth-first without recursion; rejects cycles. */
    private void number(int n) {
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (manager[i] >= 0) {
                childCount[manager[i]]++;
            }
        }
        int[] childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            childStart[i + 1] = childStart[i] + childCount[i];
        }
        int[] children = new int[Math.max(1, childStart[n])];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (manager[i] >= 0) {
                children[fill[manager[i]]++] = i;
            }
        }
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
            enter[root] = clock++;
            next[root] = childStart[root];
            while (top > 0) {
                int node = stack[top - 1];
                if (next[node] < childStart[node + 1]) {
                    int child = children[next[node]++];
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
                throw new IllegalArgumentException("the reporting lines of " + keys[i] + " form a cycle");
            }
        }
    }

    public static OrgChart empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean contains(String key) {
        return index.containsKey(key);
    }

    public int size() {
        return keys.length;
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

    /** The chain of managers above a person, nearest first. */
    public List<String> chainAbove(String key) {
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

    int indexOf(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    boolean isAbove(int upper, int lower) {
        return upper != lower && enter[upper] < enter[lower] && enter[lower] < exit[upper];
    }

    boolean sameManager(int a, int b) {
        return a != b && manager[a] >= 0 && manager[a] == manager[b];
    }

    boolean levelKnown(int i) {
        return levelKnown[i];
    }

    int level(int i) {
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
            Objects.requireNonNull(key, "key");
            if (key.equals(managerKey)) {
                throw new IllegalArgumentException(key + " cannot manage themself");
            }
            if (entries.put(key, new Entry(managerKey, level)) != null) {
                throw new IllegalArgumentException(key + " is in the chart twice");
            }
            order.add(key);
            return this;
        }

        public OrgChart build() {
            return new OrgChart(this);
        }
    }

    private record Entry(String managerKey, Integer level) {
    }
}
