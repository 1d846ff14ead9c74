package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class StableMatcherTest {

    /** Pairs (mentee, mentor) that would both rather be together than with what they got. */
    static List<String> blockingPairs(Map<String, List<String>> menteeRankings,
                                      Map<String, List<String>> mentorRankings, Map<String, Integer> capacity,
                                      List<StablePair> pairs) {
        Map<String, String> mentorOf = new HashMap<>();
        Map<String, List<String>> menteesOf = new HashMap<>();
        for (StablePair pair : pairs) {
            mentorOf.put(pair.menteeKey(), pair.mentorKey());
            menteesOf.computeIfAbsent(pair.mentorKey(), k -> new ArrayList<>()).add(pair.menteeKey());
        }
        List<String> blocking = new ArrayList<>();
        menteeRankings.forEach((mentee, ranked) -> {
            String current = mentorOf.get(mentee);
            int currentRank = current == null ? Integer.MAX_VALUE : ranked.indexOf(current);
            for (int r = 0; r < ranked.size() && r < currentRank; r++) {
                String mentor = ranked.get(r);
                List<String> theirs = mentorRankings.getOrDefault(mentor, List.of());
                int rankByMentor = theirs.indexOf(mentee);
                if (rankByMentor < 0) {
                    continue;
                }
                List<String> held = menteesOf.getOrDefault(mentor, List.of());
                boolean room = held.size() < capacity.getOrDefault(mentor, 1);
                boolean prefers = held.stream().anyMatch(other -> theirs.indexOf(other) > rankByMentor);
                if (room || prefers) {
                    blocking.add(mentee + "-" + mentor);
                }
            }
        });
        return blocking;
    }

    @Test
    public void match_shouldGiveTheMenteeOptimalStableMatching() {
        Map<String, List<String>> mentees = Map.of("a", List.of("x", "y"), "b", List.of("y", "x"));
        Map<String, List<String>> mentors = Map.of("x", List.of("b", "a"), "y", List.of("a", "b"));
        List<StablePair> pairs = StableMatcher.match(mentees, mentors, Map.of());
        assertEquals("a", pairs.get(0).menteeKey());
        assertEquals("x", pairs.get(0).mentorKey());
        assertEquals("y", pairs.get(1).mentorKey());
        assertEquals(1, pairs.get(0).menteeRank());
        assertEquals(2, pairs.get(0).mentorRank());
        assertEquals("mentee's choice no. 1, mentor's choice no. 2",
                EnglishExplanations.format(pairs.get(0).explanation()));
    }

    @Test
    public void match_shouldOnlyPairPeopleWhoRankedEachOtherAndRespectCapacity() {
        Map<String, List<String>> mentees = Map.of("a", List.of("x"), "b", List.of("x"), "c", List.of("x"),
                "d", List.of("y"));
        Map<String, List<String>> mentors = Map.of("x", List.of("c", "b", "a"), "y", List.of("a"));
        List<StablePair> pairs = StableMatcher.match(mentees, mentors, Map.of("x", 2, "y", 1));
        assertEquals(2, pairs.size());
        assertEquals("b", pairs.get(0).menteeKey());
        assertEquals("c", pairs.get(1).menteeKey());
    }

    @Test
    public void match_shouldLeaveNoBlockingPairOnThousandsOfRandomEvents() {
        Random random = new Random(1234L);
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(12);
            int m = 1 + random.nextInt(6);
            Map<String, List<String>> mentees = new HashMap<>();
            Map<String, List<String>> mentors = new HashMap<>();
            Map<String, Integer> capacity = new HashMap<>();
            for (int i = 0; i < n; i++) {
                mentees.put("e" + i, randomRanking(random, "r", m));
            }
            for (int j = 0; j < m; j++) {
                mentors.put("r" + j, randomRanking(random, "e", n));
                capacity.put("r" + j, random.nextInt(4));
            }
            List<StablePair> pairs = StableMatcher.match(mentees, mentors, capacity);
            assertEquals("round " + round, List.of(), blockingPairs(mentees, mentors, capacity, pairs));
            Map<String, Integer> load = new HashMap<>();
            for (StablePair pair : pairs) {
                assertTrue(mentees.get(pair.menteeKey()).contains(pair.mentorKey()));
                assertTrue(mentors.get(pair.mentorKey()).contains(pair.menteeKey()));
                load.merge(pair.mentorKey(), 1, Integer::sum);
            }
            load.forEach((mentor, count) -> assertTrue(count <= capacity.get(mentor)));
            assertEquals(pairs, StableMatcher.match(mentees, mentors, capacity));
        }
    }

    static List<String> randomRanking(Random random, String prefix, int count) {
        List<String> all = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            all.add(prefix + k);
        }
        Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, random.nextInt(count + 1)));
    }
}
