package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.ReportingLines;

/**
 * The organisation chart: who works where and who reports to whom.
 *
 * <p>Bulk writes validate every row first and then write in one transaction, in batches of
 * {@value #BATCH} rows, so 50,000 people take a few hundred statements, not 50,000.
 *
 * <p>Reporting lines (everyone above or below a person, at any depth) come from one streamed read of the
 * user-key and manager-key columns into {@link ReportingLines}, not from one query per level. This was chosen over
 * a recursive CTE through {@code findWithSQL} because it needs no hand-written, database-specific SQL (table
 * prefix, schema and identifier quoting are not visible through the ActiveObjects interface, and H2 1.4 and
 * PostgreSQL differ in recursive-query support), a cycle in the data simply ends the walk, and matching asks the
 * question for every mentee of a programme at once: one read answers all of them.
 */
@Named
public class OrgChartRepository {

    static final int BATCH = 1000;
    private static final String RECORD = "orgPerson";
    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public OrgChartRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Replaces the whole chart with {@code people}, atomically. */
    public OrgChartImport replaceAll(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = validate(people);
        return ao.executeInTransaction(() -> {
            int deleted = ao.deleteWithSQL(OrgPersonEntity.class, "ID > ?", 0);
            insert(rows);
            return new OrgChartImport(rows.size(), 0, 0, deleted);
        });
    }

    /**
     * Inserts new people and rewrites the changed ones, matched by user key; people not in {@code people} stay.
     * Atomic. A changed person keeps the user key but gets a new row.
     */
    public OrgChartImport upsertAll(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = validate(people);
        return ao.executeInTransaction(() -> {
            Map<String, Integer> idByKey = new HashMap<>();
            Map<String, OrgPerson> stored = new HashMap<>();
            ao.stream(OrgPersonEntity.class, Query.select(allColumns()), entity -> {
                idByKey.put(entity.getUserKey(), entity.getID());
                stored.put(entity.getUserKey(), toRecord(entity));
            });
            List<Integer> replaced = new ArrayList<>();
            List<Map<String, Object>> toInsert = new ArrayList<>();
            int unchanged = 0;
            int index = 0;
            for (OrgPerson person : people) {
                Map<String, Object> row = rows.get(index++);
                OrgPerson before = stored.get(person.userKey());
                if (before == null) {
                    toInsert.add(row);
                } else if (before.equals(normalised(person))) {
                    unchanged++;
                } else {
                    replaced.add(idByKey.get(person.userKey()));
                    toInsert.add(row);
                }
            }
            deleteIds(replaced);
            insert(toInsert);
            return new OrgChartImport(toInsert.size() - replaced.size(), replaced.size(), unchanged, 0);
        });
    }

    /** Removes people from the chart (for example when their accounts are removed). */
    public int remove(Collection<String> userKeys) {
        List<String> keys = List.copyOf(userKeys);
        return ao.executeInTransaction(() -> {
            int removed = 0;
            for (int from = 0; from < keys.size(); from += IN_CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
                removed += ao.deleteWithSQL(OrgPersonEntity.class,
                        OrgPersonEntity.USER_KEY + " IN (" + marks(chunk.size()) + ")", chunk.toArray());
            }
            return removed;
        });
    }

    public Optional<OrgPerson> findByUserKey(String userKey) {
        return Arrays.stream(ao.find(OrgPersonEntity.class,
                Query.select(allColumns()).where(OrgPersonEntity.USER_KEY + " = ?", userKey)))
                .findFirst().map(OrgChartRepository::toRecord);
    }

    /** The people with these user keys (unknown keys are left out), one query per 500 keys. */
    public Map<String, OrgPerson> findByUserKeys(Collection<String> userKeys) {
        List<String> keys = userKeys.stream().distinct().toList();
        Map<String, OrgPerson> found = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            for (OrgPersonEntity entity : ao.find(OrgPersonEntity.class, Query.select(allColumns())
                    .where(OrgPersonEntity.USER_KEY + " IN (" + marks(chunk.size()) + ")", chunk.toArray()))) {
                found.put(entity.getUserKey(), toRecord(entity));
            }
        }
        return found;
    }

    /** Direct reports of a manager, ordered by user key. */
    public List<OrgPerson> findDirectReports(String managerKey) {
        return Arrays.stream(ao.find(OrgPersonEntity.class, Query.select(allColumns())
                .where(OrgPersonEntity.MANAGER_KEY + " = ?", managerKey).order(OrgPersonEntity.USER_KEY + " ASC")))
                .map(OrgChartRepository::toRecord).toList();
    }

    /** The whole chart, streamed from the database (read-only entities, one query). */
    public List<OrgPerson> findAll() {
        List<OrgPerson> all = new ArrayList<>();
        ao.stream(OrgPersonEntity.class, Query.select(allColumns()).order("ID ASC"),
                entity -> all.add(toRecord(entity)));
        return all;
    }

    public int count() {
        return ao.count(OrgPersonEntity.class);
    }

    /** The reporting hierarchy of the whole organisation, read in one streamed query. */
    public ReportingLines reportingLines() {
        Map<String, String> managerOf = new HashMap<>();
        ao.stream(OrgPersonEntity.class,
                Query.select("ID, " + OrgPersonEntity.USER_KEY + ", " + OrgPersonEntity.MANAGER_KEY),
                entity -> managerOf.put(entity.getUserKey(), entity.getManagerKey()));
        return ReportingLines.of(managerOf);
    }

    /** Everyone above a person, direct manager first. Use {@link #reportingLines()} to ask for many people. */
    public List<String> managersAbove(String userKey) {
        return reportingLines().managersAbove(userKey);
    }

    /** Everyone below a person at any depth. Use {@link #reportingLines()} to ask for many people. */
    public Set<String> reportsBelow(String userKey) {
        return reportingLines().reportsBelow(userKey);
    }

    private void insert(List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            ao.create(OrgPersonEntity.class, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private void deleteIds(List<Integer> ids) {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            ao.deleteWithSQL(OrgPersonEntity.class, "ID IN (" + marks(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static List<Map<String, Object>> validate(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = new ArrayList<>(people.size());
        Set<String> seen = new java.util.HashSet<>(people.size() * 2);
        int index = 0;
        for (OrgPerson person : people) {
            String record = RECORD + "[" + index++ + "]";
            if (person == null) {
                throw new StoreValidationException(record, StoreValidationException.Problem.MISSING, "is empty");
            }
            Map<String, Object> row = new Row(record)
                    .required(OrgPersonEntity.USER_KEY, "userKey", person.userKey(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.MANAGER_KEY, "managerKey", person.managerKey(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.DEPARTMENT, "department", person.department(), StoreLimits.NAME)
                    .value(OrgPersonEntity.ORG_LEVEL, person.level())
                    .optional(OrgPersonEntity.LOCATION, "location", person.location(), StoreLimits.NAME)
                    .optional(OrgPersonEntity.LANGUAGE, "language", person.language(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.DISPLAY_NAME, "displayName", person.displayName(), StoreLimits.NAME)
                    .optional(OrgPersonEntity.TITLE, "title", person.title(), StoreLimits.NAME)
                    .values();
            if (!seen.add(person.userKey())) {
                throw new StoreValidationException(record + ".userKey", StoreValidationException.Problem.DUPLICATE,
                        person.userKey() + " appears more than once");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The person as the store would hand it back: empty strings become null. */
    private static OrgPerson normalised(OrgPerson person) {
        return new OrgPerson(person.userKey(), emptyToNull(person.managerKey()), emptyToNull(person.department()),
                person.level(), emptyToNull(person.location()), emptyToNull(person.language()),
                emptyToNull(person.displayName()), emptyToNull(person.title()));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static String allColumns() {
        return String.join(", ", "ID", OrgPersonEntity.USER_KEY, OrgPersonEntity.MANAGER_KEY,
                OrgPersonEntity.DEPARTMENT, OrgPersonEntity.ORG_LEVEL, OrgPersonEntity.LOCATION,
                OrgPersonEntity.LANGUAGE, OrgPersonEntity.DISPLAY_NAME, OrgPersonEntity.TITLE);
    }

    private static OrgPerson toRecord(OrgPersonEntity entity) {
        return new OrgPerson(entity.getUserKey(), entity.getManagerKey(), entity.getDepartment(),
                entity.getOrgLevel(), entity.getLocation(), entity.getLanguage(), entity.getDisplayName(),
                entity.getTitle());
    }
}
