package org.tandem.mentoring.domain.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns both sides' rankings after a speed-mentoring event into pairs by mentee-proposing deferred acceptance
 * (Gale-Shapley) with mentor capacities. A pair is possible only when each ranked the other. The result is stable:
 * no mentee and mentor who ranked each other would both rather be together than with what they got. It is the
 * stable matching every mentee likes best. Free mentees propose in key order, so the result is deterministic.
 */
public final class StableMatcher {

    private StableMatcher() {
    }

    /**
     * @param menteeRankings mentee key to mentor keys, most wanted first
     * @param mentorRankings mentor key to mentee keys, most wanted first
     * @param capacity       mentor key to the number of mentees the mentor takes (missing means 1)
     * @return pairs ordered by mentee key
     */
    public static List<StablePair> match(Map<String, List<String>> menteeRankings,
                                         Map<String, List<String>> mentorRankings, Map<String, Integer> capacity) {
        Map<String, Map<String, Integer>> mentorRank = new HashMap<>();
        mentorRankings.forEach((mentor, ranked) -> mentorRank.put(mentor, ranks(ranked)));
        Map<String, Map<String, Integer>> menteeRank = new HashMap<>();
        menteeRankings.forEach((mentee, ranked) -> menteeRank.put(mentee, ranks(ranked)));

        Map<String, Integer> next = new HashMap<>();
        Map<String, List<String>> held = new HashMap<>();
        Deque<String> free = new ArrayDeque<>(new TreeMap<>(menteeRankings).keySet());
        while (!free.isEmpty()) {
            String mentee = free.poll();
            List<String> ranked = menteeRankings.get(mentee);
            int position = next.getOrDefault(mentee, 0);
            boolean placed = false;
            while (position < ranked.size() && !placed) {
                String mentor = ranked.get(position++);
                Map<String, Integer> order = mentorRank.getOrDefault(mentor, Map.of());
                Integer rankByMentor = order.get(mentee);
                int places = capacity.getOrDefault(mentor, 1);
                if (rankByMentor == null || places <= 0) {
                    continue;
                }
                List<String> holding = held.computeIfAbsent(mentor, k -> new ArrayList<>());
                if (holding.size() < places) {
                    holding.add(mentee);
                    placed = true;
                    continue;
                }
                String worst = holding.get(0);
                for (String candidate : holding) {
                    if (order.get(candidate) > order.get(worst)) {
                        worst = candidate;
                    }
                }
                if (rankByMentor < order.get(worst)) {
                    holding.remove(worst);
                    holding.add(mentee);
                    placed = true;
                    free.addFirst(worst);
                }
            }
            next.put(mentee, position);
        }
        TreeMap<String, StablePair> pairs = new TreeMap<>();
        held.forEach((mentor, mentees) -> {
            for (String mentee : mentees) {
                int menteeChoice = menteeRank.get(mentee).get(mentor) + 1;
                int mentorChoice = mentorRank.get(mentor).get(mentee) + 1;
                pairs.put(mentee, new StablePair(mentee, mentor, menteeChoice, mentorChoice, new Explanation(List.of(
                        Explanation.Part.of(EnglishExplanations.SPEED_MUTUAL_CHOICE, menteeChoice, mentorChoice)))));
            }
        });
        return List.copyOf(pairs.values());
    }

    private static Map<String, Integer> ranks(List<String> ranked) {
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < ranked.size(); r++) {
            rank.putIfAbsent(ranked.get(r), r);
        }
        return rank;
    }
}
