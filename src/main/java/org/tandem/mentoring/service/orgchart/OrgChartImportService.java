package org.tandem.mentoring.service.orgchart;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.csv.ColumnMapping;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartCsvFile;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartRow;
import org.tandem.mentoring.domain.orgchart.csv.PeopleFound;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartCsvReader;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartValidator;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImport;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;

/**
 * Imports the organisation chart from a CSV file (see {@link OrgChartCsvReader} for the format and
 * {@link OrgChartValidator} for the rules), for Confluence administrators only.
 *
 * <p>Both calls read and check the file against the stored chart inside one transaction. An import writes only
 * when the report holds no error, and then in that same transaction: it all happens or none of it does. Replacing
 * is an upsert by user key followed by removing the people the file does not name, so the counts say what changed
 * person by person and unchanged people are not rewritten. The file has no display name or title: a person who
 * stays keeps the stored ones.
 *
 * <p>Guards: a replacement that names nobody is refused (it would empty the chart); one that removes more than
 * {@value #CONFIRM_ABOVE_PERCENT}% of the stored people is written only when the caller confirms the exact number
 * of removals the preview showed. One preview or import runs at a time in the cluster (a claim in the database,
 * taken over after {@link #STALE_MILLIS} ms); every import written is recorded with who, when, mode and counts.
 */
@Named
public class OrgChartImportService {

    /** A replacement removing more than this share of the stored people needs the number confirmed. */
    public static final int CONFIRM_ABOVE_PERCENT = 10;
    /** A claim older than this (30 minutes) belongs to a node that stopped; the next import takes it over. */
    public static final long STALE_MILLIS = 30 * 60 * 1000L;
    /** How many imports the administration page lists. */
    public static final int LATEST = 10;

    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final OrgChartAdmins admins;
    private final OrgChartImportLog log;
    private final TransactionTemplate transactions;
    private final OrgChartMappings mappings;

    public OrgChartImportService(OrgChartRepository orgChart, HostUsers users, OrgChartAdmins admins,
            OrgChartImportLog log, TransactionTemplate transactions, OrgChartMappings mappings) {
        this.orgChart = orgChart;
        this.users = users;
        this.admins = admins;
        this.log = log;
        this.transactions = transactions;
        this.mappings = mappings;
    }

    /**
     * Checks a file and tells what an import would change; writes nothing.
     *
     * @throws Refusal.Forbidden when the signed-in person may not import
     */
    public OrgChartPreview preview(byte[] csv, ImportMode mode) {
        return preview(csv, mode, null);
    }

    /**
     * Previews a file read with {@code mapping}, or with the mapping remembered from the last import when it is
     * null.
     */
    public OrgChartPreview preview(byte[] csv, ImportMode mode, OrgChartMapping mapping) {
        String userKey = checkAllowed();
        OrgChartMapping used = mapping == null ? mappings.remembered() : mapping;
        return oneAtATime(userKey, () -> transactions.execute(() -> {
            Checked checked = check(csv, mode, used);
            Optional<OrgChartCounts> changes = checked.report.hasErrors() ? Optional.empty()
                    : Optional.of(changes(checked.people, checked.stored, mode));
            boolean confirm = changes.map(c -> needsConfirmation(c.deleted(), checked.stored.size()))
                    .orElse(false);
            return new OrgChartPreview(mode, checked.report, changes, confirm, checked.view);
        }));
    }

    /**
     * Reads at most {@link OrgChartLimits#MAX_BYTES} bytes (and one more, to tell a file that is too large) and
     * previews them. The caller closes the stream.
     */
    public OrgChartPreview preview(InputStream csv, ImportMode mode) throws IOException {
        return preview(csv.readNBytes(OrgChartLimits.MAX_BYTES + 1), mode);
    }

    /**
     * Imports a file: when the report holds an error nothing is written and the result carries only the report;
     * otherwise the chart is replaced or updated atomically and the result carries the counts.
     *
     * @throws Refusal.Forbidden when the signed-in person may not import
     * @throws Refusal.Invalid   when a replacement removes more than {@value #CONFIRM_ABOVE_PERCENT}% of the
     *                           people and {@code confirmedRemovals} is not that number
     * @throws Refusal.Conflict  when another import is running
     */
    public OrgChartImportResult importCsv(byte[] csv, ImportMode mode, Integer confirmedRemovals) {
        return importCsv(csv, mode, confirmedRemovals, null);
    }

    /**
     * Imports a file read with {@code mapping} (null: the remembered one); an import that is written remembers
     * the mapping for the next one.
     */
    public OrgChartImportResult importCsv(byte[] csv, ImportMode mode, Integer confirmedRemovals,
            OrgChartMapping mapping) {
        String userKey = checkAllowed();
        OrgChartMapping used = mapping == null ? mappings.remembered() : mapping;
        return oneAtATime(userKey, () -> transactions.execute(() -> {
            Checked checked = check(csv, mode, used);
            if (checked.report.hasErrors()) {
                return OrgChartImportResult.rejected(mode, checked.report);
            }
            List<String> leaving = mode == ImportMode.REPLACE ? leaving(checked.people, checked.stored) : List.of();
            checkConfirmed(leaving.size(), checked.stored.size(), confirmedRemovals);
            OrgChartCounts counts = write(checked, leaving);
            log.record(new OrgChartImportLog.Entry(userKey, System.currentTimeMillis(), mode.name(),
                    counts.inserted(), counts.updated(), counts.unchanged(), counts.deleted()));
            mappings.remember(remembered(used, checked.view));
            return OrgChartImportResult.imported(mode, checked.report, counts);
        }));
    }

    /**
     * The nightly file's run, with no one signed in: checked and written as an import in {@code mode}, except that
     * a replacement removing more than {@code maxRemovals} people writes nothing ({@link NightlyRun#held()}).
     * Every run is recorded with its counts or why it wrote nothing, and its report. The caller (the job) has
     * already read the file; the remembered mapping reads it.
     */
    NightlyRun importNightly(byte[] csv, ImportMode mode, int maxRemovals, String ownerKey) {
        OrgChartMapping used = mappings.remembered();
        return oneAtATime("nightly", () -> transactions.execute(() -> {
            Checked checked = check(csv, mode, used);
            if (checked.report.hasErrors()) {
                return recordNightly(ownerKey, mode, "REJECTED", checked.report, null, 0);
            }
            List<String> leaving = mode == ImportMode.REPLACE ? leaving(checked.people, checked.stored) : List.of();
            if (leaving.size() > maxRemovals) {
                return recordNightly(ownerKey, mode, "HELD", checked.report, null, leaving.size());
            }
            return recordNightly(ownerKey, mode, null, checked.report, write(checked, leaving), leaving.size());
        }));
    }

    /** A nightly run as recorded. */
    record NightlyRun(String outcome, OrgChartReport report, Optional<OrgChartCounts> counts, int removals) {
        boolean held() {
            return "HELD".equals(outcome);
        }
    }

    private NightlyRun recordNightly(String ownerKey, ImportMode mode, String outcome, OrgChartReport report,
            OrgChartCounts counts, int removals) {
        OrgChartCounts shown = counts == null ? new OrgChartCounts(0, 0, 0, 0) : counts;
        String text = OrgChartReportText.of(report, outcome, removals);
        log.record(new OrgChartImportLog.Entry(0, ownerKey, System.currentTimeMillis(), mode.name(),
                shown.inserted(), shown.updated(), shown.unchanged(), shown.deleted(), "NIGHTLY", outcome, text));
        return new NightlyRun(outcome, report, Optional.ofNullable(counts), removals);
    }

    private OrgChartCounts write(Checked checked, List<String> leaving) {
        OrgChartImport written = orgChart.upsertAll(checked.people);
        int deleted = leaving.isEmpty() ? 0 : orgChart.remove(leaving);
        return new OrgChartCounts(written.inserted(), written.updated(), written.unchanged(), deleted);
    }

    /** What the next import starts from: the cells this file used, and the level words known. */
    private static OrgChartMapping remembered(OrgChartMapping used, OrgChartFileView view) {
        Map<OrgChartColumn, String> chosen = new java.util.EnumMap<>(OrgChartColumn.class);
        chosen.putAll(used.columns().chosen());
        view.mapped().forEach((column, cell) -> OrgChartMapping.column(column).ifPresent(c -> chosen.put(c, cell)));
        return new OrgChartMapping(new ColumnMapping(chosen), used.levels());
    }

    /** An import without a confirmed number of removals: enough for updates and small replacements. */
    public OrgChartImportResult importCsv(byte[] csv, ImportMode mode) {
        return importCsv(csv, mode, null);
    }

    /** Reads an import from a stream, as {@link #preview(InputStream, ImportMode)} does. */
    public OrgChartImportResult importCsv(InputStream csv, ImportMode mode) throws IOException {
        return importCsv(csv.readNBytes(OrgChartLimits.MAX_BYTES + 1), mode);
    }

    /**
     * The latest imports, newest first, for the administration page.
     *
     * @throws Refusal.Forbidden when the signed-in person may not import
     */
    public List<OrgChartImportRecord> latestImports() {
        checkAllowed();
        return log.latest(LATEST).stream().map(entry -> new OrgChartImportRecord(entry.userKey(),
                users.displayName(entry.userKey()), entry.importedAt(), ImportMode.valueOf(entry.mode()),
                new OrgChartCounts(entry.inserted(), entry.updated(), entry.unchanged(), entry.deleted()),
                entry.id(), "NIGHTLY".equals(entry.source()), entry.outcome()))
                .toList();
    }

    /** True when removing {@code removals} of {@code stored} people is more than the share a caller must confirm. */
    static boolean needsConfirmation(int removals, int stored) {
        return removals > 0 && removals * 100L > stored * (long) CONFIRM_ABOVE_PERCENT;
    }

    private static void checkConfirmed(int removals, int stored, Integer confirmed) {
        if (!needsConfirmation(removals, stored) || Objects.equals(confirmed, removals)) {
            return;
        }
        String key = confirmed == null ? "tandem.orgchart.import.confirm.missing"
                : "tandem.orgchart.import.confirm.differs";
        List<Serializable> args = confirmed == null ? List.of(removals) : List.of(removals, confirmed);
        throw new Refusal.Invalid(key, args, Map.of("confirmRemovals",
                new FieldError("tandem.orgchart.import.confirm.field", List.of(removals))));
    }

    private <T> T oneAtATime(String userKey, Supplier<T> work) {
        String holder = userKey + " " + UUID.randomUUID();
        long now = System.currentTimeMillis();
        if (!log.claim(holder, now, now - STALE_MILLIS)) {
            throw new Refusal.Conflict("tandem.orgchart.import.busy");
        }
        try {
            return work.get();
        } finally {
            log.release(holder);
        }
    }

    private String checkAllowed() {
        String userKey = users.currentUserKey().orElse(null);
        if (!admins.mayImport(userKey)) {
            throw new Refusal.Forbidden("tandem.orgchart.rest.forbidden");
        }
        return userKey;
    }

    private record Checked(OrgChartReport report, Map<String, OrgPerson> stored, List<OrgPerson> people,
            OrgChartFileView view) {
    }

    private Checked check(byte[] csv, ImportMode mode, OrgChartMapping mapping) {
        List<OrgPerson> all = orgChart.findAll();
        Map<String, OrgPerson> stored = new HashMap<>(all.size() * 2);
        Map<String, String> storedManagers = new HashMap<>(all.size() * 2);
        for (OrgPerson person : all) {
            stored.put(person.userKey(), person);
            if (mode == ImportMode.UPDATE) {
                storedManagers.put(person.userKey(), person.managerKey());
            }
        }
        OrgChartCsvFile file = OrgChartCsvReader.read(csv, mapping.columns());
        PeopleFound found = new PeopleFound(file.unreadable() ? Map.of() : users.keysFor(namedPeople(file)));
        OrgChartReport report = OrgChartValidator.validate(file, found, storedManagers, mapping.levels());
        if (mode == ImportMode.REPLACE && !report.hasErrors() && report.rows().isEmpty()) {
            List<ImportProblem> problems = new ArrayList<>(report.problems());
            problems.add(ImportProblem.of(1, null, ProblemCode.NOBODY, ""));
            report = new OrgChartReport(report.columns(), report.rows(), problems);
        }
        List<OrgPerson> people = report.hasErrors() ? List.of() : merged(report, mode, stored);
        return new Checked(report, stored, people, OrgChartFileViews.of(file, mapping.levels()));
    }

    /** Every distinct value of the user and manager columns, to be found in one pass. */
    private static Set<String> namedPeople(OrgChartCsvFile file) {
        Set<String> values = new HashSet<>(file.rows().size() * 2);
        for (OrgChartRow row : file.rows()) {
            values.add(row.user());
            if (!row.manager().isEmpty()) {
                values.add(row.manager());
            }
        }
        values.remove("");
        return values;
    }

    /** The people of the file with what the file does not say taken from the stored chart. */
    private static List<OrgPerson> merged(OrgChartReport report, ImportMode mode, Map<String, OrgPerson> stored) {
        boolean keepLocation = mode == ImportMode.UPDATE && !report.columns().contains(OrgChartColumn.LOCATION);
        boolean keepLanguage = mode == ImportMode.UPDATE && !report.columns().contains(OrgChartColumn.LANGUAGE);
        List<OrgPerson> people = new ArrayList<>(report.rows().size());
        for (OrgPerson person : report.people()) {
            OrgPerson before = stored.get(person.userKey());
            if (before == null) {
                people.add(person);
            } else {
                people.add(new OrgPerson(person.userKey(), person.managerKey(), person.department(), person.level(),
                        keepLocation ? before.location() : person.location(),
                        keepLanguage ? before.language() : person.language(),
                        before.displayName(), before.title()));
            }
        }
        return people;
    }

    private static OrgChartCounts changes(List<OrgPerson> people, Map<String, OrgPerson> stored, ImportMode mode) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (OrgPerson person : people) {
            OrgPerson before = stored.get(person.userKey());
            if (before == null) {
                inserted++;
            } else if (before.equals(person)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        int deleted = mode == ImportMode.REPLACE ? stored.size() - updated - unchanged : 0;
        return new OrgChartCounts(inserted, updated, unchanged, deleted);
    }

    private static List<String> leaving(List<OrgPerson> people, Map<String, OrgPerson> stored) {
        Set<String> staying = new HashSet<>(people.size() * 2);
        for (OrgPerson person : people) {
            staying.add(person.userKey());
        }
        return stored.keySet().stream().filter(key -> !staying.contains(key)).toList();
    }
}
