package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Matching settings per programme on H2 and PostgreSQL: defaults until saved, every field kept, stale refused. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class MatchingSettingsRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private EntityManager entityManager;
    private MatchingSettingsRepository store;

    @Before
    public void setUp() {
        store = new MatchingSettingsRepository(new EntityManagerActiveObjects(entityManager));
    }

    private static MatchingSettings changed(int programmeId, int version) {
        MatchingSettings defaults = MatchingSettings.defaults(programmeId);
        java.util.Map<Criterion, Integer> weights = new java.util.EnumMap<>(defaults.weights());
        weights.put(Criterion.LANGUAGE, 0);
        weights.put(Criterion.TIME_ZONE, 100);
        return new MatchingSettings(programmeId, Objective.MOST_MATCHED, weights, true, version);
    }

    @Test
    public void find_shouldBeEmptyUntilSavedAndTheDefaultsAtVersionZero() {
        assertFalse(store.find(4).isPresent());
        assertEquals(MatchingSettings.defaults(4), store.findOrDefaults(4));
        assertEquals(0, store.findOrDefaults(4).version());
    }

    @Test
    public void save_shouldKeepEveryFieldPerProgrammeAndCountVersions() {
        MatchingSettings first = store.save(changed(4, 0), "carol", NOW);
        assertEquals(1, first.version());
        assertEquals(changed(4, 1), store.find(4).orElseThrow());
        assertFalse(store.find(5).isPresent());

        MatchingSettings back = store.save(new MatchingSettings(4, Objective.BEST_TOTAL_SCORE,
                MatchingSettings.defaults(4).weights(), false, 1), "carol", NOW);
        assertEquals(2, back.version());
        assertEquals(Objective.BEST_TOTAL_SCORE, store.find(4).orElseThrow().objective());
        assertFalse(store.find(4).orElseThrow().excludeSameManagerPeers());
        assertEquals(10, store.find(4).orElseThrow().weight(Criterion.THEME_FIT));
    }

    @Test
    public void save_shouldRefuseAStaleVersionAndWriteNothing() {
        store.save(changed(4, 0), "carol", NOW);
        assertThrows(StaleVersionException.class, () -> store.save(MatchingSettings.defaults(4), "dan", NOW));
        assertThrows(StaleVersionException.class, () -> store.save(
                new MatchingSettings(4, Objective.BEST_TOTAL_SCORE, MatchingSettings.defaults(4).weights(), false, 7),
                "dan", NOW));
        assertThrows(StaleVersionException.class, () -> store.save(changed(9, 3), "dan", NOW));
        assertTrue(store.find(4).orElseThrow().excludeSameManagerPeers());
        assertEquals(1, store.find(4).orElseThrow().version());
        assertFalse(store.find(9).isPresent());
    }
}
