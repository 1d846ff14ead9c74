package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.spaces.SpaceManager;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Model version 2 on tables as model version 1 left them: rows, and no key columns. A database refuses to add a NOT
 * NULL column to a table that holds rows, so the task must add the columns nullable, key the rows, and only then
 * make the columns NOT NULL and unique. The test changes the schema, so it commits, and it has a schema of its own
 * so that no other test class sees what it leaves.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(ModelVersionTwoOnOldRowsTest.OwnSchema.class)
@NameConverters
public class ModelVersionTwoOnOldRowsTest {

    /** The store's schema, under another name so that the runner builds it afresh for this class and the next. */
    public static class OwnSchema extends StoreSchema {
    }

    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void upgrade_shouldKeyTablesThatHeldRowsBeforeTheirKeyColumnsExisted() throws Exception {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        int programmeId = new ProgrammeRepository(ao).create(Programme.draft("Old", "OLDROWS",
                ProgrammeType.ONE_TO_ONE)).id();
        ParticipantEntity ann = participant(ao, programmeId, "ann", "before-upgrade-1");
        ao.create(MentorSeatEntity.class, Map.of(MentorSeatEntity.PROGRAMME_ID, programmeId,
                MentorSeatEntity.MENTOR_KEY, "olga", MentorSeatEntity.CAPACITY, 2, MentorSeatEntity.TAKEN, 0,
                MentorSeatEntity.VERSION, 1, MentorSeatEntity.PROGRAMME_MENTOR, "before-upgrade-2"));
        dropColumn(ParticipantEntity.class, ParticipantEntity.PROGRAMME_USER);
        dropColumn(MentorSeatEntity.class, MentorSeatEntity.PROGRAMME_MENTOR);
        dropColumn(ThemeEntity.class, ThemeEntity.PROGRAMME_NAME);

        new ModelVersionTwoUpgradeTask(mock(SpaceManager.class)).upgrade(null, ao);

        assertEquals(programmeId + ":ann", ao.get(ParticipantEntity.class, ann.getID()).getProgrammeUser());
        assertEquals(programmeId + ":olga", ao.find(MentorSeatEntity.class)[0].getProgrammeMentor());
        assertThrows("the key column is unique again", RuntimeException.class,
                () -> participant(ao, programmeId, "ann", programmeId + ":ann"));
    }

    private static ParticipantEntity participant(ActiveObjects ao, int programmeId, String userKey, String key) {
        Map<String, Object> values = new HashMap<>();
        values.put(ParticipantEntity.PROGRAMME_ID, programmeId);
        values.put(ParticipantEntity.USER_KEY, userKey);
        values.put(ParticipantEntity.PARTICIPANT_ROLE, "MENTEE");
        values.put(ParticipantEntity.STATE, ParticipantState.APPLIED.name());
        values.put(ParticipantEntity.VERSION, 1);
        values.put(ParticipantEntity.PROGRAMME_USER, key);
        return ao.create(ParticipantEntity.class, values);
    }

    private void dropColumn(Class<? extends RawEntity<?>> entity, String column) throws Exception {
        OldShapes.dropColumn(entityManager, entity, column);
    }
}
