package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;

/** The programmes' matching settings, with optimistic locking on their version. Does not ask who is asking. */
@Named
public class MatchingSettingsRepository {

    private static final String RECORD = "matchingSettings";

    private final ActiveObjects ao;

    @Inject
    public MatchingSettingsRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The stored settings of a programme, empty while it uses the defaults. */
    public Optional<MatchingSettings> find(int programmeId) {
        MatchingSettingsEntity[] rows = ao.find(MatchingSettingsEntity.class, Query.select()
                .where(MatchingSettingsEntity.PROGRAMME_ID + " = ?", programmeId));
        return rows.length == 0 ? Optional.empty() : Optional.of(settings(rows[0]));
    }

    /** The stored settings, else the defaults at version 0. */
    public MatchingSettings findOrDefaults(int programmeId) {
        return find(programmeId).orElseGet(() -> MatchingSettings.defaults(programmeId));
    }

    /**
     * Stores the settings if the programme's are still at {@code settings.version()} (0: none stored yet);
     * otherwise a {@link StaleVersionException} and nothing written.
     */
    public MatchingSettings save(MatchingSettings settings, String updatedBy, Instant at) {
        Map<String, Object> values = new Row(RECORD)
                .required(MatchingSettingsEntity.OBJECTIVE, "objective", settings.objective())
                .required(MatchingSettingsEntity.UPDATED_BY, "updatedBy", updatedBy, StoreLimits.KEY)
                .required(MatchingSettingsEntity.WEIGHTS, "weights", settings.weights().entrySet().stream()
                        .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(",")),
                        StoreLimits.NAME)
                .value(MatchingSettingsEntity.SAME_MANAGER, settings.excludeSameManagerPeers())
                .value(MatchingSettingsEntity.UPDATED_AT, at.toEpochMilli())
                .values();
        int programmeId = settings.programmeId();
        return ao.executeInTransaction(() -> {
            MatchingSettingsEntity[] existing = ao.find(MatchingSettingsEntity.class, Query.select()
                    .where(MatchingSettingsEntity.PROGRAMME_ID + " = ?", programmeId));
            if (existing.length == 0) {
                if (settings.version() != 0) {
                    throw new StaleVersionException(RECORD, programmeId, settings.version());
                }
                values.put(MatchingSettingsEntity.PROGRAMME_ID, programmeId);
                values.put(MatchingSettingsEntity.VERSION, 1);
                try {
                    return settings(ao.create(MatchingSettingsEntity.class, values));
                } catch (RuntimeException e) {
                    if (UniqueKey.isDuplicate(e)) {
                        throw new StaleVersionException(RECORD, programmeId, settings.version());
                    }
                    throw e;
                }
            }
            int id = existing[0].getID();
            RowVersionUpdate.apply(ao, MatchingSettingsEntity.class, RECORD, id, settings.version(), values);
            return settings(ao.get(MatchingSettingsEntity.class, id));
        });
    }

    private static MatchingSettings settings(MatchingSettingsEntity row) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (String pair : row.getWeights().split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                try {
                    weights.put(Criterion.valueOf(parts[0]), Integer.valueOf(parts[1]));
                } catch (IllegalArgumentException e) {
                    // a criterion this version does not know weighs nothing
                }
            }
        }
        return new MatchingSettings(row.getProgrammeId(), Objective.valueOf(row.getObjective()), weights,
                row.isSameManager(), row.getVersion());
    }
}
