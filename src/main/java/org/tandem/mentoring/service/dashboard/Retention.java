package org.tandem.mentoring.service.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Retention of a programme's mentees against people who took no part, from the org chart: of those in it on the
 * programme's start, the share still in it 3, 6 and 12 months later. {@code start} is null when the programme has no
 * start date. A group's {@code people} is null for a group of fewer than k; a share is null when the day has not
 * come yet or the group (or those who stayed) is smaller than k.
 */
public record Retention(int k, LocalDate start, List<Horizon> horizons, List<Group> groups) {

    /** The months after the start at which retention is read. */
    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    /** A day retention is read on, and whether it has come. */
    public record Horizon(int months, LocalDate day, boolean reached) {
    }

    /** {@code MENTEES} or {@code NON_PARTICIPANTS}: how many, and the share still in the chart at each horizon. */
    public record Group(String group, Integer people, List<Integer> stayedPercent) {
    }
}
