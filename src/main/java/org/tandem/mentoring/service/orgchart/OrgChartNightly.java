package org.tandem.mentoring.service.orgchart;

import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.host.HostHome;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImportLog;

/**
 * The nightly org chart file: an administrator names a file in the folder Tandem owns in the shared home
 * ({@link HostHome#ORG_CHART_FOLDER}); a job once per cluster imports it with the remembered mapping, in UPDATE
 * mode, or in REPLACE mode with a ceiling on removals (above it nothing is written). Every run is recorded with its
 * counts, or why it wrote nothing, and its report, which administrators read on the administration page.
 */
@Named
public class OrgChartNightly {

    private static final Logger LOG = LoggerFactory.getLogger(OrgChartNightly.class);
    /** A plain file name: no folders, no leading dot. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._ -]{0,99}");
    /** The highest ceiling on removals an administrator may set. */
    public static final int MAX_CEILING = OrgChartLimits.MAX_ROWS;

    private final OrgChartImportService imports;
    private final OrgChartImportLog log;
    private final HostSettings settings;
    private final HostHome home;
    private final HostUsers users;
    private final OrgChartAdmins admins;

    public OrgChartNightly(OrgChartImportService imports, OrgChartImportLog log, HostSettings settings,
            HostHome home, HostUsers users, OrgChartAdmins admins) {
        this.imports = imports;
        this.log = log;
        this.settings = settings;
        this.home = home;
        this.users = users;
        this.admins = admins;
    }

    /**
     * The nightly file's settings; an empty file name means no nightly import.
     *
     * @param maxRemovals for REPLACE, the most people a run may remove; above it the run writes nothing
     * @param ownerKey    the administrator who set it up, in whose name the runs are recorded
     */
    public record Settings(String fileName, ImportMode mode, int maxRemovals, String ownerKey, String folder) {

        public boolean active() {
            return fileName != null && !fileName.isEmpty();
        }
    }

    /** A kept report: the outcome, the rows, the removals a held run would have made, and its problems. */
    public record Report(long id, String outcome, int rows, int removals, int leftOut, List<ImportProblem> problems) {
    }

    /** @throws Refusal.Forbidden unless the signed-in person is an administrator */
    public Settings settings() {
        checkAllowed();
        return stored();
    }

    /**
     * Sets the nightly file; a blank name turns the nightly import off.
     *
     * @throws Refusal.Forbidden unless the signed-in person is an administrator
     * @throws Refusal.Invalid   for a name that is not a plain file name, or a ceiling out of range
     */
    public Settings save(String fileName, ImportMode mode, Integer maxRemovals) {
        String owner = checkAllowed();
        String name = fileName == null ? "" : fileName.strip();
        Map<String, FieldError> errors = new HashMap<>();
        if (!name.isEmpty() && (!FILE_NAME.matcher(name).matches() || name.contains(".."))) {
            errors.put("fileName", FieldError.of("tandem.orgchart.nightly.file.invalid"));
        }
        ImportMode chosen = mode == null ? ImportMode.UPDATE : mode;
        int ceiling = maxRemovals == null ? 0 : maxRemovals;
        if (ceiling < 0 || ceiling > MAX_CEILING) {
            errors.put("maxRemovals", FieldError.of("tandem.orgchart.nightly.ceiling.invalid", MAX_CEILING));
        }
        if (!errors.isEmpty()) {
            throw new Refusal.Invalid("tandem.orgchart.nightly.invalid", errors);
        }
        settings.setOrgChartNightly(name.isEmpty() ? null : encode(Map.of("file", name, "mode", chosen.name(),
                "max", String.valueOf(ceiling), "owner", owner)));
        return stored();
    }

    /** A kept report of an import record, for administrators; empty when there is no such record. */
    public Optional<Report> report(long id) {
        checkAllowed();
        return log.find(id).map(entry -> {
            OrgChartReportText.Kept kept = OrgChartReportText.read(entry.report());
            return new Report(entry.id(), kept.outcome(), kept.rows(), kept.removals(), kept.leftOut(),
                    kept.problems());
        });
    }

    /** Runs the nightly import now, for an administrator; returns what the run did in short. */
    public String runNow() {
        checkAllowed();
        return run();
    }

    /**
     * The job's run, with nobody signed in. Nothing to do without a nightly file; a missing or unreadable file is
     * recorded as FAILED; another import running is left for the next night.
     */
    public String run() {
        Settings nightly = stored();
        if (!nightly.active()) {
            return "no nightly org chart file is set";
        }
        Optional<Path> folder = home.orgChartFolder();
        Optional<byte[]> csv = folder.flatMap(f -> read(f, nightly.fileName()));
        if (csv.isEmpty()) {
            log.record(new OrgChartImportLog.Entry(0, nightly.ownerKey(), System.currentTimeMillis(),
                    nightly.mode().name(), 0, 0, 0, 0, "NIGHTLY", "FAILED", "FAILED\t0\t0\t0\n"));
            LOG.warn("Tandem nightly org chart: the file {} cannot be read in {}", nightly.fileName(),
                    folder.map(Path::toString).orElse("(no shared home)"));
            return "the file " + nightly.fileName() + " cannot be read";
        }
        int ceiling = nightly.mode() == ImportMode.REPLACE ? nightly.maxRemovals() : 0;
        OrgChartImportService.NightlyRun done;
        try {
            done = imports.importNightly(csv.get(), nightly.mode(), ceiling, nightly.ownerKey());
        } catch (Refusal.Conflict busy) {
            return "another org chart import is running; the file is left for the next run";
        }
        if (done.outcome() != null) {
            LOG.warn("Tandem nightly org chart {}: {} errors, {} removals (ceiling {}); nothing written",
                    done.outcome(), done.report().errors().size(), done.removals(), ceiling);
            return done.outcome().toLowerCase(java.util.Locale.ROOT) + ": nothing written";
        }
        return "imported " + done.counts().orElseThrow();
    }

    private Optional<byte[]> read(Path folder, String fileName) {
        try {
            Path file = folder.resolve(fileName).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(folder)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(in.readNBytes(OrgChartLimits.MAX_BYTES + 1));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Settings stored() {
        Map<String, String> values = decode(settings.orgChartNightly().orElse(""));
        ImportMode mode;
        try {
            mode = ImportMode.valueOf(values.getOrDefault("mode", "UPDATE"));
        } catch (IllegalArgumentException e) {
            mode = ImportMode.UPDATE;
        }
        int ceiling;
        try {
            ceiling = Integer.parseInt(values.getOrDefault("max", "0"));
        } catch (NumberFormatException e) {
            ceiling = 0;
        }
        String folder = home.orgChartFolder().map(Path::toString).orElse("");
        return new Settings(values.getOrDefault("file", ""), mode, ceiling, values.getOrDefault("owner", ""),
                folder);
    }

    private String checkAllowed() {
        String userKey = users.currentUserKey().orElse(null);
        if (!admins.mayImport(userKey)) {
            throw new Refusal.Forbidden("tandem.orgchart.rest.forbidden");
        }
        return userKey;
    }

    private static String encode(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> values = new HashMap<>();
        for (String part : text.split("&")) {
            int at = part.indexOf('=');
            if (at > 0) {
                values.put(part.substring(0, at), URLDecoder.decode(part.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
