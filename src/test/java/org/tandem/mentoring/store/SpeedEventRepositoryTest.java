package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Speed-mentoring events on H2 and PostgreSQL: every field kept, per programme, stale changes refused. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class SpeedEventRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EARLY = Instant.parse("2027-01-14T15:00:00Z");
    private static final Instant LATE = Instant.parse("2027-02-11T15:30:00Z");

    private EntityManager entityManager;
    private SpeedEventRepository store;

    @Before
    public void setUp() {
        store = new SpeedEventRepository(new EntityManagerActiveObjects(entityManager));
    }

    private static SpeedEvent event(int programmeId, Instant at, List<String> keys, boolean mentorsSeated) {
        return new SpeedEvent(0, programmeId, at, "Room 4, Ørestad", 8, 6, 5, keys, mentorsSeated, 0);
    }

    @Test
    public void create_shouldKeepEveryFieldAndListEventsPerProgrammeEarliestFirst() {
        SpeedEvent late = store.create(event(4, LATE, List.of("mia", "olga", "pete"), false), "carol", NOW);
        SpeedEvent early = store.create(event(4, EARLY, List.of(), true), "carol", NOW);
        store.create(event(5, EARLY, List.of(), true), "dan", NOW);

        assertEquals(1, late.version());
        assertEquals(new SpeedEvent(late.id(), 4, LATE, "Room 4, Ørestad", 8, 6, 5, List.of("mia", "olga", "pete"),
                false, 1), store.findById(late.id()).orElseThrow());
        assertTrue(store.findById(early.id()).orElseThrow().allApproved());
        assertEquals(List.of(early, late), store.findByProgramme(4));
        assertEquals(1, store.findByProgramme(5).size());
        assertTrue(store.findByProgramme(6).isEmpty());
    }

    @Test
    public void update_shouldCountVersionsAndRefuseAStaleOneWritingNothing() {
        SpeedEvent created = store.create(event(4, EARLY, List.of(), true), "carol", NOW);
        SpeedEvent changed = store.update(new SpeedEvent(created.id(), 4, LATE, "https://meet.example/abc", 10, 4,
                3, List.of("mia", "olga"), false, 1), "carol", NOW);

        assertEquals(2, changed.version());
        assertEquals(List.of("mia", "olga"), changed.participantKeys());
        assertEquals("https://meet.example/abc", changed.place());
        assertThrows(StaleVersionException.class, () -> store.update(new SpeedEvent(created.id(), 4, EARLY, "Hall",
                8, 6, 5, List.of(), true, 1), "dan", NOW));
        assertEquals(changed, store.findById(created.id()).orElseThrow());
        assertThrows(RecordNotFoundException.class, () -> store.update(new SpeedEvent(created.id() + 99, 4, EARLY,
                "Hall", 8, 6, 5, List.of(), true, 1), "dan", NOW));
    }

    @Test
    public void save_shouldRefuseValuesTheColumnsCannotHold() {
        assertThrows(StoreValidationException.class, () -> store.create(new SpeedEvent(0, 4, EARLY, " ", 8, 6, 5,
                List.of(), true, 0), "carol", NOW));
        assertThrows(StoreValidationException.class, () -> store.create(new SpeedEvent(0, 4, EARLY, "Hall", 0, 6, 5,
                List.of(), true, 0), "carol", NOW));
        assertTrue(store.findByProgramme(4).isEmpty());
    }

    @Test
    public void delete_shouldRemoveTheEventAtItsVersionOnly() {
        SpeedEvent kept = store.create(event(4, EARLY, List.of(), true), "carol", NOW);
        SpeedEvent gone = store.create(event(4, LATE, List.of(), true), "carol", NOW);

        assertThrows(StaleVersionException.class, () -> store.delete(gone.id(), 2));
        store.delete(gone.id(), 1);

        assertFalse(store.findById(gone.id()).isPresent());
        assertEquals(List.of(kept), store.findByProgramme(4));
        assertThrows(RecordNotFoundException.class, () -> store.delete(gone.id(), 1));
    }
}
