package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Model version 2 on rows that the old check-then-insert let in twice: the oldest wins, and every row is keyed. The
 * task changes the schema, which commits, so each test commits and removes its rows afterwards, on a schema of the
 * class's own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(ModelVersionTwoOnOldRowsTest.OwnSchema.class)
@NameConverters
public class ModelVersionTwoUpgradeTaskTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private SpaceManager spaceManager;
    private int programmeId;
    private int row;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        spaceManager = mock(SpaceManager.class);
        programmeId = new ProgrammeRepository(ao).create(Programme.draft("Old", "OLD", ProgrammeType.ONE_TO_ONE))
                .id();
    }

    @Test
    @NonTransactional
    public void upgrade_shouldWithdrawLaterOpenApplicationsOfOnePersonAndKeyEveryRow() {
        ParticipantEntity oldest = participant("ann", "MENTEE", ParticipantState.AWAITING_MANAGER);
        ParticipantEntity later = participant("ann", "MENTOR", ParticipantState.APPLIED);
        ParticipantEntity withdrawn = participant("ann", "MENTEE", ParticipantState.WITHDRAWN);

        new ModelVersionTwoUpgradeTask(spaceManager).upgrade(null, ao);

        assertEquals(ParticipantState.AWAITING_MANAGER.name(), reread(oldest).getState());
        assertEquals(programmeId + ":ann", reread(oldest).getProgrammeUser());
        assertEquals(ParticipantState.WITHDRAWN.name(), reread(later).getState());
        assertEquals(programmeId + ":ann#" + later.getID(), reread(later).getProgrammeUser());
        assertEquals(programmeId + ":ann#" + withdrawn.getID(), reread(withdrawn).getProgrammeUser());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldKeepTheOldestRowOfPlacesWithTheLargestCapacity() {
        seat(1, 1);
        seat(3, 0);

        new ModelVersionTwoUpgradeTask(spaceManager).upgrade(null, ao);

        MentorSeatEntity[] seats = ao.find(MentorSeatEntity.class);
        assertEquals(1, seats.length);
        assertEquals(3, seats[0].getCapacity());
        assertEquals(1, seats[0].getTaken());
        assertEquals(programmeId + ":olga", seats[0].getProgrammeMentor());
    }

    @Test
    @NonTransactional
    public void upgrade_shouldBindProgrammesToTheIdOfTheirSpace() {
        Space space = new Space("OLD");
        space.setId(4242L);
        when(spaceManager.getSpace("OLD")).thenReturn(space);

        new ModelVersionTwoUpgradeTask(spaceManager).upgrade(null, ao);

        assertEquals(4242L, new ProgrammeRepository(ao).findById(programmeId).orElseThrow().spaceId());
    }

    @After
    public void removeRows() throws Exception {
        entityManager.deleteWithSQL(ParticipantEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(MentorSeatEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(ProgrammeEntity.class, "ID > ?", 0);
    }

    private ParticipantEntity participant(String userKey, String role, ParticipantState state) {
        Map<String, Object> values = new HashMap<>();
        values.put(ParticipantEntity.PROGRAMME_ID, programmeId);
        values.put(ParticipantEntity.USER_KEY, userKey);
        values.put(ParticipantEntity.PARTICIPANT_ROLE, role);
        values.put(ParticipantEntity.STATE, state.name());
        values.put(ParticipantEntity.VERSION, 1);
        values.put(ParticipantEntity.PROGRAMME_USER, "before-upgrade-" + ++row);
        return ao.create(ParticipantEntity.class, values);
    }

    private void seat(int capacity, int taken) {
        ao.create(MentorSeatEntity.class, Map.of(MentorSeatEntity.PROGRAMME_ID, programmeId,
                MentorSeatEntity.MENTOR_KEY, "olga", MentorSeatEntity.CAPACITY, capacity, MentorSeatEntity.TAKEN,
                taken, MentorSeatEntity.VERSION, 1, MentorSeatEntity.PROGRAMME_MENTOR, "before-upgrade-" + ++row));
    }

    private ParticipantEntity reread(ParticipantEntity entity) {
        return ao.get(ParticipantEntity.class, entity.getID());
    }
}
