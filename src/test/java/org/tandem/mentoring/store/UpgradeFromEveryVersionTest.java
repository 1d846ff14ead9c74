package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.spaces.SpaceManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * A database left by each earlier model version (1, 2, 3, 4), with rows, upgraded by the tasks Active Objects runs
 * after that version, in order: every row is still there (the row count of every table of the old version adds up),
 * what the app reads from them reads the same, and the tables of the later versions work. The old shapes are the
 * store's tables with what came later taken away (tables dropped, columns dropped with their constraints), so the
 * fixture is that version's schema holding that version's data. Runs on H2 and, with {@code ao.test.database},
 * PostgreSQL; it changes the schema, so it commits and has a schema of its own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(UpgradeFromEveryVersionTest.OwnSchema.class)
@NameConverters
public class UpgradeFromEveryVersionTest {

    /** The store's schema, under another name so that the runner builds it afresh for this class. */
    public static class OwnSchema extends StoreSchema {
    }

    private static final List<Class<? extends RawEntity<?>>> VERSION_THREE_TABLES = List.of(PairingHomeEntity.class,
            SessionEntity.class, SessionNoteEntity.class, ActionItemEntity.class, PageAuditEntity.class);
    private static final List<Class<? extends RawEntity<?>>> VERSION_FOUR_TABLES = List.of(LearningEntity.class,
            ExpectationsEntity.class, FitAnswerEntity.class);
    private static final List<Class<? extends RawEntity<?>>> VERSION_FIVE_TABLES = List.of(SpaceClaimEntity.class);

    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void fromVersionOne_shouldKeepEveryRowAndStartWithEveryLaterTable() throws Exception {
        upgrade(1, "ONE");
    }

    @Test
    @NonTransactional
    public void fromVersionTwo_shouldKeepEveryRowAndStartWithEveryLaterTable() throws Exception {
        upgrade(2, "TWO");
    }

    @Test
    @NonTransactional
    public void fromVersionThree_shouldKeepEveryRowAndStartWithEveryLaterTable() throws Exception {
        upgrade(3, "THREE");
    }

    @Test
    @NonTransactional
    public void fromVersionFour_shouldKeepEveryRowAndStartWithEveryLaterTable() throws Exception {
        upgrade(4, "FOUR");
    }

    /** Seeds the rows a database at {@code version} can hold, shapes it as that version did, upgrades, checks. */
    private void upgrade(int version, String spaceKey) throws Exception {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        Path home = Files.createTempDirectory("tandem-upgrade");
        int programmeId = new ProgrammeRepository(ao).create(Programme.draft("Cohort " + spaceKey, spaceKey,
                ProgrammeType.ONE_TO_ONE)).id();
        LearningTheme theme = new LearningThemeRepository(ao).create(LearningTheme.of(programmeId, "Craft",
                "Reviews " + spaceKey));
        ParticipantRepository participants = new ParticipantRepository(ao);
        for (int i = 0; i < 12; i++) {
            participants.create(Participant.apply(programmeId, spaceKey.toLowerCase() + "-" + i,
                    i % 3 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE, List.of(theme.id())));
        }
        new OrgChartRepository(ao).upsertAll(List.of(OrgPerson.of(spaceKey + "-boss", null, "Ops", 9),
                OrgPerson.of(spaceKey + "-staff", spaceKey + "-boss", "Ops", 4)));
        new OrgChartImportLog(ao).record(new OrgChartImportLog.Entry("admin", 1_700_000_000_000L, "UPDATE", 2, 0,
                0, 0));
        if (version >= 3) {
            AoSessionStore sessions = new AoSessionStore(ao, SharedHomeNoteKeys.in(home));
            Session session = sessions.createSession(Session.planned(programmeId, Instant.parse("2026-03-02T09:00:00Z"),
                    ZoneId.of("UTC"), 30, SessionFormat.CALL, List.of(), "mia", Instant.EPOCH));
            sessions.writeNote(session.id(), "mia", "kept through the upgrade", Instant.EPOCH, 0);
        }
        Map<String, Integer> before = counts(ao, version);

        shapeAs(version);
        for (ActiveObjectsUpgradeTask task : tasksAfter(version)) {
            task.upgrade(null, ao);
        }

        assertEquals("rows of every table of version " + version, before, counts(ao, version));
        Programme programme = new ProgrammeRepository(ao).findBySpaceKey(spaceKey).orElseThrow();
        assertEquals("Cohort " + spaceKey, programme.name());
        assertEquals(12, participants.findByProgramme(programmeId).size());
        assertEquals(4, participants.findByProgrammeAndRole(programmeId, ParticipantRole.MENTOR).size());
        assertEquals(spaceKey + "-boss", new OrgChartRepository(ao).findByUserKey(spaceKey + "-staff")
                .orElseThrow().managerKey());
        OrgChartImportLog.Entry imported = new OrgChartImportLog(ao).latest(50).stream()
                .filter(e -> e.importedAt() == 1_700_000_000_000L).findFirst().orElseThrow();
        assertNull("an import before the log kept its source reads as an upload", imported.source());
        assertNull("and as written", imported.outcome());
        AoSessionStore sessions = new AoSessionStore(ao, SharedHomeNoteKeys.in(home));
        Session later = sessions.createSession(Session.planned(programmeId, Instant.parse("2026-04-06T09:00:00Z"),
                ZoneId.of("UTC"), 30, SessionFormat.VIDEO, List.of(), "mia", Instant.EPOCH));
        assertTrue("the tables of later versions work", later.id() > 0);
        for (Class<? extends RawEntity<?>> table : VERSION_FOUR_TABLES) {
            assertEquals(table.getSimpleName(), 0, rows(ao, table));
        }
        assertEquals("the programme holds its space key", programmeId,
                ao.find(SpaceClaimEntity.class)[0].getProgrammeId());
        assertThrows("and no other programme can take it", StoreValidationException.class,
                () -> new ProgrammeRepository(ao).create(Programme.draft("Other", spaceKey, ProgrammeType.PEER)));
        if (version >= 3) {
            int kept = ao.find(SessionNoteEntity.class).length;
            assertEquals(1, kept);
        }
    }

    /** Takes away what the versions after {@code version} added. */
    private void shapeAs(int version) throws Exception {
        for (Class<? extends RawEntity<?>> table : VERSION_FIVE_TABLES) {
            OldShapes.dropTable(entityManager, table);
        }
        if (version < 4) {
            for (Class<? extends RawEntity<?>> table : VERSION_FOUR_TABLES) {
                OldShapes.dropTable(entityManager, table);
            }
            for (String column : List.of(OrgChartImportEntity.SOURCE, OrgChartImportEntity.OUTCOME,
                    OrgChartImportEntity.REPORT)) {
                OldShapes.dropColumn(entityManager, OrgChartImportEntity.class, column);
            }
        }
        if (version < 3) {
            for (Class<? extends RawEntity<?>> table : VERSION_THREE_TABLES) {
                OldShapes.dropTable(entityManager, table);
            }
        }
        if (version < 2) {
            OldShapes.dropColumn(entityManager, ParticipantEntity.class, ParticipantEntity.PROGRAMME_USER);
            OldShapes.dropColumn(entityManager, MentorSeatEntity.class, MentorSeatEntity.PROGRAMME_MENTOR);
            OldShapes.dropColumn(entityManager, ThemeEntity.class, ThemeEntity.PROGRAMME_NAME);
            OldShapes.dropColumn(entityManager, ProgrammeEntity.class, ProgrammeEntity.SPACE_ID);
        }
    }

    /** The tasks Active Objects runs on a database at {@code version}, in their order. */
    private static List<ActiveObjectsUpgradeTask> tasksAfter(int version) {
        List<ActiveObjectsUpgradeTask> all = List.of(new ModelVersionOneUpgradeTask(),
                new ModelVersionTwoUpgradeTask(mock(SpaceManager.class)), new ModelVersionThreeUpgradeTask(),
                new ModelVersionFourUpgradeTask(), new ModelVersionFiveUpgradeTask());
        return all.subList(version, all.size());
    }

    /** The row count of every table a database at {@code version} has. */
    private static Map<String, Integer> counts(ActiveObjects ao, int version) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Class<? extends RawEntity<?>> entity : List.of(StoreEntities.all())) {
            if (VERSION_FIVE_TABLES.contains(entity) || version < 4 && VERSION_FOUR_TABLES.contains(entity)
                    || version < 3 && VERSION_THREE_TABLES.contains(entity)) {
                continue;
            }
            counts.put(entity.getSimpleName(), rows(ao, entity));
        }
        return counts;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int rows(ActiveObjects ao, Class<? extends RawEntity<?>> entity) {
        return ao.count((Class) entity);
    }
}
