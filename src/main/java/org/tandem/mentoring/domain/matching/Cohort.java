package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/**
 * A matching request turned into arrays: both sides sorted by key (so the result never depends on input order),
 * themes and languages as bit sets, departments and org chart positions as ints. Holds the one implementation of
 * the hard rules and of the scoring, used both for the whole score graph and for a single pair's explanation.
 */
final class Cohort {

    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int MINUTES_AT_NO_POINTS = 12 * 60;
    private static final int LEVELS_AT_NO_POINTS = 3;
    private final Criterion[] criteria = Criterion.values();

    final Mentee[] mentees;
    final Mentor[] mentors;
    final MatchingRules rules;
    private final OrgChart chart;
    private final Map<String, Integer> menteeIndex = new HashMap<>();
    private final Map<String, Integer> mentorIndex = new HashMap<>();
    private final int[] weight = new int[criteria.length];
    /** For each mentee, the mentor index of the same person, or -1. */
    private final int[] sameAsMentor;

    private final int words;
    private final long[] menteeThemes;
    private final long[] mentorThemes;
    private final int languageWords;
    private final long[] menteeLanguages;
    private final long[] mentorLanguages;
    private final int[] menteeDepartment;
    private final int[] mentorDepartment;
    private final int[] menteeZone;
    private final int[] mentorZone;
    private final int[] menteeOrg;
    private final int[] mentorOrg;
    private final int[][] menteePreferences;
    private final int[][] mentorPreferences;
    private final int[][] menteeExclusions;
    private final int[][] mentorExclusions;

    Cohort(MatchingRequest request) {
        this.rules = request.rules();
        this.chart = request.orgChart();
        this.mentees = request.mentees().toArray(new Mentee[0]);
        this.mentors = request.mentors().toArray(new Mentor[0]);
        Arrays.sort(mentees, Comparator.comparing(Mentee::key));
        Arrays.sort(mentors, Comparator.comparing(Mentor::key));
        for (int i = 0; i < mentees.length; i++) {
            if (menteeIndex.put(mentees[i].key(), i) != null) {
                throw new IllegalArgumentException("mentee " + mentees[i].key() + " is listed twice");
            }
        }
        for (int j = 0; j < mentors.length; j++) {
            if (mentorIndex.put(mentors[j].key(), j) != null) {
                throw new IllegalArgumentException("mentor " + mentors[j].key() + " is listed twice");
            }
        }
        for (Criterion criterion : criteria) {
            weight[criterion.ordinal()] = rules.weight(criterion);
        }
        this.sameAsMentor = new int[mentees.length];
        for (int i = 0; i < mentees.length; i++) {
            sameAsMentor[i] = mentorIndex.getOrDefault(mentees[i].key(), -1);
        }

        Map<String, Integer> themeIds = new HashMap<>();
        Map<String, Integer> languageIds = new HashMap<>();
        Map<String, Integer> departmentIds = new HashMap<>();
        for (Mentee mentee : mentees) {
            mentee.themes().forEach(t -> themeIds.putIfAbsent(t, themeIds.size()));
            mentee.languages().forEach(l -> languageIds.putIfAbsent(l, languageIds.size()));
        }
        for (Mentor mentor : mentors) {
            mentor.expertise().forEach(t -> themeIds.putIfAbsent(t, themeIds.size()));
            mentor.languages().forEach(l -> languageIds.putIfAbsent(l, languageIds.size()));
        }
        this.words = Math.max(1, (themeIds.size() + 63) / 64);
        this.languageWords = Math.max(1, (languageIds.size() + 63) / 64);
        int n = mentees.length;
        int m = mentors.length;
        menteeThemes = new long[n * words];
        mentorThemes = new long[m * words];
        menteeLanguages = new long[n * languageWords];
        mentorLanguages = new long[m * languageWords];
        menteeDepartment = new int[n];
        mentorDepartment = new int[m];
        menteeZone = new int[n];
        mentorZone = new int[m];
        menteeOrg = new int[n];
        mentorOrg = new int[m];
        menteePreferences = new int[n][];
        mentorPreferences = new int[m][];
        menteeExclusions = new int[n][];
        mentorExclusions = new int[m][];
        for (int i = 0; i < n; i++) {
            Mentee mentee = mentees[i];
            setBits(menteeThemes, i * words, mentee.themes(), themeIds);
            setBits(menteeLanguages, i * languageWords, mentee.languages(), languageIds);
            menteeDepartment[i] = department(mentee.department(), departmentIds);
            menteeZone[i] = mentee.utcOffsetMinutes() == null ? UNKNOWN : mentee.utcOffsetMinutes();
            menteeOrg[i] = chart.indexOf(mentee.key());
            menteePreferences[i] = indices(mentee.preferredMentors(), mentorIndex);
            menteeExclusions[i] = indices(List.copyOf(mentee.excluded()), mentorIndex);
        }
        for (int j = 0; j < m; j++) {
            Mentor mentor = mentors[j];
            setBits(mentorThemes, j * words, mentor.expertise(), themeIds);
            setBits(mentorLanguages, j * languageWords, mentor.languages(), languageIds);
            mentorDepartment[j] = department(mentor.department(), departmentIds);
            mentorZone[j] = mentor.utcOffsetMinutes() == null ? UNKNOWN : mentor.utcOffsetMinutes();
            mentorOrg[j] = chart.indexOf(mentor.key());
            mentorPreferences[j] = indices(mentor.preferredMentees(), menteeIndex);
            mentorExclusions[j] = indices(List.copyOf(mentor.excluded()), menteeIndex);
        }
    }

    private static void setBits(long[] bits, int offset, Set<String> values, Map<String, Integer> ids) {
        for (String value : values) {
            int id = ids.get(value);
            bits[offset + (id >>> 6)] |= 1L << (id & 63);
        }
    }

    private static int department(String name, Map<String, Integer> ids) {
        return name == null ? UNKNOWN : ids.computeIfAbsent(name, k -> ids.size());
    }

    private static int[] indices(List<String> keys, Map<String, Integer> index) {
        return keys.stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
    }

    Integer menteeIndex(String key) {
        return menteeIndex.get(key);
    }

    Integer mentorIndex(String key) {
        return mentorIndex.get(key);
    }

    /** The first hard rule that forbids the pair, or null when the pair is allowed. Capacity is the solver's job. */
    HardRule violation(int i, int j) {
        return violation(i, j, true);
    }

    /** As {@link #violation(int, int)}; without the capacity rule when {@code withCapacity} is false. */
    HardRule violation(int i, int j, boolean withCapacity) {
        if (sameAsMentor[i] == j) {
            return HardRule.SELF;
        }
        if (contains(menteeExclusions[i], j)) {
            return HardRule.EXCLUDED_BY_MENTEE;
        }
        if (contains(mentorExclusions[j], i)) {
            return HardRule.EXCLUDED_BY_MENTOR;
        }
        if (withCapacity && mentors[j].capacity() == 0) {
            return HardRule.NO_CAPACITY;
        }
        int a = menteeOrg[i];
        int b = mentorOrg[j];
        boolean bothInChart = a >= 0 && b >= 0;
        if (bothInChart && chart.isAbove(b, a)) {
            return HardRule.MENTEE_LINE_OF_AUTHORITY;
        }
        if (rules.excludeMenteesReports() && bothInChart && chart.isAbove(a, b)) {
            return HardRule.MENTEES_OWN_REPORT;
        }
        if (rules.excludeSameManagerPeers() && bothInChart && chart.sameManager(a, b)) {
            return HardRule.SAME_MANAGER_PEER;
        }
        if (rules.reverse() && !(bothInChart && chart.levelKnown(a) && chart.levelKnown(b)
                && chart.level(b) < chart.level(a))) {
            return HardRule.REVERSE_MENTOR_NOT_JUNIOR;
        }
        return null;
    }

    /** True when either of the two is above the other in the org chart. */
    boolean lineOfAuthority(int i, int j) {
        int a = menteeOrg[i];
        int b = mentorOrg[j];
        return a >= 0 && b >= 0 && (chart.isAbove(a, b) || chart.isAbove(b, a));
    }

    /** Shared themes between mentee and mentor. */
    int sharedThemes(int i, int j) {
        return sharedBits(menteeThemes, i * words, mentorThemes, j * words, words);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The total score of an allowed pair: the sum of {@link #points} over all criteria. */
    int score(int i, int j) {
        int total = 0;
        for (Criterion criterion : criteria) {
            if (weight[criterion.ordinal()] != 0) {
                total += points(i, j, criterion);
            }
        }
        return total;
    }

    int points(int i, int j, Criterion criterion) {
        int w = weight[criterion.ordinal()];
        switch (criterion) {
            case THEME_FIT:
                return w * sharedBits(menteeThemes, i * words, mentorThemes, j * words, words);
            case PREFERENCE:
                return rankPoints(w, menteePreferences[i], j) + rankPoints(w, mentorPreferences[j], i);
            case CROSS_DEPARTMENT:
                return menteeDepartment[i] != UNKNOWN && mentorDepartment[j] != UNKNOWN
                        && menteeDepartment[i] != mentorDepartment[j] ? w : 0;
            case LANGUAGE:
                return sharedBits(menteeLanguages, i * languageWords, mentorLanguages, j * languageWords,
                        languageWords) > 0 ? w : 0;
            case TIME_ZONE: {
                int apart = zoneDistance(i, j);
                return apart < 0 ? 0 : w * (MINUTES_AT_NO_POINTS - Math.min(MINUTES_AT_NO_POINTS, apart))
                        / MINUTES_AT_NO_POINTS;
            }
            case SENIORITY_GAP: {
                Integer gap = seniorityGap(i, j);
                if (gap == null) {
                    return 0;
                }
                int ideal = rules.reverse() ? -rules.idealSeniorityGap() : rules.idealSeniorityGap();
                int off = Math.min(LEVELS_AT_NO_POINTS, Math.abs(gap - ideal));
                return w * (LEVELS_AT_NO_POINTS - off) / LEVELS_AT_NO_POINTS;
            }
            default:
                throw new IllegalStateException(criterion.name());
        }
    }

    private static int sharedBits(long[] a, int offsetA, long[] b, int offsetB, int length) {
        int shared = 0;
        for (int k = 0; k < length; k++) {
            shared += Long.bitCount(a[offsetA + k] & b[offsetB + k]);
        }
        return shared;
    }

    /** Weight times (length - rank) / length for a stated choice at the 0-based rank, 0 when not stated. */
    private static int rankPoints(int w, int[] ranked, int candidate) {
        for (int rank = 0; rank < ranked.length; rank++) {
            if (ranked[rank] == candidate) {
                return w * (ranked.length - rank) / ranked.length;
            }
        }
        return 0;
    }

    private static int rankOf(int[] ranked, int candidate) {
        for (int rank = 0; rank < ranked.length; rank++) {
            if (ranked[rank] == candidate) {
                return rank + 1;
            }
        }
        return 0;
    }

    /** Minutes between the two time zones, or -1 when one is unknown. */
    private int zoneDistance(int i, int j) {
        if (menteeZone[i] == UNKNOWN || mentorZone[j] == UNKNOWN) {
            return -1;
        }
        return Math.abs(menteeZone[i] - mentorZone[j]);
    }

    /** Mentor level minus mentee level, or null when either is unknown. */
    private Integer seniorityGap(int i, int j) {
        int a = menteeOrg[i];
        int b = mentorOrg[j];
        if (a < 0 || b < 0 || !chart.levelKnown(a) || !chart.levelKnown(b)) {
            return null;
        }
        return chart.level(b) - chart.level(a);
    }

    Map<Criterion, Integer> breakdown(int i, int j) {
        EnumMap<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        for (Criterion criterion : criteria) {
            points.put(criterion, points(i, j, criterion));
        }
        return points;
    }

    /** One clause per criterion that scored, in criterion order. */
    Explanation explain(int i, int j, Map<Criterion, Integer> breakdown) {
        List<Explanation.Part> parts = new ArrayList<>();
        Mentee mentee = mentees[i];
        Mentor mentor = mentors[j];
        if (breakdown.get(Criterion.THEME_FIT) > 0) {
            List<String> shared = new ArrayList<>();
            for (String theme : mentee.themes()) {
                if (mentor.expertise().contains(theme)) {
                    shared.add(theme);
                }
            }
            parts.add(Explanation.Part.of(EnglishExplanations.THEMES, shared.size(), String.join(", ", shared)));
        }
        if (breakdown.get(Criterion.PREFERENCE) > 0) {
            int menteeRank = rankOf(menteePreferences[i], j);
            int mentorRank = rankOf(mentorPreferences[j], i);
            if (menteeRank > 0) {
                parts.add(Explanation.Part.of(EnglishExplanations.MENTEE_PREFERENCE, menteeRank));
            }
            if (mentorRank > 0) {
                parts.add(Explanation.Part.of(EnglishExplanations.MENTOR_PREFERENCE, mentorRank));
            }
        }
        if (breakdown.get(Criterion.CROSS_DEPARTMENT) > 0) {
            parts.add(Explanation.Part.of(EnglishExplanations.OTHER_DEPARTMENT));
        }
        if (breakdown.get(Criterion.LANGUAGE) > 0) {
            String language = mentee.languages().stream().filter(mentor.languages()::contains).findFirst()
                    .orElse("");
            parts.add(Explanation.Part.of(EnglishExplanations.LANGUAGE, language));
        }
        if (breakdown.get(Criterion.TIME_ZONE) > 0) {
            int hours = (zoneDistance(i, j) + 30) / 60;
            parts.add(hours == 0 ? Explanation.Part.of(EnglishExplanations.SAME_TIME_ZONE)
                    : Explanation.Part.of(EnglishExplanations.TIME_ZONE_APART, hours));
        }
        if (breakdown.get(Criterion.SENIORITY_GAP) > 0) {
            int gap = seniorityGap(i, j);
            parts.add(gap > 0 ? Explanation.Part.of(EnglishExplanations.MENTOR_ABOVE, gap)
                    : gap < 0 ? Explanation.Part.of(EnglishExplanations.MENTOR_BELOW, -gap)
                    : Explanation.Part.of(EnglishExplanations.SAME_LEVEL));
        }
        if (parts.isEmpty()) {
            parts.add(Explanation.Part.of(EnglishExplanations.NO_PARTICULAR_FIT));
        }
        return new Explanation(parts);
    }
}
