package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Which programme was run again as which: one row per new programme. */
@Named
public class RerunRepository {

    /** A programme {@code programmeId} made from {@code previousId} by {@code createdBy} at {@code createdAt}. */
    public record Rerun(int previousId, int programmeId, String createdBy, Instant createdAt) {
    }

    private final ActiveObjects ao;

    public RerunRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Records that {@code programmeId} runs {@code previousId} again; a second record for it is refused. */
    public Rerun record(int previousId, int programmeId, String createdBy, Instant at) {
        for (int id : new int[] {previousId, programmeId}) {
            if (ao.count(ProgrammeEntity.class, "ID = ?", id) == 0) {
                throw new StoreValidationException("rerun.programmeId", StoreValidationException.Problem.NOT_FOUND,
                        "programme " + id + " does not exist");
            }
        }
        Map<String, Object> values = new HashMap<>(new Row("rerun")
                .required(RerunEntity.CREATED_BY, "createdBy", createdBy, StoreLimits.KEY)
                .values());
        values.put(RerunEntity.PREVIOUS_ID, previousId);
        values.put(RerunEntity.PROGRAMME_ID, programmeId);
        values.put(RerunEntity.CREATED_AT, at.toEpochMilli());
        return of(ao.create(RerunEntity.class, values));
    }

    /** Every programme run again, oldest first (one query). */
    public List<Rerun> all() {
        return Arrays.stream(ao.find(RerunEntity.class, Query.select().order("ID ASC")))
                .map(RerunRepository::of).toList();
    }

    private static Rerun of(RerunEntity row) {
        return new Rerun(row.getPreviousId(), row.getProgrammeId(), row.getCreatedBy(),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
