package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgChartTest;
import org.tandem.mentoring.domain.orgchart.OrgChart;

public class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine();

    private static MatchingRules themesOnly() {
        MatchingRules rules = MatchingRules.defaults();
        for (Criterion criterion : Criterion.values()) {
            rules = rules.withWeight(criterion, criterion == Criterion.THEME_FIT ? 10 : 0);
        }
        return rules;
    }

    private static Mentee mentee(String key, String... themes) {
        return Mentee.builder(key).themes(themes).build();
    }

    private static Mentor mentor(String key, int capacity, String... expertise) {
        return Mentor.builder(key).capacity(capacity).expertise(expertise).build();
    }

    private Optional<HardRule> check(MatchingRules rules, Mentee mentee, Mentor mentor) {
        MatchingRequest request = new MatchingRequest(List.of(mentee), List.of(mentor), OrgChartTest.sample(), rules);
        return engine.prepare(request).check(mentee.key(), mentor.key());
    }

    private Optional<HardRule> check(MatchingRules rules, String menteeKey, String mentorKey) {
        return check(rules, mentee(menteeKey, "t"), mentor(mentorKey, 1, "t"));
    }

    private static Map<String, String> pairs(MatchResult result) {
        return result.proposals().stream().collect(Collectors.toMap(Proposal::menteeKey, Proposal::mentorKey));
    }

    @Test
    public void check_shouldForbidTheManagerAndEveryoneAboveAtAnyDepth() {
        MatchingRules rules = themesOnly();
        assertEquals(Optional.of(HardRule.MENTEE_LINE_OF_AUTHORITY), check(rules, "ann", "lead"));
        assertEquals(Optional.of(HardRule.MENTEE_LINE_OF_AUTHORITY), check(rules, "ann", "vp1"));
        assertEquals(Optional.of(HardRule.MENTEE_LINE_OF_AUTHORITY), check(rules, "ann", "ceo"));
        assertEquals(Optional.empty(), check(rules, "ann", "vp2"));
        assertEquals(Optional.empty(), check(rules, "ann", "cleo"));
    }

    @Test
    public void match_shouldLeaveAMenteeUnmatchedRatherThanPairThemWithTheirLineOfAuthority() {
        MatchingRequest request = new MatchingRequest(List.of(mentee("ann", "t")),
                List.of(mentor("lead", 1, "t"), mentor("vp1", 1, "t"), mentor("ceo", 1, "t")), OrgChartTest.sample(),
                themesOnly().withObjective(Objective.MOST_MATCHED).withMinimumScore(0));
        MatchResult result = engine.match(request);
        assertEquals(List.of(), result.proposals());
        assertEquals(List.of("ann"), result.unmatchedMentees());
    }

    @Test
    public void check_shouldForbidTheMenteesOwnReportsAtAnyDepthUnlessRelaxed() {
        MatchingRules relaxed = themesOnly().withExcludeMenteesReports(false);
        assertEquals(Optional.empty(), check(relaxed, "lead", "ann"));
        assertEquals(Optional.empty(), check(relaxed, "ceo", "ann"));
        MatchingRules strict = themesOnly();
        assertEquals(Optional.of(HardRule.MENTEES_OWN_REPORT), check(strict, "lead", "ann"));
        assertEquals(Optional.of(HardRule.MENTEES_OWN_REPORT), check(strict, "ceo", "ann"));
        assertEquals(Optional.empty(), check(strict, "vp2", "ann"));
    }

    @Test
    public void check_shouldForbidSameManagerPeersOnlyWhenAsked() {
        assertEquals(Optional.empty(), check(themesOnly(), "ann", "ben"));
        MatchingRules strict = themesOnly().withExcludeSameManagerPeers(true);
        assertEquals(Optional.of(HardRule.SAME_MANAGER_PEER), check(strict, "ann", "ben"));
        assertEquals(Optional.empty(), check(strict, "ann", "cleo"));
    }

    @Test
    public void check_shouldNeedAJuniorMentorWithKnownLevelsInReverseProgrammes() {
        MatchingRules reverse = themesOnly().withReverse(true);
        assertEquals(Optional.empty(), check(reverse, "vp1", "dan"));
        assertEquals(Optional.of(HardRule.REVERSE_MENTOR_NOT_JUNIOR), check(reverse, "cleo", "dan"));
        assertEquals(Optional.of(HardRule.REVERSE_MENTOR_NOT_JUNIOR), check(reverse, "ann", "vp2"));
        assertEquals(Optional.of(HardRule.REVERSE_MENTOR_NOT_JUNIOR), check(reverse, "vp1", "outsider"));
        assertEquals(Optional.empty(), check(themesOnly(), "ann", "vp2"));
    }

    @Test
    public void check_shouldRespectExclusionsFromEitherSide() {
        Mentee ann = Mentee.builder("ann").themes("t").excludes("dan").build();
        assertEquals(Optional.of(HardRule.EXCLUDED_BY_MENTEE), check(themesOnly(), ann, mentor("dan", 1, "t")));
        Mentor dan = Mentor.builder("dan").expertise("t").excludes("ann").build();
        assertEquals(Optional.of(HardRule.EXCLUDED_BY_MENTOR), check(themesOnly(), mentee("ann", "t"), dan));
    }

    @Test
    public void check_shouldForbidPairingSomeoneWithThemselfAndMentorsWithoutPlaces() {
        assertEquals(Optional.of(HardRule.SELF), check(themesOnly(), "dan", "dan"));
        assertEquals(Optional.of(HardRule.NO_CAPACITY), check(themesOnly(), mentee("ann", "t"), mentor("dan", 0, "t")));
    }

    @Test
    public void match_shouldNotGiveAMentorMoreMenteesThanTheirCapacity() {
        MatchingRequest request = new MatchingRequest(
                List.of(mentee("a", "t"), mentee("b", "t"), mentee("c", "t")), List.of(mentor("m", 2, "t")),
                OrgChart.empty(), themesOnly().withObjective(Objective.MOST_MATCHED));
        MatchResult result = engine.match(request);
        assertEquals(2, result.matchedCount());
        assertEquals(1, result.unmatchedMentees().size());
    }

    @Test
    public void match_shouldGiveAGroupMentorAWholeGroupUpToCapacity() {
        MatchingRequest request = new MatchingRequest(
                List.of(mentee("a", "t", "u"), mentee("b", "t"), mentee("c", "u"), mentee("d", "v")),
                List.of(mentor("group", 3, "t", "u"), mentor("solo", 1, "v")), OrgChart.empty(), themesOnly());
        Map<String, String> pairs = pairs(engine.match(request));
        assertEquals(Map.of("a", "group", "b", "group", "c", "group", "d", "solo"), pairs);
    }

    /** a fits x best, but giving x to b and y to a matches both. */
    private static MatchingRequest tradeOff(Objective objective) {
        return new MatchingRequest(List.of(mentee("a", "t1", "t2", "t3"), mentee("b", "t1")),
                List.of(mentor("x", 1, "t1", "t2", "t3"), mentor("y", 1, "t3")), OrgChart.empty(),
                themesOnly().withObjective(objective));
    }

    @Test
    public void match_shouldMaximiseTheTotalScoreForBestTotalScore() {
        MatchResult result = engine.match(tradeOff(Objective.BEST_TOTAL_SCORE));
        assertEquals(Map.of("a", "x"), pairs(result));
        assertEquals(List.of("b"), result.unmatchedMentees());
        assertEquals(30, result.totalScore());
    }

    @Test
    public void match_shouldMatchMostPeopleThenScoreForMostMatched() {
        MatchResult result = engine.match(tradeOff(Objective.MOST_MATCHED));
        assertEquals(Map.of("a", "y", "b", "x"), pairs(result));
        assertEquals(2, result.matchedCount());
        assertEquals(20, result.totalScore());
    }

    @Test
    public void match_shouldNotDependOnTheOrderOfTheInput() {
        Random random = new Random(5);
        MatchingRequest request = RandomCohorts.request(random, 40, 15, MatchingRules.defaults());
        MatchResult first = engine.match(request);
        List<Mentee> mentees = new ArrayList<>(request.mentees());
        List<Mentor> mentors = new ArrayList<>(request.mentors());
        Collections.shuffle(mentees, random);
        Collections.shuffle(mentors, random);
        MatchResult second = engine.match(new MatchingRequest(mentees, mentors, request.orgChart(), request.rules()));
        assertEquals(first, second);
        assertTrue(first.matchedCount() > 0);
    }

    @Test
    public void match_shouldExplainEachPairWithKeysArgumentsAndAnEnglishLine() {
        OrgChart chart = OrgChart.builder().person("boss", null, 9).person("ann", "boss", 3)
                .person("dan", "boss", 5).build();
        MatchingRules rules = themesOnly().withWeight(Criterion.CROSS_DEPARTMENT, 4)
                .withWeight(Criterion.SENIORITY_GAP, 6);
        Mentee ann = Mentee.builder("ann").department("Sales")
                .themes("delegation", "conflict", "presenting", "budgeting").build();
        Mentor dan = Mentor.builder("dan").department("R&D").expertise("presenting", "conflict", "delegation").build();
        MatchResult result = engine.match(new MatchingRequest(List.of(ann), List.of(dan), chart, rules));
        Proposal proposal = result.proposals().get(0);
        assertEquals("3 shared themes: delegation, conflict, presenting; different department; mentor 2 levels above",
                EnglishExplanations.format(proposal.explanation()));
        assertEquals(Explanation.Part.of(EnglishExplanations.THEMES, 3, "delegation, conflict, presenting"),
                proposal.explanation().parts().get(0));
        assertEquals(30, (int) proposal.breakdown().get(Criterion.THEME_FIT));
        assertEquals(4, (int) proposal.breakdown().get(Criterion.CROSS_DEPARTMENT));
        assertEquals(6, (int) proposal.breakdown().get(Criterion.SENIORITY_GAP));
        assertEquals(40, proposal.score());
        assertEquals(40, result.totalScore());
    }

    @Test
    public void match_shouldScoreAndExplainPreferencesLanguageAndTimeZone() {
        MatchingRules rules = MatchingRules.defaults().withWeight(Criterion.THEME_FIT, 0)
                .withWeight(Criterion.CROSS_DEPARTMENT, 0).withWeight(Criterion.SENIORITY_GAP, 0)
                .withWeight(Criterion.TIME_ZONE, 12).withWeight(Criterion.PREFERENCE, 10);
        Mentee ann = Mentee.builder("ann").languages("en", "de").utcOffsetMinutes(60).prefers("dan", "eve").build();
        Mentor dan = Mentor.builder("dan").languages("de").utcOffsetMinutes(240).prefers("ann").build();
        PreparedMatching prepared = engine.prepare(new MatchingRequest(List.of(ann),
                List.of(dan, Mentor.builder("eve").build()), OrgChart.empty(), rules));
        Proposal proposal = prepared.describe("ann", "dan").orElseThrow();
        assertEquals("mentee's choice no. 1; mentor's choice no. 1; both speak de; 3 hours apart",
                EnglishExplanations.format(proposal.explanation()));
        assertEquals(20, (int) proposal.breakdown().get(Criterion.PREFERENCE));
        assertEquals(5, (int) proposal.breakdown().get(Criterion.LANGUAGE));
        assertEquals(9, (int) proposal.breakdown().get(Criterion.TIME_ZONE));
        assertEquals(34, proposal.score());
        assertEquals(5, (int) prepared.describe("ann", "eve").orElseThrow().breakdown().get(Criterion.PREFERENCE));
    }

    @Test
    public void match_shouldDropPairsBelowTheMinimumScore() {
        MatchingRequest request = new MatchingRequest(List.of(mentee("a", "t")), List.of(mentor("m", 1, "u")),
                OrgChart.empty(), themesOnly());
        assertEquals(0, engine.prepare(request).graph().edgeCount());
        MatchingRequest anyPair = new MatchingRequest(request.mentees(), request.mentors(), OrgChart.empty(),
                themesOnly().withMinimumScore(0).withObjective(Objective.MOST_MATCHED));
        MatchResult result = engine.match(anyPair);
        assertEquals(1, result.matchedCount());
        assertEquals("no particular fit; paired so that more people have a mentor",
                EnglishExplanations.format(result.proposals().get(0).explanation()));
    }

    @Test
    public void match_shouldHandleEmptySides() {
        MatchResult noMentors = engine.match(new MatchingRequest(List.of(mentee("a", "t")), List.of(),
                OrgChart.empty(), MatchingRules.defaults().withObjective(Objective.MOST_MATCHED)));
        assertEquals(List.of("a"), noMentors.unmatchedMentees());
        MatchResult noMentees = engine.match(new MatchingRequest(List.of(), List.of(mentor("m", 2, "t")),
                OrgChart.empty(), MatchingRules.defaults()));
        assertEquals(0, noMentees.matchedCount());
        assertEquals(List.of(), noMentees.proposals());
    }

    @Test(expected = IllegalArgumentException.class)
    public void prepare_shouldRejectAMenteeListedTwice() {
        engine.prepare(new MatchingRequest(List.of(mentee("a", "t"), mentee("a", "u")), List.of(),
                OrgChart.empty(), MatchingRules.defaults()));
    }
}
