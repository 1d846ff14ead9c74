package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

import com.atlassian.confluence.spaces.SpaceManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.survey.Rating;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** Model version 4 adds the surveys' tables to a database at version 3 and keeps what it holds. */
public class ModelVersionFourUpgradeTaskTest {

    @Test
    public void upgrade_shouldAddTheSurveyTablesBesideTheRowsOfVersionThree() throws Exception {
        Path directory = Files.createTempDirectory("tandem-v4");
        String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
        try {
            EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(url, "sa", "", "AO_3A5F21_");
            try {
                new ModelVersionOneUpgradeTask().upgrade(null, ao);
                new ModelVersionTwoUpgradeTask(mock(SpaceManager.class)).upgrade(null, ao);
                new ModelVersionThreeUpgradeTask().upgrade(null, ao);
                Programme kept = new ProgrammeRepository(ao).create(Programme.draft("Kept", "KEPT",
                        ProgrammeType.PEER));

                new ModelVersionFourUpgradeTask().upgrade(null, ao);

                SurveyRepository surveys = new SurveyRepository(ao, SharedHomeNoteKeys.in(directory));
                assertEquals(1, surveys.replaceStatements(kept.id(), List.of("Our own")).size());
                LocalDate due = LocalDate.parse("2026-03-03");
                surveys.answer(new SurveyRepository.Draft(new SurveyOccurrence(SurveyKind.PULSE, 1, kept.id(), due,
                        due.plusDays(21)), "mia", List.of(new Rating("pulse-safe", 4)), null, "fine",
                        Instant.EPOCH));
                assertEquals("fine", surveys.answersOf("mia").get(0).text());
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
