package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class StoreDatabaseTest {

    private EntityManager entityManager;

    @Test
    public void provider_shouldBeTheDatabaseAskedForWithAoTestDatabase() {
        String asked = System.getProperty("ao.test.database", "h2-memory");
        String provider = entityManager.getProvider().getClass().getSimpleName();

        String expected = asked.startsWith("h2") ? "H2DatabaseProvider"
                : asked.equals("postgres") ? "PostgreSQLDatabaseProvider" : provider;
        assertEquals("ao.test.database=" + asked, expected, provider);
    }

    @Test
    public void open_shouldKeepDataInAnH2FileDatabaseAcrossRestarts() throws IOException {
        Path directory = Files.createTempDirectory("tandem-store");
        String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
        try {
            EntityManagerActiveObjects first = EntityManagerActiveObjects.open(url, "sa", "", "AO_3A5F21_");
            new ModelVersionOneUpgradeTask().upgrade(null, first);
            new ProgrammeRepository(first).create(Programme.draft("Kept", "KEPT", ProgrammeType.PEER));
            assertEquals("AO_3A5F21_PROGRAMME",
                    first.entityManager().getTableNameConverter().getName(ProgrammeEntity.class));
            first.close();

            EntityManagerActiveObjects second = EntityManagerActiveObjects.open(url, "sa", "", "AO_3A5F21_");
            try {
                new ModelVersionOneUpgradeTask().upgrade(null, second);
                List<Programme> programmes = new ProgrammeRepository(second).findAll();
                assertEquals(List.of("Kept"), programmes.stream().map(Programme::name).toList());
                assertEquals(DefaultLearningThemes.all().size(),
                        new LearningThemeRepository(second).findDefaultTaxonomy().size());
            } finally {
                second.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            assertTrue(Files.notExists(directory));
        }
    }
}
