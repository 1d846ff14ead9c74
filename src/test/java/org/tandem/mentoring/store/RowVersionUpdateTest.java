package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The native SQL behind {@link RowVersionUpdate}, on the database {@code ao.test.database} names: it writes nothing
 * on a stale version or a full mentor, and it runs inside the surrounding ActiveObjects transaction, so that
 * transaction's rollback undoes it and its commit keeps it.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class RowVersionUpdateTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private ProgrammeRepository programmes;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        programmes = new ProgrammeRepository(ao);
    }

    @Test
    public void apply_shouldSetTheValuesAndTheNextVersion() {
        Programme stored = programme();

        int next = RowVersionUpdate.apply(ao, ProgrammeEntity.class, "programme", stored.id(), stored.version(),
                Map.of(ProgrammeEntity.NAME, "Renamed"));

        Programme read = programmes.findById(stored.id()).orElseThrow();
        assertEquals(stored.version() + 1, next);
        assertEquals(next, read.version());
        assertEquals("Renamed", read.name());
    }

    @Test
    public void apply_shouldWriteNothingOnAStaleVersion() {
        Programme stored = programme();
        RowVersionUpdate.apply(ao, ProgrammeEntity.class, "programme", stored.id(), stored.version(),
                Map.of(ProgrammeEntity.NAME, "First"));

        assertThrows(StaleVersionException.class, () -> RowVersionUpdate.apply(ao, ProgrammeEntity.class,
                "programme", stored.id(), stored.version(), Map.of(ProgrammeEntity.NAME, "Second")));

        Programme read = programmes.findById(stored.id()).orElseThrow();
        assertEquals("First", read.name());
        assertEquals(stored.version() + 1, read.version());
    }

    @Test
    public void apply_shouldRefuseARowThatDoesNotExist() {
        assertThrows(RecordNotFoundException.class, () -> RowVersionUpdate.apply(ao, ProgrammeEntity.class,
                "programme", -1, 1, Map.of(ProgrammeEntity.NAME, "Nobody")));
    }

    @Test
    @NonTransactional
    public void apply_shouldBeUndoneWhenTheSurroundingTransactionRollsBack() {
        Programme stored = programme();

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            RowVersionUpdate.apply(ao, ProgrammeEntity.class, "programme", stored.id(), stored.version(),
                    Map.of(ProgrammeEntity.NAME, "Rolled back"));
            assertEquals("Rolled back", programmes.findById(stored.id()).orElseThrow().name());
            throw new IllegalStateException("fails after the update");
        }));

        Programme read = programmes.findById(stored.id()).orElseThrow();
        assertEquals(stored.name(), read.name());
        assertEquals(stored.version(), read.version());
    }

    @Test
    @NonTransactional
    public void apply_shouldBeKeptWhenTheSurroundingTransactionCommits() {
        Programme stored = programme();

        ao.executeInTransaction(() -> RowVersionUpdate.apply(ao, ProgrammeEntity.class, "programme", stored.id(),
                stored.version(), Map.of(ProgrammeEntity.NAME, "Committed")));

        Programme read = programmes.findById(stored.id()).orElseThrow();
        assertEquals("Committed", read.name());
        assertEquals(stored.version() + 1, read.version());
    }

    @Test
    public void moveSeat_shouldTakePlacesUpToTheCapacityAndWriteNothingWhenFull() {
        MentorSeatEntity seat = seat(2);

        RowVersionUpdate.moveSeat(ao, seat, +1);
        RowVersionUpdate.moveSeat(ao, seat, +1);
        assertThrows(MentorCapacityException.class, () -> RowVersionUpdate.moveSeat(ao, seat, +1));

        MentorSeatEntity read = read(seat);
        assertEquals(2, read.getTaken());
        assertEquals(3, read.getVersion());
    }

    @Test
    public void moveSeat_shouldGiveAPlaceBackButNeverGoBelowNothing() {
        MentorSeatEntity seat = seat(1);
        RowVersionUpdate.moveSeat(ao, seat, +1);

        RowVersionUpdate.moveSeat(ao, seat, -1);
        RowVersionUpdate.moveSeat(ao, seat, -1);

        MentorSeatEntity read = read(seat);
        assertEquals(0, read.getTaken());
        assertEquals(3, read.getVersion());
    }

    @Test
    @NonTransactional
    public void moveSeat_shouldBeUndoneWhenTheSurroundingTransactionRollsBack() {
        MentorSeatEntity seat = seat(1);

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            RowVersionUpdate.moveSeat(ao, seat, +1);
            assertEquals(1, read(seat).getTaken());
            throw new IllegalStateException("fails after taking the place");
        }));

        MentorSeatEntity read = read(seat);
        assertEquals(0, read.getTaken());
        assertEquals(1, read.getVersion());
        ao.executeInTransaction(() -> {
            RowVersionUpdate.moveSeat(ao, seat, +1);
            return null;
        });
        assertEquals(1, read(seat).getTaken());
    }

    private Programme programme() {
        return programmes.create(Programme.draft("Rows " + System.nanoTime(), "R" + System.nanoTime(),
                ProgrammeType.ONE_TO_ONE));
    }

    private MentorSeatEntity seat(int capacity) {
        String mentor = "olga-" + System.nanoTime();
        return ao.create(MentorSeatEntity.class, Map.of(MentorSeatEntity.PROGRAMME_ID, 1,
                MentorSeatEntity.MENTOR_KEY, mentor, MentorSeatEntity.CAPACITY, capacity,
                MentorSeatEntity.TAKEN, 0, MentorSeatEntity.VERSION, 1,
                MentorSeatEntity.PROGRAMME_MENTOR, UniqueKey.of(1, mentor)));
    }

    private MentorSeatEntity read(MentorSeatEntity seat) {
        return ao.find(MentorSeatEntity.class, Query.select().where("ID = ?", seat.getID()))[0];
    }
}
