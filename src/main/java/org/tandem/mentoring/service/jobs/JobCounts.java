package org.tandem.mentoring.service.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What a day's work did, as named counts in the order they were first added ("sent=3, skipped=1"). */
public final class JobCounts {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public JobCounts add(String name, int by) {
        counts.merge(name, by, Integer::sum);
        return this;
    }

    public JobCounts add(JobCounts other) {
        other.counts.forEach(this::add);
        return this;
    }

    public int get(String name) {
        return counts.getOrDefault(name, 0);
    }

    @Override
    public String toString() {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
