package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class MatchingEnginePropertyTest {

    private final MatchingEngine engine = new MatchingEngine();

    private static MatchingRules randomRules(Random random) {
        MatchingRules rules = MatchingRules.defaults()
                .withObjective(random.nextBoolean() ? Objective.BEST_TOTAL_SCORE : Objective.MOST_MATCHED)
                .withExcludeMenteesReports(random.nextBoolean())
                .withExcludeSameManagerPeers(random.nextBoolean())
                .withReverse(random.nextInt(4) == 0)
                .withIdealSeniorityGap(random.nextInt(4))
                .withMinimumScore(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(15));
        for (Criterion criterion : Criterion.values()) {
            rules = rules.withWeight(criterion, random.nextInt(13));
        }
        return rules;
    }

    @Test
    public void match_shouldNeverBreakAHardRuleAndReachTheBruteForceOptimum() {
        Random random = new Random(424242L);
        for (int round = 0; round < 2000; round++) {
            MatchingRequest request = RandomCohorts.request(random, 1 + random.nextInt(6), 1 + random.nextInt(4),
                    randomRules(random));
            PreparedMatching prepared = engine.prepare(request);
            MatchResult result = prepared.solve();
            String where = "round " + round;

            Map<String, Integer> load = new HashMap<>();
            Map<String, Mentee> mentees = new HashMap<>();
            Map<String, Mentor> mentors = new HashMap<>();
            request.mentees().forEach(m -> mentees.put(m.key(), m));
            request.mentors().forEach(m -> mentors.put(m.key(), m));
            long total = 0;
            for (Proposal proposal : result.proposals()) {
                Mentee mentee = mentees.get(proposal.menteeKey());
                Mentor mentor = mentors.get(proposal.mentorKey());
                assertTrue(where + " " + proposal, RandomCohorts.allowed(request, mentee, mentor));
                assertTrue(where, proposal.score() >= request.rules().minimumScore());
                assertEquals(where, proposal.score(),
                        proposal.breakdown().values().stream().mapToInt(Integer::intValue).sum());
                load.merge(mentor.key(), 1, Integer::sum);
                total += proposal.score();
            }
            load.forEach((key, count) -> assertTrue(where, count <= mentors.get(key).capacity()));
            assertEquals(where, total, result.totalScore());
            assertEquals(where, request.mentees().size(),
                    result.proposals().size() + result.unmatchedMentees().size());

            long[] best = bruteForce(request, prepared);
            assertEquals(where, best[1], result.totalScore());
            if (request.rules().objective() == Objective.MOST_MATCHED) {
                assertEquals(where, best[0], result.matchedCount());
            }
        }
    }

    @Test
    public void match_shouldNeverPairPeopleInEachOthersLineOfAuthorityByDefault() {
        Random random = new Random(97531L);
        int below = 0;
        for (int round = 0; round < 2000; round++) {
            MatchingRules rules = MatchingRules.defaults()
                    .withObjective(random.nextBoolean() ? Objective.BEST_TOTAL_SCORE : Objective.MOST_MATCHED)
                    .withReverse(random.nextInt(4) == 0)
                    .withMinimumScore(0);
            MatchingRequest request = RandomCohorts.request(random, 1 + random.nextInt(6), 1 + random.nextInt(4),
                    rules);
            MatchingRequest relaxed = new MatchingRequest(request.mentees(), request.mentors(), request.orgChart(),
                    rules.withExcludeMenteesReports(false));
            for (Proposal proposal : engine.match(request).proposals()) {
                String mentee = proposal.menteeKey();
                String mentor = proposal.mentorKey();
                assertFalse("round " + round + " " + proposal,
                        request.orgChart().managersAbove(mentee).contains(mentor)
                                || request.orgChart().managersAbove(mentor).contains(mentee));
            }
            for (Proposal proposal : engine.match(relaxed).proposals()) {
                assertFalse("round " + round + " " + proposal,
                        request.orgChart().managersAbove(proposal.menteeKey()).contains(proposal.mentorKey()));
                if (request.orgChart().managersAbove(proposal.mentorKey()).contains(proposal.menteeKey())) {
                    below++;
                }
            }
        }
        assertTrue("the relaxed runs should sometimes pair a mentor below the mentee", below > 0);
    }

    /** Every assignment of mentees to allowed mentors (by the independent rules) that score at least the minimum. */
    private static long[] bruteForce(MatchingRequest request, PreparedMatching prepared) {
        List<Mentee> mentees = request.mentees();
        List<Mentor> mentors = request.mentors();
        int[][] score = new int[mentees.size()][mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                boolean allowed = RandomCohorts.allowed(request, mentees.get(i), mentors.get(j));
                int s = allowed ? prepared.describe(mentees.get(i).key(), mentors.get(j).key()).orElseThrow().score()
                        : -1;
                score[i][j] = s >= request.rules().minimumScore() ? s : -1;
            }
        }
        long[] best = {-1, -1};
        search(request, score, 0, new int[mentors.size()], 0, 0, best);
        return best;
    }

    private static void search(MatchingRequest request, int[][] score, int i, int[] load, int matched, long total,
                               long[] best) {
        if (i == score.length) {
            if (RandomGraphs.better(request.rules().objective(), matched, total, best[0], best[1])) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        search(request, score, i + 1, load, matched, total, best);
        for (int j = 0; j < load.length; j++) {
            if (score[i][j] >= 0 && load[j] < request.mentors().get(j).capacity()) {
                load[j]++;
                search(request, score, i + 1, load, matched + 1, total + score[i][j], best);
                load[j]--;
            }
        }
    }
}
