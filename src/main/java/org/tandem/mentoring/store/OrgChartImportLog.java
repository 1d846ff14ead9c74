package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The record of org chart imports, and the cluster-wide claim that lets one import run at a time. The claim is a
 * single lock row changed by a conditional update on its version; a claim older than the stale time is taken
 * over (a node that died while importing does not block imports for ever).
 */
@Named
public class OrgChartImportLog {

    private static final String LOCK = "orgChartImportLock";

    private final ActiveObjects ao;

    @Inject
    public OrgChartImportLog(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * One import as recorded.
     *
     * @param source  null for an upload, {@code NIGHTLY} for the nightly file
     * @param outcome null when written, else why not ({@code REJECTED}, {@code HELD}, {@code FAILED})
     * @param report  the report kept for administrators, null when none
     */
    public record Entry(long id, String userKey, long importedAt, String mode, int inserted, int updated,
            int unchanged, int deleted, String source, String outcome, String report) {

        public Entry(String userKey, long importedAt, String mode, int inserted, int updated, int unchanged,
                int deleted) {
            this(0, userKey, importedAt, mode, inserted, updated, unchanged, deleted, null, null, null);
        }
    }

    /** Records an import; call it in the import's transaction. */
    public void record(Entry entry) {
        ao.create(OrgChartImportEntity.class,
                new DBParam(OrgChartImportEntity.USER_KEY, entry.userKey()),
                new DBParam(OrgChartImportEntity.IMPORTED_AT, entry.importedAt()),
                new DBParam(OrgChartImportEntity.MODE, entry.mode()),
                new DBParam(OrgChartImportEntity.INSERTED, entry.inserted()),
                new DBParam(OrgChartImportEntity.UPDATED, entry.updated()),
                new DBParam(OrgChartImportEntity.UNCHANGED, entry.unchanged()),
                new DBParam(OrgChartImportEntity.DELETED, entry.deleted()),
                new DBParam(OrgChartImportEntity.SOURCE, entry.source()),
                new DBParam(OrgChartImportEntity.OUTCOME, entry.outcome()),
                new DBParam(OrgChartImportEntity.REPORT, entry.report()));
    }

    /** One recorded import with its report, empty when there is none with that id. */
    public java.util.Optional<Entry> find(long id) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(OrgChartImportEntity.class,
                Query.select().where("ID = ?", id))).findFirst().map(OrgChartImportLog::entry));
    }

    private static Entry entry(OrgChartImportEntity e) {
        return new Entry(e.getID(), e.getUserKey(), e.getImportedAt(), e.getMode(), e.getInserted(), e.getUpdated(),
                e.getUnchanged(), e.getDeleted(), e.getSource(), e.getOutcome(), e.getReport());
    }

    /** The latest {@code most} imports, newest first. */
    public List<Entry> latest(int most) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(OrgChartImportEntity.class, Query.select()
                        .order(OrgChartImportEntity.IMPORTED_AT + " DESC, ID DESC").limit(most)))
                .map(e -> new Entry(e.getID(), e.getUserKey(), e.getImportedAt(), e.getMode(), e.getInserted(),
                        e.getUpdated(), e.getUnchanged(), e.getDeleted(), e.getSource(), e.getOutcome(), null))
                .toList());
    }

    /**
     * Claims the import for {@code holder} unless somebody else holds a claim made after {@code staleBefore}.
     * Runs and commits in its own transaction, so other nodes see it at once.
     *
     * @return true when the claim is now the holder's
     */
    public boolean claim(String holder, long now, long staleBefore) {
        return ao.executeInTransaction(() -> {
            OrgChartLockEntity lock = lockRow();
            if (lock.getHolder() != null && lock.getSince() > staleBefore) {
                return false;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(OrgChartLockEntity.HOLDER, holder);
            values.put(OrgChartLockEntity.SINCE, now);
            try {
                RowVersionUpdate.apply(ao, OrgChartLockEntity.class, LOCK, lock.getID(), lock.getVersion(), values);
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });
    }

    /** Gives the claim back if {@code holder} still has it. */
    public void release(String holder) {
        ao.executeInTransaction(() -> {
            OrgChartLockEntity lock = lockRow();
            if (holder.equals(lock.getHolder())) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put(OrgChartLockEntity.HOLDER, null);
                values.put(OrgChartLockEntity.SINCE, 0L);
                try {
                    RowVersionUpdate.apply(ao, OrgChartLockEntity.class, LOCK, lock.getID(), lock.getVersion(),
                            values);
                } catch (StaleVersionException e) {
                    // taken over as stale in the meantime: it is no longer ours to give back
                }
            }
            return null;
        });
    }

    /** The lock row with the lowest id, made on first use; every node uses that one, even if two made one. */
    private OrgChartLockEntity lockRow() {
        OrgChartLockEntity[] rows = ao.find(OrgChartLockEntity.class, Query.select().order("ID ASC").limit(1));
        if (rows.length > 0) {
            return rows[0];
        }
        ao.create(OrgChartLockEntity.class, new DBParam(OrgChartLockEntity.SINCE, 0L),
                new DBParam(OrgChartLockEntity.VERSION, 1));
        return ao.find(OrgChartLockEntity.class, Query.select().order("ID ASC").limit(1))[0];
    }
}
