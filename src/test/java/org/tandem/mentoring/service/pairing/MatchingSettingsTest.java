package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;

/**
 * The programme's matching settings: coordinators only, validated, versioned, used by every run; the preview of how
 * many mentees the hard rules let be matched; and a rerun that keeps the pairs staged by hand.
 */
public class MatchingSettingsTest extends PairingServicesFixture {

    private static final String KIM = "kim";

    private final PairingSettings service = new PairingSettings(
            new ProgrammeGate(programmes, users, spaces, coordinators, transactions), programmes, orgChart, pairings,
            users, settings, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Map<Criterion, Integer> themesFirst() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 0);
        }
        weights.put(Criterion.THEME_FIT, 100);
        weights.put(Criterion.SENIORITY_GAP, 3);
        return weights;
    }

    /**
     * kim (level 4, under ceo) fits olga best and boss a little; mia can only have olga (boss is her manager).
     * Both olga and boss take one mentee.
     */
    private void cohortWhereTheObjectivesDiffer() {
        approved.clear();
        person(KIM, CEO, "Sales", 4);
        mentee(KIM, 1, 2);
        mentee(MIA, 1);
        mentor(OLGA, 1, 1, 2);
        mentor(BOSS, 1, 3);
    }

    @Test
    public void settings_shouldBeTheDefaultsAtVersionZeroForCoordinatorsOnly() {
        signIn(CAROL);
        assertEquals(MatchingSettings.defaults(7), service.settings(7));
        signIn(EVE);
        assertThrows(Refusal.Forbidden.class, () -> service.settings(7));
        assertThrows(Refusal.Forbidden.class, () -> service.save(7, 0, Objective.MOST_MATCHED, themesFirst(), true));
        assertThrows(Refusal.Forbidden.class, () -> runs.preview(7));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.settings(7));
        assertThrows(Refusal.NotFound.class, () -> service.save(7, 0, Objective.MOST_MATCHED, themesFirst(), true));
        assertThrows(Refusal.NotFound.class, () -> runs.preview(7));
        signIn(CAROL);
        assertEquals(0, service.settings(7).version());
    }

    @Test
    public void save_shouldKeepTheSettingsAndRefuseAStaleVersion() {
        signIn(CAROL);

        MatchingSettings saved = service.save(7, 0, Objective.MOST_MATCHED, themesFirst(), true);

        assertEquals(1, saved.version());
        assertEquals(saved, service.settings(7));
        assertEquals(100, service.settings(7).weight(Criterion.THEME_FIT));
        Refusal.Conflict stale = assertThrows(Refusal.Conflict.class,
                () -> service.save(7, 0, Objective.BEST_TOTAL_SCORE, themesFirst(), false));
        assertEquals(PairingRefusals.STALE, stale.messageKey());
        assertEquals(Objective.MOST_MATCHED, service.settings(7).objective());
    }

    @Test
    public void save_shouldNameEveryBadFieldAndStoreNothing() {
        signIn(CAROL);
        Map<Criterion, Integer> weights = themesFirst();
        weights.put(Criterion.LANGUAGE, 101);
        weights.put(Criterion.TIME_ZONE, -1);
        weights.remove(Criterion.PREFERENCE);

        Refusal.Invalid e = assertThrows(Refusal.Invalid.class, () -> service.save(7, 0, null, weights, false));

        assertEquals(Set.of("objective", "LANGUAGE", "TIME_ZONE", "PREFERENCE"), e.fieldErrors().keySet());
        assertEquals(PairingSettings.WEIGHT_RANGE, e.fieldErrors().get("LANGUAGE").key());
        assertEquals(List.of(0, MatchingSettings.MAX_WEIGHT), e.fieldErrors().get("LANGUAGE").args());
        assertEquals(PairingSettings.OBJECTIVE_MISSING, e.fieldErrors().get("objective").key());
        assertEquals(0, service.settings(7).version());
    }

    @Test
    public void run_shouldUseTheStoredObjective() {
        cohortWhereTheObjectivesDiffer();
        signIn(CAROL);
        service.save(7, 0, Objective.BEST_TOTAL_SCORE, themesFirst(), false);

        RunResult best = runs.run(7);

        assertEquals(Map.of(KIM, OLGA), pairsOf(best.staged()));
        assertEquals(List.of(MIA), best.unmatchedMentees());

        service.save(7, 1, Objective.MOST_MATCHED, themesFirst(), false);
        RunResult most = runs.run(7);

        assertEquals(Map.of(KIM, BOSS, MIA, OLGA), pairsOf(most.staged()));
        assertTrue(most.totalScore() < best.totalScore());
    }

    @Test
    public void run_shouldUseTheStoredSameManagerRule() {
        cohortWhereTheObjectivesDiffer();
        signIn(CAROL);
        service.save(7, 0, Objective.MOST_MATCHED, themesFirst(), true);

        RunResult result = runs.run(7);

        // kim, olga and boss all report to ceo
        assertEquals(Map.of(MIA, OLGA), pairsOf(result.staged()));
    }

    @Test
    public void preview_shouldCountTheMenteesTheHardRulesLetBeMatched() {
        cohortWhereTheObjectivesDiffer();
        signIn(CAROL);

        assertEquals(new MatchPreview(2, 2), runs.preview(7));

        service.save(7, 0, Objective.BEST_TOTAL_SCORE, themesFirst(), true);
        assertEquals(new MatchPreview(1, 2), runs.preview(7));
    }

    @Test
    public void preview_shouldCountPairsThatScoreNothing() {
        approved.clear();
        mentee(MIA);
        mentor(PETE, 1);
        signIn(CAROL);
        Map<Criterion, Integer> none = themesFirst();
        none.replaceAll((criterion, weight) -> 0);
        service.save(7, 0, Objective.BEST_TOTAL_SCORE, none, false);

        assertEquals(List.of(), runs.run(7).staged());
        assertEquals(new MatchPreview(1, 1), runs.preview(7));
    }

    @Test
    public void run_shouldKeepThePairsStagedByHandWithTheirReasons() {
        signIn(CAROL);
        PairingView hand = runs.add(7, MIA, PETE, "Pete asked to mentor a colleague from his own team");

        RunResult again = runs.run(7);

        assertEquals(Map.of(MIA, PETE, NOAH, OLGA), pairsOf(again.staged()));
        PairingView kept = byMentee(again.staged(), MIA);
        assertEquals(hand.id(), kept.id());
        assertEquals("Pete asked to mentor a colleague from his own team",
                pairings.findById(hand.id()).orElseThrow().reason());
        assertEquals(PairingState.STAGED, kept.state());

        RunResult third = runs.run(7);
        assertEquals(hand.id(), byMentee(third.staged(), MIA).id());
    }

    @Test
    public void run_shouldDropThePairsStagedByHandWhenTheCoordinatorSaysSo() {
        signIn(CAROL);
        PairingView hand = runs.add(7, MIA, PETE, "Pete asked to mentor a colleague from his own team");

        RunResult again = runs.run(7, true);

        assertEquals(Map.of(MIA, OLGA, NOAH, PETE), pairsOf(again.staged()));
        assertTrue(pairings.findById(hand.id()).isEmpty());
        assertNull(byMentee(again.staged(), MIA).reason());
    }
}
