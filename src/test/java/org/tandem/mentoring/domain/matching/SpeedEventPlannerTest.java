package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgChart;

public class SpeedEventPlannerTest {

    private static List<Mentee> mentees(int count) {
        List<Mentee> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(Mentee.builder("e" + i).themes("t" + (i % 3)).build());
        }
        return list;
    }

    private static List<Mentor> mentors(int count) {
        List<Mentor> list = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            list.add(Mentor.builder("r" + j).expertise("t" + (j % 3)).build());
        }
        return list;
    }

    @Test
    public void plan_shouldKeepTablesEvenAndLetEveryMenteeMeetNewMentorsEachRound() {
        SpeedSchedule schedule = SpeedEventPlanner.plan(mentees(10), mentors(4), OrgChart.empty(),
                MatchingRules.defaults(), 3);
        assertEquals(3, schedule.rounds().size());
        Map<String, Integer> perMentor = new HashMap<>();
        for (SpeedRound round : schedule.rounds()) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (List<String> table : round.tables().values()) {
                min = Math.min(min, table.size());
                max = Math.max(max, table.size());
            }
            assertTrue("tables " + round.tables(), max - min <= 1);
            assertEquals(List.of(), round.sittingOut());
            round.tables().forEach((mentor, table) -> perMentor.merge(mentor, table.size(), Integer::sum));
        }
        assertEquals(30, schedule.meetings().size());
        assertEquals(30, new HashSet<>(schedule.meetings()).size());
        int least = Collections.min(perMentor.values());
        int most = Collections.max(perMentor.values());
        assertTrue("meetings per mentor " + perMentor, most - least <= 1);
    }

    @Test
    public void plan_shouldNeverRepeatAPairNorSeatPeopleInALineOfAuthority() {
        Random random = new Random(77L);
        for (int event = 0; event < 300; event++) {
            MatchingRequest request = RandomCohorts.request(random, 1 + random.nextInt(14), 1 + random.nextInt(5),
                    MatchingRules.defaults());
            int rounds = 1 + random.nextInt(5);
            SpeedSchedule schedule = SpeedEventPlanner.plan(request.mentees(), request.mentors(), request.orgChart(),
                    request.rules(), rounds);
            OrgChart chart = request.orgChart();
            Set<List<String>> seen = new HashSet<>();
            Map<String, Integer> meetings = new HashMap<>();
            for (SpeedRound round : schedule.rounds()) {
                Set<String> seated = new HashSet<>(round.sittingOut());
                round.tables().forEach((mentor, table) -> {
                    for (String mentee : table) {
                        assertTrue("twice: " + mentee + " " + mentor, seen.add(List.of(mentee, mentor)));
                        assertFalse(chart.isAbove(mentor, mentee));
                        assertFalse(chart.isAbove(mentee, mentor));
                        assertFalse(mentee.equals(mentor));
                        assertTrue("seated twice in a round: " + mentee, seated.add(mentee));
                        meetings.merge(mentee, 1, Integer::sum);
                    }
                });
                assertEquals(request.mentees().size(), seated.size());
            }
            meetings.values().forEach(count -> assertTrue(count <= rounds));
        }
    }

    @Test
    public void event_shouldEndInStablePairsOfPeopleWhoMet() {
        Random random = new Random(11L);
        List<Mentee> mentees = mentees(12);
        List<Mentor> mentors = new ArrayList<>();
        Map<String, Integer> capacity = new HashMap<>();
        for (int j = 0; j < 5; j++) {
            int places = 1 + random.nextInt(3);
            mentors.add(Mentor.builder("r" + j).capacity(places).build());
            capacity.put("r" + j, places);
        }
        SpeedSchedule schedule = SpeedEventPlanner.plan(mentees, mentors, OrgChart.empty(), MatchingRules.defaults(),
                4);
        Map<String, List<String>> menteeRankings = new HashMap<>();
        Map<String, List<String>> mentorRankings = new HashMap<>();
        for (List<String> meeting : schedule.meetings()) {
            menteeRankings.computeIfAbsent(meeting.get(0), k -> new ArrayList<>()).add(meeting.get(1));
            mentorRankings.computeIfAbsent(meeting.get(1), k -> new ArrayList<>()).add(meeting.get(0));
        }
        menteeRankings.values().forEach(list -> Collections.shuffle(list, random));
        mentorRankings.values().forEach(list -> Collections.shuffle(list, random));
        List<StablePair> pairs = StableMatcher.match(menteeRankings, mentorRankings, capacity);
        assertEquals(List.of(), StableMatcherTest.blockingPairs(menteeRankings, mentorRankings, capacity, pairs));
        Set<List<String>> met = new HashSet<>(schedule.meetings());
        for (StablePair pair : pairs) {
            assertTrue(met.contains(List.of(pair.menteeKey(), pair.mentorKey())));
        }
        assertTrue(pairs.size() >= 5);
    }

    @Test
    public void plan_shouldSeatMenteesOutOnceTheyHaveMetEveryoneTheyMay() {
        List<Mentee> list = List.of(Mentee.builder("e0").excludes("r1").build(), Mentee.builder("e1").build());
        SpeedSchedule schedule = SpeedEventPlanner.plan(list, mentors(2), OrgChart.empty(), MatchingRules.defaults(),
                3);
        assertEquals(List.of(), schedule.rounds().get(0).sittingOut());
        assertEquals(List.of("e0"), schedule.rounds().get(1).sittingOut());
        assertEquals(List.of(List.of("e0", "r0")), schedule.meetings().stream()
                .filter(meeting -> meeting.get(0).equals("e0")).toList());
        assertEquals(List.of("e0", "e1"), schedule.rounds().get(2).sittingOut());
        assertEquals(3, schedule.meetings().size());
    }

    @Test
    public void plan_shouldGiveTheSameScheduleEveryTime() {
        SpeedSchedule first = SpeedEventPlanner.plan(mentees(9), mentors(4), OrgChart.empty(),
                MatchingRules.defaults(), 3);
        List<Mentee> shuffled = new ArrayList<>(mentees(9));
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(first, SpeedEventPlanner.plan(shuffled, mentors(4), OrgChart.empty(), MatchingRules.defaults(),
                3));
    }
}
