package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Alumni peer circles on H2 and PostgreSQL: kept with their members, found by programme and member, left, deleted. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class PeerCircleRepositoryTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    private EntityManager entityManager;
    private PeerCircleRepository store;

    @Before
    public void setUp() {
        store = new PeerCircleRepository(new EntityManagerActiveObjects(entityManager));
    }

    private PeerCircle circle(int programmeId, String name, List<String> members) {
        return store.create(new PeerCircle(0, programmeId, name, 12, members, "carol", NOW));
    }

    @Test
    public void create_shouldKeepEveryFieldAndFindCirclesByProgrammeAndByMember() {
        PeerCircle first = circle(4, "Speaking up, Ørestad", List.of("mia", "olga", "pete"));
        PeerCircle second = circle(4, "Second", List.of("mia", "sam", "tom", "uma"));
        circle(5, "Elsewhere", List.of("vic", "wes", "xan"));

        assertEquals(new PeerCircle(first.id(), 4, "Speaking up, Ørestad", 12, List.of("mia", "olga", "pete"),
                "carol", NOW), store.findById(first.id()).orElseThrow());
        assertEquals(List.of(first, second), store.findByProgramme(4));
        assertEquals(List.of(first, second), store.findByMember("mia"));
        assertEquals(List.of(second), store.findByMember("sam"));
        assertTrue(store.findByMember("nobody").isEmpty());
        assertEquals(3, store.findAll().size());
    }

    @Test
    public void leaveAndDelete_shouldTakeOutOneMemberOrTheWholeCircle() {
        PeerCircle circle = circle(4, "Circle", List.of("mia", "olga", "pete"));

        assertTrue(store.leave(circle.id(), "olga"));
        assertFalse(store.leave(circle.id(), "olga"));
        assertEquals(List.of("mia", "pete"), store.findById(circle.id()).orElseThrow().memberKeys());
        assertTrue(store.delete(circle.id()));
        assertFalse(store.delete(circle.id()));
        assertTrue(store.findById(circle.id()).isEmpty());
        assertTrue(store.findByMember("mia").isEmpty());
    }
}
