package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Model version 5 on programmes as model version 4 left them: no claims, and two programmes that raced past the
 * old check holding one space key. The test drops a table, so it commits, and it has a schema of its own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(ModelVersionFiveUpgradeTaskTest.OwnSchema.class)
@NameConverters
public class ModelVersionFiveUpgradeTaskTest {

    /** The store's schema, under another name so that the runner builds it afresh for this class. */
    public static class OwnSchema extends StoreSchema {
    }

    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void upgrade_shouldClaimEveryKeyAndLeaveItToTheProgrammeBoundToItsSpace() throws Exception {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        Programme older = programmes.create(Programme.draft("Older draft", "DUP", ProgrammeType.ONE_TO_ONE));
        Programme bound = programmes.create(Programme.draft("Bound", "LATER", ProgrammeType.ONE_TO_ONE)
                .withSpaceId(7L));
        Programme solo = programmes.create(Programme.draft("Solo", "SOLO", ProgrammeType.PEER));
        programmes.create(Programme.draft("No space", null, ProgrammeType.GROUP));
        OldShapes.dropTable(entityManager, SpaceClaimEntity.class);
        ProgrammeEntity racing = ao.get(ProgrammeEntity.class, bound.id());
        racing.setSpaceKey("DUP");
        racing.save();

        new ModelVersionFiveUpgradeTask().upgrade(null, ao);
        new ModelVersionFiveUpgradeTask().upgrade(null, ao);

        Map<String, Integer> claims = new TreeMap<>();
        for (SpaceClaimEntity claim : ao.find(SpaceClaimEntity.class)) {
            claims.put(claim.getSpaceKey(), claim.getProgrammeId());
        }
        assertEquals(Map.of("DUP", bound.id(), "SOLO", solo.id()), claims);
        assertEquals(bound.id(), programmes.findBySpace("DUP", 7L).orElseThrow().id());
        Programme archived = programmes.findById(older.id()).orElseThrow();
        assertEquals(ProgrammePhase.ARCHIVED, archived.phase());
        assertNull(archived.spaceKey());
        assertEquals(older.version() + 1, archived.version());
        assertEquals("Older draft", archived.name());
        assertEquals(4, ao.count(ProgrammeEntity.class));
    }
}
