package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

import com.atlassian.confluence.spaces.SpaceManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Model version 3 adds the running pairing's tables to a database at version 2 and keeps what it holds. */
public class ModelVersionThreeUpgradeTaskTest {

    @Test
    public void upgrade_shouldAddTheSessionTablesBesideTheRowsOfVersionTwo() throws Exception {
        Path directory = Files.createTempDirectory("tandem-v3");
        String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
        try {
            EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(url, "sa", "", "AO_3A5F21_");
            try {
                new ModelVersionOneUpgradeTask().upgrade(null, ao);
                new ModelVersionTwoUpgradeTask(mock(SpaceManager.class)).upgrade(null, ao);
                new ProgrammeRepository(ao).create(Programme.draft("Kept", "KEPT", ProgrammeType.PEER));

                new ModelVersionThreeUpgradeTask().upgrade(null, ao);

                AoSessionStore store = new AoSessionStore(ao, SharedHomeNoteKeys.in(directory));
                Session session = store.createSession(Session.planned(1, Instant.parse("2026-03-02T09:00:00Z"),
                        ZoneId.of("UTC"), 30, SessionFormat.CALL, List.of(), "mia", Instant.EPOCH));
                store.writeNote(session.id(), "mia", "first note", Instant.EPOCH, 0);
                assertEquals("first note", store.readNotes(session.id()).get(0).text());
                assertEquals(List.of("Kept"), new ProgrammeRepository(ao).findAll().stream()
                        .map(Programme::name).toList());
            } finally {
                ao.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
