package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The rows of "what waits for a person" on H2 and PostgreSQL, over the dashboards' fixture: right for one person and
 * for everyone, and read with as many statements for 16 pairings as for 416 (lists of ids go in chunks of 500).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class WaitingRepositoryTest {

    private static final long NOW = DashboardFixture.NOW;
    private static final long DAY = DashboardFixture.DAY;

    private EntityManager entityManager;
    private WaitingRepository rows;

    @Before
    public void setUp() {
        rows = new WaitingRepository(new EntityManagerActiveObjects(entityManager));
    }

    @After
    public void emptyTheTables() {
        StoreTables.empty(entityManager);
    }

    @Test
    @NonTransactional
    public void rows_shouldBeThoseOfThePersonOrOfEveryone() throws Exception {
        int pid = DashboardFixture.seed(entityManager, "Waiting", 40);
        String p = "p" + pid + "-";

        List<WaitingRepository.SharedLearning> shared = rows.sharedWithoutFeedback(null).stream()
                .filter(l -> l.programmeId() == pid).toList();
        assertEquals(Set.of(p + "e4", p + "e12", p + "e20", p + "e28", p + "e36"),
                shared.stream().map(WaitingRepository.SharedLearning::menteeKey).collect(Collectors.toSet()));
        assertEquals(p + "m1", shared.stream().filter(l -> l.menteeKey().equals(p + "e12")).findFirst()
                .orElseThrow().managerKey());
        assertEquals(List.of(p + "e4"), rows.sharedWithoutFeedback(p + "m0").stream()
                .map(WaitingRepository.SharedLearning::menteeKey).toList());

        List<WaitingRepository.PairingRow> active = rows.pairings("ACTIVE", null).stream()
                .filter(r -> r.programmeId() == pid).toList();
        assertEquals(36, active.size());
        assertEquals(1, rows.pairings("ACTIVE", p + "e3").size());
        assertEquals(2, rows.pairings("ACTIVE", p + "r1").size());
        List<Integer> ids = active.stream().map(WaitingRepository.PairingRow::id).toList();
        assertEquals(3, rows.withPlannedSession(ids, NOW - 15 * DAY).size());
        assertEquals(NOW - 11 * DAY, (long) rows.lastSessions(ids, NOW).get(pid * 10_000_000 + 1));
        assertEquals(20, rows.expectationsHeld(ids).size());

        assertEquals(8, rows.applications("APPROVED", p + "m0").size());
        assertEquals(60, rows.applications("APPROVED", null).stream().filter(a -> a.programmeId() == pid).count());
        assertEquals(p + "m2", rows.applications("APPROVED", null).stream()
                .filter(a -> a.userKey().equals(p + "e17")).findFirst().orElseThrow().managerKey());
        assertEquals(List.of(pid), rows.enrolledProgrammes(p + "e1"));
    }

    @Test
    @NonTransactional
    public void everyonesRows_shouldTakeTheSameStatementsWhateverTheSize() throws Exception {
        Assume.assumeTrue(QueryStatistics.available(entityManager));
        int small = DashboardFixture.seed(entityManager, "Small", 16);
        long smallCount = statements();
        DashboardFixture.seed(entityManager, "Large", 400);
        long largeCount = statements();

        System.out.printf("waiting rows for everyone: %d statements with 16 pairings, %d with 416%n", smallCount,
                largeCount);
        assertEquals(smallCount, largeCount);
        assertEquals(small > 0, smallCount > 0);
    }

    private long statements() throws Exception {
        return QueryStatistics.statements(entityManager, () -> {
            List<Integer> ids = rows.pairings("ACTIVE", null).stream().map(WaitingRepository.PairingRow::id)
                    .toList();
            rows.withPlannedSession(ids, NOW);
            rows.lastSessions(ids, NOW);
            rows.expectationsHeld(ids);
            rows.sharedWithoutFeedback(null);
            return rows.applications("AWAITING_MANAGER", null);
        });
    }
}
