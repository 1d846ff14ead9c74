package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.Query;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/**
 * The organisation chart: who works where and who reports to whom.
 *
 * <p>Bulk writes validate every row first and then write in one transaction, in batches of
 * {@value #BATCH} rows, so 50,000 people take a few hundred statements, not 50,000.
 *
 * <p>Reporting lines come back as one immutable {@link OrgChart}, read once per request:
 * <ul>
 * <li>{@link #snapshot} reads a few people and the chains of managers above them with one recursive query
 * ({@code WITH RECURSIVE}) on PostgreSQL and H2, through the indexed USER_KEY column: what judging a few pairs or
 * finding a manager needs. Other databases (Oracle and SQL Server reject {@code WITH RECURSIVE}) walk up one level
 * per query.</li>
 * <li>{@link #whole()} reads everyone in one streamed query; a matching run asks about every participant of a
 * programme at once.</li>
 * </ul>
 */
@Named
public class OrgChartRepository {

    static final int BATCH = 1000;
    /** Bulk writes of at least this many rows refresh the planner's statistics. */
    private static final int STATISTICS_THRESHOLD = 1000;
    /** Separates user keys on a walked path; a control character no user key contains. */
    private static final String SEPARATOR = "\u001f";
    /** Longest walked path, in characters (about 3,900 levels of 255-character keys). */
    private static final int MAX_PATH = 1_000_000;
    /** Deepest walk; only reached by a cycle longer than a path holds. */
    private static final int MAX_DEPTH = 100_000;

    private final ActiveObjects ao;

    @Inject
    public OrgChartRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Replaces the whole chart with {@code people}, atomically. */
    public OrgChartImport replaceAll(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = OrgPersonRows.validate(people);
        return ao.executeInTransaction(() -> {
            int deleted = ao.deleteWithSQL(OrgPersonEntity.class, "ID > ?", 0);
            insert(rows);
            clearLeavers(keys(people));
            refreshStatistics(rows.size() + deleted);
            return new OrgChartImport(rows.size(), 0, 0, deleted);
        });
    }

    /**
     * Inserts new people and rewrites the changed ones, matched by user key; people not in {@code people} stay.
     * Atomic. A changed person keeps the user key but gets a new row.
     */
    public OrgChartImport upsertAll(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = OrgPersonRows.validate(people);
        return ao.executeInTransaction(() -> {
            Map<String, Integer> idByKey = new HashMap<>();
            Map<String, OrgPerson> stored = new HashMap<>();
            ao.stream(OrgPersonEntity.class, Query.select(OrgPersonRows.allColumns()), entity -> {
                idByKey.put(entity.getUserKey(), entity.getID());
                stored.put(entity.getUserKey(), OrgPersonRows.toRecord(entity));
            });
            List<Integer> replaced = new ArrayList<>();
            List<Map<String, Object>> toInsert = new ArrayList<>();
            List<String> arrived = new ArrayList<>();
            int unchanged = 0;
            int index = 0;
            for (OrgPerson person : people) {
                Map<String, Object> row = rows.get(index++);
                OrgPerson before = stored.get(person.userKey());
                if (before == null) {
                    toInsert.add(row);
                    arrived.add(person.userKey());
                } else if (before.equals(OrgPersonRows.normalised(person))) {
                    unchanged++;
                } else {
                    replaced.add(idByKey.get(person.userKey()));
                    toInsert.add(row);
                }
            }
            deleteIds(replaced);
            insert(toInsert);
            clearLeavers(arrived);
            refreshStatistics(toInsert.size() + replaced.size());
            return new OrgChartImport(toInsert.size() - replaced.size(), replaced.size(), unchanged, 0);
        });
    }

    /** Removes people from the chart (for example when their accounts are removed), noting today as the day they left. */
    public int remove(Collection<String> userKeys) {
        return remove(userKeys, Instant.now());
    }

    /**
     * Removes people from the chart and notes {@code leftOn} as the day each of them left (for the programme
     * dashboard's retention); a person who was not in the chart is not noted.
     */
    public int remove(Collection<String> userKeys, Instant leftOn) {
        return ao.executeInTransaction(() -> {
            int removed = 0;
            List<Map<String, Object>> leavers = new ArrayList<>();
            for (List<String> part : InClause.parts(userKeys)) {
                for (OrgPersonEntity entity : ao.find(OrgPersonEntity.class, Query.select("ID, "
                        + OrgPersonEntity.USER_KEY).where(InClause.in(OrgPersonEntity.USER_KEY, part),
                        part.toArray()))) {
                    leavers.add(Map.of(OrgLeaverEntity.USER_KEY, entity.getUserKey(), OrgLeaverEntity.LEFT_ON,
                            leftOn.toEpochMilli()));
                }
                removed += ao.deleteWithSQL(OrgPersonEntity.class, InClause.in(OrgPersonEntity.USER_KEY, part),
                        part.toArray());
            }
            clearLeavers(leavers.stream().map(row -> (String) row.get(OrgLeaverEntity.USER_KEY)).distinct()
                    .toList());
            for (int from = 0; from < leavers.size(); from += BATCH) {
                ao.create(OrgLeaverEntity.class, leavers.subList(from, Math.min(leavers.size(), from + BATCH)));
            }
            return removed;
        });
    }

    /** When each person who left the chart left it, by user key (people back in the chart are not listed). */
    public Map<String, Instant> leavers() {
        Map<String, Instant> leftOn = new HashMap<>();
        ao.stream(OrgLeaverEntity.class, Query.select("ID, " + OrgLeaverEntity.USER_KEY + ", "
                + OrgLeaverEntity.LEFT_ON), entity -> leftOn.put(entity.getUserKey(),
                        Instant.ofEpochMilli(entity.getLeftOn())));
        return leftOn;
    }

    /** People back in the chart have not left: their departure notes go. */
    private void clearLeavers(List<String> keys) {
        for (List<String> part : InClause.parts(keys)) {
            ao.deleteWithSQL(OrgLeaverEntity.class, InClause.in(OrgLeaverEntity.USER_KEY, part), part.toArray());
        }
    }

    private static List<String> keys(Collection<OrgPerson> people) {
        return people.stream().map(OrgPerson::userKey).distinct().toList();
    }

    public Optional<OrgPerson> findByUserKey(String userKey) {
        return Arrays.stream(ao.find(OrgPersonEntity.class,
                Query.select(OrgPersonRows.allColumns()).where(OrgPersonEntity.USER_KEY + " = ?", userKey)))
                .findFirst().map(OrgPersonRows::toRecord);
    }

    /** The people with these user keys (unknown keys are left out), one query per {@value InClause#MAX} keys. */
    public Map<String, OrgPerson> findByUserKeys(Collection<String> userKeys) {
        Map<String, OrgPerson> found = new LinkedHashMap<>();
        for (List<String> part : InClause.parts(userKeys)) {
            for (OrgPersonEntity entity : ao.find(OrgPersonEntity.class, Query.select(OrgPersonRows.allColumns())
                    .where(InClause.in(OrgPersonEntity.USER_KEY, part), part.toArray()))) {
                found.put(entity.getUserKey(), OrgPersonRows.toRecord(entity));
            }
        }
        return found;
    }

    /** Direct reports of a manager, ordered by user key. */
    public List<OrgPerson> findDirectReports(String managerKey) {
        return Arrays.stream(ao.find(OrgPersonEntity.class, Query.select(OrgPersonRows.allColumns())
                .where(OrgPersonEntity.MANAGER_KEY + " = ?", managerKey).order(OrgPersonEntity.USER_KEY + " ASC")))
                .map(OrgPersonRows::toRecord).toList();
    }

    /** The whole chart, streamed from the database (read-only entities, one query). */
    public List<OrgPerson> findAll() {
        List<OrgPerson> all = new ArrayList<>();
        ao.stream(OrgPersonEntity.class, Query.select(OrgPersonRows.allColumns()).order("ID ASC"),
                entity -> all.add(OrgPersonRows.toRecord(entity)));
        return all;
    }

    public int count() {
        return ao.count(OrgPersonEntity.class);
    }

    /** The whole organisation as one chart, read in one streamed query (for a matching run). */
    public OrgChart whole() {
        return OrgChart.of(findAll());
    }

    /**
     * The given people and the whole chain of managers above each of them, as one chart: what judging a few pairs
     * needs. People not in the chart are left out; a manager named but not stored stands at the top with an
     * unknown level. One recursive query per {@value InClause#MAX} people on PostgreSQL and H2, however long the
     * chains; elsewhere one query per level of the deepest chain.
     *
     * @throws IllegalArgumentException when the stored reporting lines hold a cycle (see {@link OrgChart})
     */
    public OrgChart snapshot(Collection<String> userKeys) {
        List<String> keys = userKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return OrgChart.empty();
        }
        Optional<NativeSql> db = nativeSql();
        if (db.isEmpty()) {
            return OrgChart.empty();
        }
        if (!db.get().supportsRecursiveQueries()) {
            return snapshotByLevels(keys);
        }
        Map<String, OrgPerson> found = new LinkedHashMap<>();
        for (List<String> part : InClause.parts(keys)) {
            for (OrgPerson person : chains(db.get(), part)) {
                found.put(person.userKey(), person);
            }
        }
        return OrgChart.of(found.values());
    }

    /** {@link #snapshot} for databases without recursive queries: one query per level, each key read once. */
    OrgChart snapshotByLevels(Collection<String> userKeys) {
        Map<String, OrgPerson> found = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>(userKeys);
        List<String> level = List.copyOf(asked);
        while (!level.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (OrgPerson person : findByUserKeys(level).values()) {
                found.put(person.userKey(), person);
                if (person.hasManager() && asked.add(person.managerKey())) {
                    next.add(person.managerKey());
                }
            }
            level = next;
        }
        return OrgChart.of(found.values());
    }

    /**
     * The people with these keys and everyone above them, in one recursive query. Every walked row carries its
     * path, and a person already on the path is not walked again, so a cycle in the data ends the walk (H2 1.4
     * does not end a cyclic {@code UNION} on its own) and reaches {@link OrgChart}, which refuses it.
     */
    private static List<OrgPerson> chains(NativeSql sql, List<String> keys) {
        String table = sql.table(OrgPersonEntity.class);
        String user = sql.column(OrgPersonEntity.USER_KEY);
        String manager = sql.column(OrgPersonEntity.MANAGER_KEY);
        String details = Stream.of(OrgPersonEntity.DEPARTMENT, OrgPersonEntity.ORG_LEVEL, OrgPersonEntity.LOCATION,
                OrgPersonEntity.LANGUAGE, OrgPersonEntity.DISPLAY_NAME, OrgPersonEntity.TITLE)
                .map(column -> ", p." + sql.column(column)).collect(Collectors.joining());
        String query = "WITH RECURSIVE above (uk, mk, dp, lv, lc, lg, dn, tt, depth, walked) AS ("
                + " SELECT p." + user + ", p." + manager + details + ", 0, " + path("CONCAT(?, p." + user + ", ?)")
                + " FROM " + table + " p WHERE " + InClause.in("p." + user, keys)
                + " UNION ALL SELECT p." + user + ", p." + manager + details + ", a.depth + 1, "
                + path("CONCAT(a.walked, p." + user + ", ?)")
                + " FROM " + table + " p JOIN above a ON p." + user + " = a.mk"
                + " WHERE POSITION(CONCAT(?, p." + user + ", ?) IN a.walked) = 0 AND a.depth < " + MAX_DEPTH + ")"
                + " SELECT uk, mk, dp, lv, lc, lg, dn, tt FROM above";
        List<String> parameters = new ArrayList<>();
        parameters.add(SEPARATOR);
        parameters.add(SEPARATOR);
        parameters.addAll(keys);
        parameters.add(SEPARATOR);
        parameters.add(SEPARATOR);
        parameters.add(SEPARATOR);
        List<OrgPerson> people = new ArrayList<>();
        try (Connection connection = sql.connection();
                PreparedStatement statement = sql.prepare(connection, query)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    people.add(new OrgPerson(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getInt(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting lines", e);
        }
        return people;
    }

    /** Access to hand-written SQL through any stored person, or empty when the chart is empty. */
    private Optional<NativeSql> nativeSql() {
        OrgPersonEntity[] any = ao.find(OrgPersonEntity.class, Query.select("ID").limit(1));
        return any.length == 0 ? Optional.empty() : Optional.of(NativeSql.of(any[0]));
    }

    private static String path(String expression) {
        return "CAST(" + expression + " AS VARCHAR(" + MAX_PATH + "))";
    }

    /** After a large bulk write, lets the database planner learn the new table (see {@link NativeSql#analyze}). */
    private void refreshStatistics(int rowsWritten) {
        if (rowsWritten < STATISTICS_THRESHOLD) {
            return;
        }
        nativeSql().ifPresent(sql -> {
            try {
                sql.analyze(OrgPersonEntity.class);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not refresh the statistics of the org chart", e);
            }
        });
    }

    private void insert(List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            ao.create(OrgPersonEntity.class, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private void deleteIds(List<Integer> ids) {
        for (List<Integer> part : InClause.parts(ids)) {
            ao.deleteWithSQL(OrgPersonEntity.class, InClause.in("ID", part), part.toArray());
        }
    }
}
