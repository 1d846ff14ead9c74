package org.tandem.mentoring.domain.orgchart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reporting hierarchy of an organisation: who manages whom, at any depth.
 *
 * <p>Immutable. Built once from the manager of every person and then answers any number of questions, which is
 * what matching needs (the line of authority of every mentee). Cycles in the data (A manages B manages A) end the
 * walk instead of looping: every person is visited at most once.
 */
public final class ReportingLines {

    private final Map<String, String> managerOf;
    private final Map<String, List<String>> reportsOf;

    private ReportingLines(Map<String, String> managerOf, Map<String, List<String>> reportsOf) {
        this.managerOf = managerOf;
        this.reportsOf = reportsOf;
    }

    /** Builds the hierarchy from person to direct manager; people without a manager may be left out. */
    public static ReportingLines of(Map<String, String> managerByPerson) {
        Map<String, String> managerOf = new HashMap<>(managerByPerson.size() * 2);
        Map<String, List<String>> reportsOf = new HashMap<>();
        managerByPerson.forEach((person, manager) -> {
            if (person == null || manager == null || manager.isEmpty()) {
                return;
            }
            managerOf.put(person, manager);
            reportsOf.computeIfAbsent(manager, key -> new ArrayList<>()).add(person);
        });
        reportsOf.replaceAll((manager, reports) -> List.copyOf(reports));
        return new ReportingLines(Collections.unmodifiableMap(managerOf), Collections.unmodifiableMap(reportsOf));
    }

    /** The direct manager, or null. */
    public String managerOf(String userKey) {
        return managerOf.get(userKey);
    }

    /** Direct reports of a person, in no particular order. */
    public List<String> directReports(String userKey) {
        return reportsOf.getOrDefault(userKey, List.of());
    }

    /**
     * Everyone above a person: the direct manager first, then that manager's manager, up to the top. A cycle ends
     * the chain before anyone repeats; the person never appears in their own chain.
     */
    public List<String> managersAbove(String userKey) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(userKey);
        String current = managerOf.get(userKey);
        while (current != null && seen.add(current)) {
            chain.add(current);
            current = managerOf.get(current);
        }
        return Collections.unmodifiableList(chain);
    }

    /**
     * Everyone below a person: all reports at any depth, nearest levels first. A cycle ends the walk; the person
     * never appears among their own reports.
     */
    public Set<String> reportsBelow(String userKey) {
        Set<String> below = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(directReports(userKey));
        while (!queue.isEmpty()) {
            String person = queue.removeFirst();
            if (person.equals(userKey) || !below.add(person)) {
                continue;
            }
            queue.addAll(directReports(person));
        }
        return Collections.unmodifiableSet(below);
    }

    /** True if both people have the same direct manager (and are not the same person). */
    public boolean haveSameManager(String userKey, String otherKey) {
        String manager = managerOf.get(userKey);
        return manager != null && !userKey.equals(otherKey) && manager.equals(managerOf.get(otherKey));
    }

    /** True if {@code candidate} is anywhere in the chain of managers above {@code userKey}. */
    public boolean isInLineOfAuthority(String candidate, String userKey) {
        return managersAbove(userKey).contains(candidate);
    }

    /** Number of people who have a manager. */
    public int size() {
        return managerOf.size();
    }
}
