package org.tandem.mentoring.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.Mentee;
import org.tandem.mentoring.domain.matching.Mentor;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/**
 * Realistic cohorts from a seed: an organisation with a real reporting hierarchy (a CEO at level 10, spans of
 * control of 4 to 10, about a third of each team managing a team of its own), departments under the CEO's direct
 * reports' reports, an office time zone per department with some people elsewhere, English plus a local language
 * for some, 40 themes with uneven popularity, mentors with capacities 1 to 4, preferences for 20% of mentees and a
 * few exclusions.
 */
final class CohortGenerator {

    private static final int[] ZONES = {-480, -300, 0, 60, 60, 120, 330, 480, 540};
    private static final String[] LOCAL_LANGUAGES = {"es", "es", "en", "de", "fr", "pl", "hi", "zh", "ja"};
    static final int THEMES = 40;

    private final Random random;
    private final int people;
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final List<Integer> managers = new ArrayList<>();
    private final List<Integer> departments = new ArrayList<>();
    private final double[] themeWeight = new double[THEMES];

    CohortGenerator(long seed, int people) {
        this.random = new Random(seed);
        this.people = people;
        for (int t = 0; t < THEMES; t++) {
            themeWeight[t] = 1.0 / Math.pow(t + 1, 0.8);
        }
        growOrganisation();
    }

    private void growOrganisation() {
        add(-1, 10, -1);
        Deque<Integer> managing = new ArrayDeque<>();
        managing.add(0);
        int departmentCount = 0;
        while (keys.size() < people) {
            if (managing.isEmpty()) {
                managing.add(random.nextInt(keys.size()));
            }
            int boss = managing.poll();
            int bossLevel = levels.get(boss);
            if (bossLevel <= 1) {
                continue;
            }
            int span = 4 + random.nextInt(7);
            for (int r = 0; r < span && keys.size() < people; r++) {
                int level = Math.max(1, bossLevel - 1 - (random.nextDouble() < 0.25 ? 1 : 0));
                int depth = depth(boss) + 1;
                int department = depth <= 2 ? departmentCount++ : departments.get(boss);
                int person = add(boss, level, department);
                boolean manages = depth <= 2 || random.nextDouble() < 0.35;
                if (manages && level > 1) {
                    managing.add(person);
                }
            }
        }
    }

    private int depth(int person) {
        int depth = 0;
        for (int p = managers.get(person); p >= 0; p = managers.get(p)) {
            depth++;
        }
        return depth;
    }

    private int add(int manager, int level, int department) {
        int index = keys.size();
        keys.add(String.format("u%05d", index));
        levels.add(level);
        managers.add(manager);
        departments.add(department);
        return index;
    }

    OrgChart orgChart() {
        OrgChart.Builder builder = OrgChart.builder();
        for (int p = 0; p < keys.size(); p++) {
            builder.person(keys.get(p), managers.get(p) < 0 ? null : keys.get(managers.get(p)), levels.get(p));
        }
        return builder.build();
    }

    /** Mentees at levels 1 to 7, mentors at levels 4 and above, never the same person. */
    MatchingRequest request(int menteeCount, int mentorCount, OrgChart chart, MatchingRules rules) {
        List<Integer> order = new ArrayList<>();
        for (int p = 1; p < keys.size(); p++) {
            order.add(p);
        }
        java.util.Collections.shuffle(order, random);
        List<Integer> menteePeople = new ArrayList<>();
        List<Integer> mentorPeople = new ArrayList<>();
        for (int p : order) {
            int level = levels.get(p);
            if (mentorPeople.size() < mentorCount && level >= 4) {
                mentorPeople.add(p);
            } else if (menteePeople.size() < menteeCount && level <= 7) {
                menteePeople.add(p);
            }
            if (menteePeople.size() == menteeCount && mentorPeople.size() == mentorCount) {
                break;
            }
        }
        List<Mentor> mentors = new ArrayList<>();
        for (int p : mentorPeople) {
            Mentor.Builder mentor = Mentor.builder(keys.get(p)).department("dept-" + departments.get(p))
                    .expertise(themes(2 + random.nextInt(4))).capacity(1 + random.nextInt(4))
                    .utcOffsetMinutes(zone(p));
            languages(p).forEach(mentor::languages);
            mentors.add(mentor.build());
        }
        List<Mentee> mentees = new ArrayList<>();
        for (int p : menteePeople) {
            Mentee.Builder mentee = Mentee.builder(keys.get(p)).department("dept-" + departments.get(p))
                    .themes(themes(1 + random.nextInt(3))).utcOffsetMinutes(zone(p));
            languages(p).forEach(mentee::languages);
            if (random.nextDouble() < 0.2) {
                int wanted = 1 + random.nextInt(3);
                List<String> preferred = new ArrayList<>();
                while (preferred.size() < wanted) {
                    String key = mentors.get(popularMentor(mentors.size())).key();
                    if (!preferred.contains(key)) {
                        preferred.add(key);
                    }
                }
                mentee.prefers(preferred);
            }
            if (random.nextDouble() < 0.02) {
                mentee.excludes(mentors.get(random.nextInt(mentors.size())).key());
            }
            mentees.add(mentee.build());
        }
        return new MatchingRequest(mentees, mentors, chart, rules);
    }

    /** Some mentors are asked for far more often than others. */
    private int popularMentor(int count) {
        double u = random.nextDouble();
        return (int) Math.min(count - 1, Math.floor(count * u * u * u));
    }

    private List<String> themes(int count) {
        List<String> chosen = new ArrayList<>();
        double total = 0;
        for (double w : themeWeight) {
            total += w;
        }
        while (chosen.size() < count) {
            double x = random.nextDouble() * total;
            int t = 0;
            while (t < THEMES - 1 && x >= themeWeight[t]) {
                x -= themeWeight[t];
                t++;
            }
            String name = String.format("theme-%02d", t);
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    private int zone(int person) {
        int office = ZONES[Math.floorMod(departments.get(person), ZONES.length)];
        return random.nextDouble() < 0.15 ? ZONES[random.nextInt(ZONES.length)] : office;
    }

    private List<String> languages(int person) {
        List<String> spoken = new ArrayList<>();
        spoken.add("en");
        String local = LOCAL_LANGUAGES[Math.floorMod(departments.get(person), LOCAL_LANGUAGES.length)];
        if (!local.equals("en") && random.nextDouble() < 0.5) {
            spoken.add(local);
        }
        return spoken;
    }
}
