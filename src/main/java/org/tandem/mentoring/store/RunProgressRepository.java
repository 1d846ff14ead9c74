package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The progress record of each programme's matching run, one row per programme. Each write is its own transaction
 * when called outside one; the caller runs it on a thread of its own to keep it out of the run's transaction. Does
 * not ask who is asking.
 */
@Named
public class RunProgressRepository {

    /** The phase a programme's run last reached, when the run started and when that phase was written. */
    public record Progress(int programmeId, String phase, Instant startedAt, Instant updatedAt) {
    }

    private final ActiveObjects ao;

    @Inject
    public RunProgressRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Records the programme's run at {@code phase}, replacing what its last run recorded. */
    public void write(int programmeId, String phase, Instant startedAt, Instant updatedAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    RunProgressEntity[] rows = rows(programmeId);
                    if (rows.length == 0) {
                        Map<String, Object> values = new HashMap<>();
                        values.put(RunProgressEntity.PROGRAMME_ID, programmeId);
                        values.put(RunProgressEntity.PHASE, phase);
                        values.put(RunProgressEntity.STARTED_AT, startedAt.toEpochMilli());
                        values.put(RunProgressEntity.UPDATED_AT, updatedAt.toEpochMilli());
                        ao.create(RunProgressEntity.class, values);
                    } else {
                        rows[0].setPhase(phase);
                        rows[0].setStartedAt(startedAt.toEpochMilli());
                        rows[0].setUpdatedAt(updatedAt.toEpochMilli());
                        rows[0].save();
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                // two nodes creating the programme's first row at once: the second one updates the row instead
                if (attempt > 1 || !(UniqueKey.isDuplicate(e) || UniqueKey.isLostRace(e))) {
                    throw e;
                }
            }
        }
    }

    /** The programme's last recorded run, if it ever had one. */
    public Optional<Progress> find(int programmeId) {
        RunProgressEntity[] rows = rows(programmeId);
        if (rows.length == 0) {
            return Optional.empty();
        }
        RunProgressEntity row = rows[0];
        return Optional.of(new Progress(row.getProgrammeId(), row.getPhase(), Instant.ofEpochMilli(row.getStartedAt()),
                Instant.ofEpochMilli(row.getUpdatedAt())));
    }

    private RunProgressEntity[] rows(int programmeId) {
        return ao.find(RunProgressEntity.class, Query.select().where(RunProgressEntity.PROGRAMME_ID + " = ?",
                programmeId));
    }
}
