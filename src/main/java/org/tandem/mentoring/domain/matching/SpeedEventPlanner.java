package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/**
 * Plans the rounds of a speed-mentoring (flash) event: in each round every mentee sits at one mentor's table, so
 * that each mentee meets up to {@code rounds} different mentors, never the same mentor twice, never anyone in a
 * line of authority with them (either direction) nor a pair the programme's other hard rules forbid.
 *
 * <p>Each round is an exact b-matching over mentor table places: as many meetings as possible first, then tables as
 * even as possible (a table's second place only fills when it must, and so on), then mentors who have met fewer
 * mentees so far, then shared themes. Deterministic for the same input.
 */
public final class SpeedEventPlanner {

    private static final int MAX_FIT = 3;
    private static final int FAIRNESS_STEP = MAX_FIT + 1;

    private SpeedEventPlanner() {
    }

    public static SpeedSchedule plan(List<Mentee> mentees, List<Mentor> mentors, OrgChart chart, MatchingRules rules,
                                     int rounds) {
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative");
        }
        Cohort cohort = new Cohort(new MatchingRequest(mentees, mentors, chart, rules));
        int n = cohort.mentees.length;
        int m = cohort.mentors.length;
        boolean[][] allowed = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                allowed[i][j] = cohort.violation(i, j, false) == null && !cohort.lineOfAuthority(i, j);
            }
        }
        int[] met = new int[m];
        List<SpeedRound> schedule = new ArrayList<>();
        for (int round = 0; round < rounds && m > 0; round++) {
            int seats = (n + m - 1) / m;
            long perMeeting = MAX_FIT + (long) FAIRNESS_STEP * (rounds + 1);
            long slotStep = perMeeting * n + 1;
            if (slotStep * (seats + 1) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("event too large to plan in one piece");
            }
            int maxMet = 0;
            for (int value : met) {
                maxMet = Math.max(maxMet, value);
            }
            int[] capacity = new int[m * seats];
            Arrays.fill(capacity, 1);
            int[] rowStart = new int[n + 1];
            List<Integer> col = new ArrayList<>();
            List<Integer> score = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (!allowed[i][j]) {
                        continue;
                    }
                    int base = Math.min(MAX_FIT, cohort.sharedThemes(i, j)) + FAIRNESS_STEP * (maxMet - met[j]);
                    for (int s = 0; s < seats; s++) {
                        col.add(j * seats + s);
                        score.add((int) ((seats - s) * slotStep + base));
                    }
                }
                rowStart[i + 1] = col.size();
            }
            ScoreGraph graph = ScoreGraph.wrap(n, capacity, rowStart,
                    col.stream().mapToInt(Integer::intValue).toArray(),
                    score.stream().mapToInt(Integer::intValue).toArray());
            Assignment assignment = BMatchingSolver.solve(graph, Objective.MOST_MATCHED);
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (Mentor mentor : cohort.mentors) {
                tables.put(mentor.key(), new ArrayList<>());
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int slot = assignment.mentorOf(i);
                if (slot < 0) {
                    out.add(cohort.mentees[i].key());
                    continue;
                }
                int j = slot / seats;
                tables.get(cohort.mentors[j].key()).add(cohort.mentees[i].key());
                allowed[i][j] = false;
                met[j]++;
            }
            schedule.add(new SpeedRound(tables, out));
        }
        return new SpeedSchedule(schedule);
    }
}
