package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;

/** Learning themes: the default taxonomy and the themes a programme adds. */
@Named
public class LearningThemeRepository {

    private static final String RECORD = "theme";

    private final ActiveObjects ao;

    @Inject
    public LearningThemeRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Adds every theme of {@link DefaultLearningThemes} that the default taxonomy lacks (same category and name).
     * Safe to call any number of times; themes a coordinator has added stay.
     *
     * @return how many themes were added
     */
    public int seedDefaultTaxonomy() {
        return ao.executeInTransaction(() -> {
            Set<String> present = new HashSet<>();
            for (LearningTheme theme : findDefaultTaxonomy()) {
                present.add(theme.category() + '\n' + theme.name());
            }
            List<Map<String, Object>> rows = DefaultLearningThemes.all().stream()
                    .filter(theme -> !present.contains(theme.category() + '\n' + theme.name()))
                    .map(LearningThemeRepository::columns)
                    .toList();
            if (!rows.isEmpty()) {
                ao.create(ThemeEntity.class, rows);
            }
            return rows.size();
        });
    }

    /**
     * Stores a new theme. A programme offers a theme (category and name, whatever their case) once: the database
     * refuses a second, and the call fails with {@link StoreValidationException.Problem#DUPLICATE} on the name.
     */
    public LearningTheme create(LearningTheme theme) {
        Map<String, Object> values = columns(theme);
        return refusingDuplicates(theme, () -> ao.executeInTransaction(() -> {
            requireProgramme(theme.programmeId());
            return toRecord(ao.create(ThemeEntity.class, values));
        }));
    }

    /** Renames or recategorises a theme if it is still at {@code theme.version()}. */
    public LearningTheme update(LearningTheme theme) {
        Map<String, Object> values = columns(theme);
        values.remove(ThemeEntity.PROGRAMME_ID);
        values.remove(ThemeEntity.VERSION);
        return refusingDuplicates(theme, () -> ao.executeInTransaction(() -> {
            LearningTheme stored = findById(theme.id())
                    .orElseThrow(() -> new RecordNotFoundException(RECORD, theme.id()));
            values.put(ThemeEntity.PROGRAMME_NAME, UniqueKey.theme(stored.programmeId(), theme.category(),
                    theme.name()));
            RowVersionUpdate.apply(ao, ThemeEntity.class, RECORD, theme.id(), theme.version(), values);
            return findById(theme.id()).orElseThrow(() -> new RecordNotFoundException(RECORD, theme.id()));
        }));
    }

    private <T> T refusingDuplicates(LearningTheme theme, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e)) {
                throw new StoreValidationException(RECORD + ".name", StoreValidationException.Problem.DUPLICATE,
                        "programme " + theme.programmeId() + " already offers " + theme.name());
            }
            if (UniqueKey.isLostRace(e)) {
                throw new StaleVersionException(RECORD, theme.id(), theme.version());
            }
            throw e;
        }
    }

    /**
     * Removes a theme nobody has chosen. A theme that participants want or offer stays, and the call fails with
     * {@link StoreValidationException.Problem#IN_USE}; rename it instead.
     */
    public void delete(int id) {
        ao.executeInTransaction(() -> {
            int users = ao.count(ParticipantThemeEntity.class, ParticipantThemeEntity.THEME_ID + " = ?", id);
            if (users > 0) {
                throw new StoreValidationException(RECORD + ".id", StoreValidationException.Problem.IN_USE,
                        "theme " + id + " is chosen by " + users + " participants");
            }
            if (ao.deleteWithSQL(ThemeEntity.class, "ID = ?", id) == 0) {
                throw new RecordNotFoundException(RECORD, id);
            }
            return null;
        });
    }

    public Optional<LearningTheme> findById(int id) {
        return Arrays.stream(ao.find(ThemeEntity.class, Query.select().where("ID = ?", id)))
                .findFirst().map(LearningThemeRepository::toRecord);
    }

    /** The default taxonomy, in the order it was stored. */
    public List<LearningTheme> findDefaultTaxonomy() {
        return Arrays.stream(ao.find(ThemeEntity.class,
                Query.select().where(ThemeEntity.PROGRAMME_ID + " IS NULL").order("ID ASC")))
                .map(LearningThemeRepository::toRecord).toList();
    }

    /** The default taxonomy and the programme's own themes, in one query. */
    public List<LearningTheme> findAvailableTo(int programmeId) {
        return Arrays.stream(ao.find(ThemeEntity.class,
                Query.select().where(ThemeEntity.PROGRAMME_ID + " IS NULL OR " + ThemeEntity.PROGRAMME_ID + " = ?",
                        programmeId).order("ID ASC")))
                .map(LearningThemeRepository::toRecord).toList();
    }

    private void requireProgramme(Integer programmeId) {
        if (programmeId != null && ao.count(ProgrammeEntity.class, "ID = ?", programmeId) == 0) {
            throw new StoreValidationException(RECORD + ".programmeId", StoreValidationException.Problem.NOT_FOUND,
                    "programme " + programmeId + " does not exist");
        }
    }

    private static Map<String, Object> columns(LearningTheme theme) {
        return new Row(RECORD)
                .value(ThemeEntity.PROGRAMME_ID, theme.programmeId())
                .required(ThemeEntity.CATEGORY, "category", theme.category(), StoreLimits.KEY)
                .required(ThemeEntity.NAME, "name", theme.name(), StoreLimits.NAME)
                .value(ThemeEntity.VERSION, 1)
                .value(ThemeEntity.PROGRAMME_NAME, UniqueKey.theme(theme.programmeId(), theme.category(),
                        theme.name()))
                .values();
    }

    static LearningTheme toRecord(ThemeEntity entity) {
        return new LearningTheme(entity.getID(), entity.getVersion(), entity.getProgrammeId(), entity.getCategory(),
                entity.getName());
    }
}
