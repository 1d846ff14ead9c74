package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Rankings after speed-mentoring events on H2 and PostgreSQL: order and marks kept, one per event and person. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class SpeedRankingRepositoryTest {

    private static final Instant NOW = Instant.parse("2027-01-15T09:00:00Z");

    private EntityManager entityManager;
    private SpeedRankingRepository store;

    @Before
    public void setUp() {
        store = new SpeedRankingRepository(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void save_shouldKeepTheOrderAndTheMarksPerEventAndPerson() {
        SpeedRanking mia = store.save(new SpeedRanking(3, "mia", List.of("pete", "olga", "boss"), Set.of("boss"), 0),
                NOW);
        store.save(new SpeedRanking(3, "noah", List.of("olga"), Set.of(), 0), NOW);
        store.save(new SpeedRanking(4, "mia", List.of("olga", "pete"), Set.of(), 0), NOW);

        assertEquals(1, mia.version());
        assertEquals(new SpeedRanking(3, "mia", List.of("pete", "olga", "boss"), Set.of("boss"), 1),
                store.find(3, "mia").orElseThrow());
        assertEquals(List.of("pete", "olga"), mia.acceptable());
        assertEquals(Set.of("mia", "noah"), store.findByEvent(3).keySet());
        assertEquals(List.of("olga", "pete"), store.findByEvent(4).get("mia").ranked());
        assertTrue(store.find(3, "olga").isEmpty());
        assertTrue(store.findByEvent(5).isEmpty());
    }

    @Test
    public void save_shouldCountVersionsAndRefuseAStaleOrASecondFirstRanking() {
        store.save(new SpeedRanking(3, "mia", List.of("pete", "olga"), Set.of(), 0), NOW);
        SpeedRanking changed = store.save(new SpeedRanking(3, "mia", List.of("olga", "pete"), Set.of("pete"), 1),
                NOW);

        assertEquals(2, changed.version());
        assertThrows(StaleVersionException.class, () -> store.save(new SpeedRanking(3, "mia", List.of("pete"),
                Set.of(), 1), NOW));
        assertThrows(StaleVersionException.class, () -> store.save(new SpeedRanking(3, "mia", List.of("pete"),
                Set.of(), 0), NOW));
        assertThrows(StaleVersionException.class, () -> store.save(new SpeedRanking(3, "noah", List.of("pete"),
                Set.of(), 2), NOW));
        assertEquals(changed, store.find(3, "mia").orElseThrow());
        assertEquals(List.of(), store.save(new SpeedRanking(3, "noah", List.of(), Set.of(), 0), NOW).ranked());
    }

    @Test
    public void countByEvents_shouldCountTheRankingsOfTheEventsAskedForInOneQuery() {
        store.save(new SpeedRanking(3, "mia", List.of("pete"), Set.of(), 0), NOW);
        store.save(new SpeedRanking(3, "noah", List.of("pete"), Set.of(), 0), NOW);
        store.save(new SpeedRanking(4, "mia", List.of("olga"), Set.of(), 0), NOW);
        store.save(new SpeedRanking(5, "mia", List.of("olga"), Set.of(), 0), NOW);

        assertEquals(java.util.Map.of(3, 2, 4, 1), store.countByEvents(List.of(3, 4, 6)));
        assertTrue(store.countByEvents(List.of()).isEmpty());
    }
}
