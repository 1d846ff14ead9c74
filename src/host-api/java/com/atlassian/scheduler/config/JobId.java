// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String value;

    private JobId(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other != null && other.getClass() == getClass() && ((JobId) other).value.equals(value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
