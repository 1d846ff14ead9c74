package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
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
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** The progress records of matching runs on H2 and PostgreSQL: one row per programme, each run overwriting it. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class RunProgressRepositoryTest {

    private static final Instant START = Instant.parse("2027-01-15T09:00:00Z");

    private EntityManager entityManager;
    private RunProgressRepository store;

    @Before
    public void setUp() {
        store = new RunProgressRepository(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void write_shouldKeepOneRowPerProgrammeWithItsLastPhase() throws Exception {
        assertTrue(store.find(7).isEmpty());
        store.write(7, "READ", START, START);
        store.write(7, "SOLVE", START, START.plusMillis(800));
        store.write(8, "READ", START.plusSeconds(1), START.plusSeconds(1));

        assertEquals(new RunProgressRepository.Progress(7, "SOLVE", START, START.plusMillis(800)),
                store.find(7).orElseThrow());
        Instant next = START.plusSeconds(60);
        store.write(7, "READ", next, next);
        assertEquals(new RunProgressRepository.Progress(7, "READ", next, next), store.find(7).orElseThrow());
        assertEquals("READ", store.find(8).orElseThrow().phase());
        assertEquals(1, entityManager.count(RunProgressEntity.class, "PROGRAMME_ID = ?", 7));
    }
}
