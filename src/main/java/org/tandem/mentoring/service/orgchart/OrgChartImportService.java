package org.tandem.mentoring.service.orgchart;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartCsvReader;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartValidator;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImport;
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
 */
@Named
public class OrgChartImportService {

    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final OrgChartAdmins admins;
    private final TransactionTemplate transactions;

    public OrgChartImportService(OrgChartRepository orgChart, HostUsers users, OrgChartAdmins admins,
            TransactionTemplate transactions) {
        this.orgChart = orgChart;
        this.users = users;
        this.admins = admins;
        this.transactions = transactions;
    }

    /**
     * Checks a file and tells what an import would change; writes nothing.
     *
     * @throws Refusal.Forbidden when the signed-in person may not import
     */
    public OrgChartPreview preview(byte[] csv, ImportMode mode) {
        return transactions.execute(() -> {
            checkAllowed();
            Checked checked = check(csv, mode);
            Optional<OrgChartCounts> changes = checked.report.hasErrors() ? Optional.empty()
                    : Optional.of(changes(checked.people, checked.stored, mode));
            return new OrgChartPreview(mode, checked.report, changes);
        });
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
     */
    public OrgChartImportResult importCsv(byte[] csv, ImportMode mode) {
        return transactions.execute(() -> {
            checkAllowed();
            Checked checked = check(csv, mode);
            if (checked.report.hasErrors()) {
                return OrgChartImportResult.rejected(mode, checked.report);
            }
            OrgChartImport written = orgChart.upsertAll(checked.people);
            int deleted = 0;
            if (mode == ImportMode.REPLACE) {
                deleted = orgChart.remove(leaving(checked.people, checked.stored));
            }
            return OrgChartImportResult.imported(mode, checked.report,
                    new OrgChartCounts(written.inserted(), written.updated(), written.unchanged(), deleted));
        });
    }

    /** Reads an import from a stream, as {@link #preview(InputStream, ImportMode)} does. */
    public OrgChartImportResult importCsv(InputStream csv, ImportMode mode) throws IOException {
        return importCsv(csv.readNBytes(OrgChartLimits.MAX_BYTES + 1), mode);
    }

    private void checkAllowed() {
        String userKey = users.currentUserKey().orElse(null);
        if (!admins.mayImport(userKey)) {
            throw new Refusal.Forbidden("tandem.orgchart.rest.forbidden");
        }
    }

    private record Checked(OrgChartReport report, Map<String, OrgPerson> stored, List<OrgPerson> people) {
    }

    private Checked check(byte[] csv, ImportMode mode) {
        List<OrgPerson> all = orgChart.findAll();
        Map<String, OrgPerson> stored = new HashMap<>(all.size() * 2);
        Map<String, String> storedManagers = new HashMap<>(all.size() * 2);
        for (OrgPerson person : all) {
            stored.put(person.userKey(), person);
            if (mode == ImportMode.UPDATE) {
                storedManagers.put(person.userKey(), person.managerKey());
            }
        }
        OrgChartReport report = OrgChartValidator.validate(OrgChartCsvReader.read(csv), users::exists,
                storedManagers);
        List<OrgPerson> people = report.hasErrors() ? List.of() : merged(report, mode, stored);
        return new Checked(report, stored, people);
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
