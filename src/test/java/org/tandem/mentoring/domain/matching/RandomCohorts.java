package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/** Random small organisations and cohorts for property tests. */
final class RandomCohorts {

    private static final String[] THEMES = {"delegation", "conflict", "presenting", "feedback", "strategy", "data"};

    private RandomCohorts() {
    }

    /** A random forest of {@code people} people keyed p0..; levels fall with depth, a few are unknown. */
    static OrgChart orgChart(Random random, int people) {
        OrgChart.Builder builder = OrgChart.builder();
        int[] level = new int[people];
        for (int p = 0; p < people; p++) {
            int manager = p == 0 || random.nextInt(8) == 0 ? -1 : random.nextInt(p);
            level[p] = manager < 0 ? 6 + random.nextInt(3) : Math.max(0, level[manager] - 1 - random.nextInt(2));
            builder.person("p" + p, manager < 0 ? null : "p" + manager, random.nextInt(15) == 0 ? null : level[p]);
        }
        return builder.build();
    }

    static MatchingRequest request(Random random, int mentees, int mentors, MatchingRules rules) {
        int people = mentees + mentors + 4;
        OrgChart chart = orgChart(random, people);
        List<Mentor> mentorList = new ArrayList<>();
        for (int j = 0; j < mentors; j++) {
            Mentor.Builder mentor = Mentor.builder(key(random, people)).capacity(random.nextInt(4))
                    .department("d" + random.nextInt(3)).expertise(themes(random, 1 + random.nextInt(3)))
                    .languages(random.nextBoolean() ? "en" : "de").utcOffsetMinutes(60 * (random.nextInt(5) - 2));
            if (random.nextInt(5) == 0) {
                mentor.excludes(key(random, people));
            }
            if (random.nextInt(4) == 0) {
                mentor.prefers(key(random, people), key(random, people));
            }
            mentorList.add(mentor.build());
        }
        List<Mentee> menteeList = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            Mentee.Builder mentee = Mentee.builder(key(random, people)).department("d" + random.nextInt(3))
                    .themes(themes(random, 1 + random.nextInt(3))).languages(random.nextBoolean() ? "en" : "fr")
                    .utcOffsetMinutes(random.nextInt(6) == 0 ? null : 60 * (random.nextInt(5) - 2));
            if (random.nextInt(5) == 0) {
                mentee.excludes(key(random, people));
            }
            if (random.nextInt(3) == 0) {
                mentee.prefers(mentorList.get(random.nextInt(mentors)).key());
            }
            menteeList.add(mentee.build());
        }
        dedupe(menteeList, mentorList);
        return new MatchingRequest(menteeList, mentorList, chart, rules);
    }

    private static void dedupe(List<Mentee> mentees, List<Mentor> mentors) {
        Set<String> seen = new HashSet<>();
        mentees.removeIf(m -> !seen.add(m.key()));
        seen.clear();
        mentors.removeIf(m -> !seen.add(m.key()));
    }

    private static String key(Random random, int people) {
        return random.nextInt(20) == 0 ? "guest" + random.nextInt(3) : "p" + random.nextInt(people);
    }

    private static List<String> themes(Random random, int count) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String theme = THEMES[random.nextInt(THEMES.length)];
            if (!chosen.contains(theme)) {
                chosen.add(theme);
            }
        }
        return chosen;
    }

    /** The hard rules written out again from the public org chart API, independently of the engine. */
    static boolean allowed(MatchingRequest request, Mentee mentee, Mentor mentor) {
        OrgChart chart = request.orgChart();
        MatchingRules rules = request.rules();
        String a = mentee.key();
        String b = mentor.key();
        if (a.equals(b) || mentee.excluded().contains(b) || mentor.excluded().contains(a) || mentor.capacity() == 0) {
            return false;
        }
        // neither in the other's line of authority; only the downward half (a mentor below the mentee) may be relaxed
        boolean mentorAbove = chart.managersAbove(a).contains(b);
        boolean mentorBelow = chart.managersAbove(b).contains(a);
        boolean downRelaxed = !rules.excludeMenteesReports();
        if (mentorAbove || (mentorBelow && !downRelaxed)) {
            return false;
        }
        String managerA = chart.managerOf(a);
        if (rules.excludeSameManagerPeers() && managerA != null && managerA.equals(chart.managerOf(b))) {
            return false;
        }
        if (rules.reverse()) {
            return chart.levelOf(a).isPresent() && chart.levelOf(b).isPresent()
                    && chart.levelOf(b).getAsInt() < chart.levelOf(a).getAsInt();
        }
        return true;
    }
}
