package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class LearningThemeRepositoryTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private LearningThemeRepository themes;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        themes = new LearningThemeRepository(ao);
    }

    @Test
    public void seedDefaultTaxonomy_shouldStoreEveryCategoryOfTheSeedDocuments() {
        int added = themes.seedDefaultTaxonomy();

        assertEquals(40, added);
        Map<String, Long> perCategory = themes.findDefaultTaxonomy().stream()
                .collect(Collectors.groupingBy(LearningTheme::category, Collectors.counting()));
        assertEquals(Long.valueOf(9), perCategory.get(DefaultLearningThemes.NEW_IN_ROLE));
        assertEquals(Long.valueOf(11), perCategory.get(DefaultLearningThemes.STRUGGLING));
        assertEquals(Long.valueOf(9), perCategory.get(DefaultLearningThemes.CAPABLE_OF_MORE));
        assertEquals(Long.valueOf(5), perCategory.get(DefaultLearningThemes.LAUNCH_NEEDS));
        assertEquals(Long.valueOf(6), perCategory.get(DefaultLearningThemes.REVERSE_MENTORING));
        assertTrue(themes.findDefaultTaxonomy().stream().anyMatch(theme -> theme.name().equals("Delegating")));
    }

    @Test
    public void seedDefaultTaxonomy_shouldAddNothingTheSecondTime() {
        themes.seedDefaultTaxonomy();

        assertEquals(0, themes.seedDefaultTaxonomy());
        assertEquals(40, ao.count(ThemeEntity.class));
    }

    @Test
    public void seedDefaultTaxonomy_shouldKeepRenamedThemesAndRestoreOnlyWhatIsMissing() {
        themes.seedDefaultTaxonomy();
        LearningTheme delegating = themes.findDefaultTaxonomy().stream()
                .filter(theme -> theme.name().equals("Delegating")).findFirst().orElseThrow();
        themes.update(new LearningTheme(delegating.id(), delegating.version(), null, delegating.category(),
                "Delegating work"));

        assertEquals(1, themes.seedDefaultTaxonomy());
        assertEquals(41, ao.count(ThemeEntity.class));
    }

    @Test
    public void upgradeTask_shouldCreateTheTablesAndSeedOnceAtModelVersionOne() {
        ModelVersionOneUpgradeTask task = new ModelVersionOneUpgradeTask();

        task.upgrade(task.getModelVersion(), ao);
        task.upgrade(task.getModelVersion(), ao);

        assertEquals("1", task.getModelVersion().toString());
        assertEquals(DefaultLearningThemes.all().size(), ao.count(ThemeEntity.class));
    }

    @Test
    public void findAvailableTo_shouldCombineTheDefaultTaxonomyWithTheProgrammesOwnThemes() {
        themes.seedDefaultTaxonomy();
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        int mine = programmes.create(Programme.draft("Mine", "MINE", ProgrammeType.GROUP)).id();
        int other = programmes.create(Programme.draft("Other", "OTHER", ProgrammeType.GROUP)).id();
        LearningTheme own = themes.create(LearningTheme.of(mine, "engineering", "Code review culture"));
        themes.create(LearningTheme.of(other, "engineering", "Not mine"));

        List<LearningTheme> available = themes.findAvailableTo(mine);

        assertEquals(41, available.size());
        assertTrue(available.contains(own));
        assertTrue(available.stream().noneMatch(theme -> theme.name().equals("Not mine")));
    }

    @Test
    public void create_shouldRefuseAnUnknownProgrammeOrAnOverLongNameAndWriteNothing() {
        StoreValidationException unknown = assertThrows(StoreValidationException.class,
                () -> themes.create(LearningTheme.of(424242, "engineering", "Testing")));
        StoreValidationException tooLong = assertThrows(StoreValidationException.class,
                () -> themes.create(LearningTheme.of(null, "engineering", "t".repeat(451))));

        assertEquals("theme.programmeId", unknown.field());
        assertEquals("theme.name", tooLong.field());
        assertEquals(StoreValidationException.Problem.TOO_LONG, tooLong.problem());
        assertEquals(0, ao.count(ThemeEntity.class));
    }

    @Test
    public void update_shouldRefuseAStaleVersion() {
        LearningTheme created = themes.create(LearningTheme.of(null, "engineering", "Testing"));
        themes.update(new LearningTheme(created.id(), created.version(), null, "engineering", "Testing well"));

        assertThrows(StaleVersionException.class, () -> themes.update(
                new LearningTheme(created.id(), created.version(), null, "engineering", "Testing badly")));

        assertEquals("Testing well", themes.findById(created.id()).orElseThrow().name());
    }

    @Test
    public void delete_shouldRemoveAnUnusedThemeAndKeepAChosenOne() {
        int programme = new ProgrammeRepository(ao).create(Programme.draft("P", "P", ProgrammeType.GROUP)).id();
        LearningTheme unused = themes.create(LearningTheme.of(null, "engineering", "Unused"));
        LearningTheme chosen = themes.create(LearningTheme.of(null, "engineering", "Chosen"));
        new ParticipantRepository(ao).create(org.tandem.mentoring.domain.participant.Participant.apply(programme,
                "u-1", org.tandem.mentoring.domain.participant.ParticipantRole.MENTEE, List.of(chosen.id())));

        themes.delete(unused.id());
        StoreValidationException inUse = assertThrows(StoreValidationException.class,
                () -> themes.delete(chosen.id()));

        assertEquals(StoreValidationException.Problem.IN_USE, inUse.problem());
        assertTrue(themes.findById(unused.id()).isEmpty());
        assertTrue(themes.findById(chosen.id()).isPresent());
        assertThrows(RecordNotFoundException.class, () -> themes.delete(unused.id()));
    }
}
