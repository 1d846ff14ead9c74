package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The Active Objects session store on H2 and PostgreSQL: the contract, and what only a real database shows: the
 * notes' columns hold no plain text, each write draws a fresh nonce, and the key's absence or replacement is a
 * clear error once notes exist.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class AoSessionStoreTest extends SessionStoreContract {

    private static final String CANARY = "canary-7f3a9c-the-mentee-fears-her-boss";

    @Rule
    public TemporaryFolder home = new TemporaryFolder();

    private EntityManager entityManager;
    private ActiveObjects ao;
    private SharedHomeNoteKeys keys;

    @Override
    protected SessionStore newStore() {
        ao = new EntityManagerActiveObjects(entityManager);
        keys = SharedHomeNoteKeys.in(home.getRoot().toPath());
        return new AoSessionStore(ao, keys);
    }

    @Test
    public void writeNote_shouldLeaveNoPlainTextInTheDatabase() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "Notes: " + CANARY, MONDAY, 0);

        List<String> raw = rawNoteRows(session.id());

        assertEquals(1, raw.size());
        assertFalse(raw.get(0), raw.get(0).contains("canary"));
        assertFalse(raw.get(0), raw.get(0).contains("boss"));
        assertFalse(raw.get(0), raw.get(0).contains(Base64.getEncoder().encodeToString(
                CANARY.getBytes(StandardCharsets.UTF_8)).substring(0, 12)));
        assertTrue(sessions.readNotes(session.id()).get(0).text().endsWith(CANARY));
    }

    @Test
    public void writeNote_shouldDrawAFreshNonceForEveryWrite() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "same text", MONDAY, 0);
        String first = rawNoteRows(session.id()).get(0);
        sessions.writeNote(session.id(), "mia", "same text", LATER, 1);
        String second = rawNoteRows(session.id()).get(0);

        assertNotEquals(first, second);
        assertEquals(16, first.split("\\|")[1].length());
    }

    @Test
    public void writeNote_shouldMakeAnOwnerOnlyKeyInTheSharedHomeWhenNoNoteExists() throws Exception {
        Path file = home.getRoot().toPath().resolve("tandem/keys/notes.key");
        assertFalse(Files.exists(file));

        sessions.writeNote(plan(MONDAY).id(), "mia", "hello", MONDAY, 0);

        assertEquals(32, Files.size(file));
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    /** Learnings sealed first, then the key file lost: the first note must not make a second key. */
    @Test
    public void firstNote_shouldNotMakeANewKeyWhenLearningsWereSealedAndTheKeyIsGone() throws Exception {
        LearningRepository learnings = new LearningRepository(ao, keys);
        Learning learnt = learnings.addLearning(Learning.draft(1, 3, 11, "mia", 7, "sealed first", MONDAY));
        Files.delete(keys.file());
        Session session = plan(MONDAY);

        NoteKeyException write = assertThrows(NoteKeyException.class,
                () -> sessions.writeNote(session.id(), "mia", "would make a second key", MONDAY, 0));

        assertEquals(NoteKeyException.Problem.MISSING, write.problem());
        assertFalse(Files.exists(keys.file()));
        assertTrue(rawNoteRows(session.id()).isEmpty());
        assertEquals(NoteKeyException.Problem.MISSING, assertThrows(NoteKeyException.class,
                () -> learnings.findLearning(learnt.id())).problem());
    }

    /** The other way round: notes sealed first, the key lost, the first learning fails the same way. */
    @Test
    public void firstLearning_shouldNotMakeANewKeyWhenNotesWereSealedAndTheKeyIsGone() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "sealed first", MONDAY, 0);
        Files.delete(keys.file());
        LearningRepository learnings = new LearningRepository(ao, keys);

        NoteKeyException write = assertThrows(NoteKeyException.class, () -> learnings.addLearning(
                Learning.draft(1, 3, session.id(), "mia", 7, "would make a second key", MONDAY)));

        assertEquals(NoteKeyException.Problem.MISSING, write.problem());
        assertFalse(Files.exists(keys.file()));
        assertEquals(0, entityManager.count(LearningEntity.class));
    }

    @Test
    public void notes_shouldFailClearlyWhenTheKeyIsGoneAndWriteNothing() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "kept", MONDAY, 0);
        List<String> before = rawNoteRows(session.id());
        Files.delete(keys.file());

        NoteKeyException read = assertThrows(NoteKeyException.class, () -> sessions.readNotes(session.id()));
        NoteKeyException write = assertThrows(NoteKeyException.class,
                () -> sessions.writeNote(session.id(), "olga", "would be lost", LATER, 0));

        assertEquals(NoteKeyException.Problem.MISSING, read.problem());
        assertEquals(NoteKeyException.Problem.MISSING, write.problem());
        assertTrue(read.getMessage(), read.getMessage().contains(keys.file().toString()));
        assertFalse(Files.exists(keys.file()));
        assertEquals(before, rawNoteRows(session.id()));
    }

    @Test
    public void notes_shouldFailClearlyUnderAnotherKey() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "kept", MONDAY, 0);
        byte[] other = new byte[32];
        other[0] = 1;
        Files.write(keys.file(), other);

        NoteKeyException read = assertThrows(NoteKeyException.class, () -> sessions.readNotes(session.id()));
        NoteKeyException write = assertThrows(NoteKeyException.class,
                () -> sessions.writeNote(plan(LATER).id(), "mia", "x", LATER, 0));

        assertEquals(NoteKeyException.Problem.WRONG_KEY, read.problem());
        assertEquals(NoteKeyException.Problem.WRONG_KEY, write.problem());
        assertFalse(read.getMessage().contains("kept"));
    }

    @Test
    public void notes_shouldFailClearlyWhenTheKeyFileIsNotAKey() throws Exception {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "kept", MONDAY, 0);
        Files.writeString(keys.file(), "not a key");

        NoteKeyException read = assertThrows(NoteKeyException.class, () -> sessions.readNotes(session.id()));

        assertEquals(NoteKeyException.Problem.UNREADABLE, read.problem());
    }

    @Test
    public void readNotes_shouldRefuseACiphertextMovedToAnotherSession() throws Exception {
        Session first = plan(MONDAY);
        Session second = plan(LATER);
        sessions.writeNote(first.id(), "mia", "about my manager", MONDAY, 0);
        sessions.writeNote(second.id(), "mia", "harmless", LATER, 0);
        String[] moved = rawNoteRows(first.id()).get(0).split("\\|");

        DatabaseProvider provider = entityManager.getProvider();
        String table = provider.withSchema(entityManager.getTableNameConverter().getName(SessionNoteEntity.class));
        try (Connection connection = provider.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET "
                        + provider.processID(SessionNoteEntity.CIPHERTEXT) + " = ?, "
                        + provider.processID(SessionNoteEntity.NONCE) + " = ? WHERE "
                        + provider.processID(SessionNoteEntity.SESSION_ID) + " = ?")) {
            update.setString(1, moved[0]);
            update.setString(2, moved[1]);
            update.setInt(3, second.id());
            assertEquals(1, update.executeUpdate());
        }
        ao.flushAll();

        NoteKeyException refused = assertThrows(NoteKeyException.class, () -> sessions.readNotes(second.id()));
        assertEquals(NoteKeyException.Problem.WRONG_KEY, refused.problem());
    }

    /** CIPHERTEXT|NONCE|KEY_ID of each note of a session, read with plain SQL. */
    private List<String> rawNoteRows(int sessionId) throws Exception {
        DatabaseProvider provider = entityManager.getProvider();
        String table = provider.withSchema(entityManager.getTableNameConverter().getName(SessionNoteEntity.class));
        List<String> rows = new ArrayList<>();
        try (Connection connection = provider.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT "
                        + provider.processID(SessionNoteEntity.CIPHERTEXT) + ", "
                        + provider.processID(SessionNoteEntity.NONCE) + ", "
                        + provider.processID(SessionNoteEntity.KEY_ID) + " FROM " + table + " WHERE "
                        + provider.processID(SessionNoteEntity.SESSION_ID) + " = ? ORDER BY "
                        + provider.processID("ID"))) {
            select.setInt(1, sessionId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3));
                }
            }
        }
        return rows;
    }
}
