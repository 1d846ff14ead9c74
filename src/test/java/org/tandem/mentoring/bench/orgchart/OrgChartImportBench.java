package org.tandem.mentoring.bench.orgchart;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.test.converters.DynamicFieldNameConverter;
import net.java.ao.test.converters.DynamicTableNameConverter;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartCsvReader;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartValidator;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartAdmins;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.StoreEntities;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Times the org chart import: parse and validate a generated CSV file, then the whole import (read, check against
 * the stored chart, write, commit) through the real service and repository into H2 on a temporary file with a DBCP
 * pool. Prints one line:
 * {@code ORGCHART-IMPORT rows=<n> parse_validate_ms=<t> import_ms=<t> total_ms=<t> peak_mb=<mb>}.
 *
 * <p>Arguments: the row count (default 50000), then {@code mem} for an in-memory database instead of a file.
 * The generated organisation: one chief executive, spans of control of 3 to 10, at least 6 levels of management,
 * 14 departments (some names with commas, so quoting is exercised), 12 locations with their languages, user keys
 * in the 32-hex-digit form Confluence uses. Seeded, so every run imports the same file.
 */
public final class OrgChartImportBench {

    private static final String[] DEPARTMENTS = {"Finance", "Sales", "Marketing", "Engineering", "Operations",
        "Human Resources", "Legal", "Research, Development", "Customer Support", "Logistics", "Procurement",
        "IT", "Quality \"Assurance\"", "Strategy"};
    private static final String[] LOCATIONS = {"London", "Berlin", "Paris", "Z\u00fcrich", "Madrid", "Milano",
        "Amsterdam", "Warszawa", "New York", "S\u00e3o Paulo", "Singapore", "Tokyo"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "de", "es", "it", "nl", "pl", "en", "pt", "en",
        "ja"};

    private OrgChartImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        boolean memory = args.length > 1 && "mem".equals(args[1]);
        Generated generated = generate(rows, new Random(20261123L));
        byte[] csv = generated.csv.getBytes(StandardCharsets.UTF_8);
        Set<String> hostUsers = generated.keys;

        Path directory = Files.createTempDirectory("orgchart-bench");
        String url = memory ? "jdbc:h2:mem:orgchart-bench;DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + directory.resolve("tandem").toAbsolutePath();
        EntityManager entityManager = EntityManagerBuilder.url(url).username("sa").password("").dbcp()
                .tableNameConverter(new DynamicTableNameConverter())
                .fieldNameConverter(new DynamicFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        try {
            entityManager.migrate(StoreEntities.all());
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            OrgChartRepository repository = new OrgChartRepository(ao);
            OrgChartImportService service = new OrgChartImportService(repository, new BenchUsers(hostUsers),
                    new EveryoneImports(), new OrgChartImportLog(ao), new AoTransactions(ao));

            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            OrgChartReport report = OrgChartValidator.validate(OrgChartCsvReader.read(csv), hostUsers::contains,
                    Map.of());
            long parsed = System.nanoTime();
            if (report.hasErrors()) {
                throw new IllegalStateException("generated file has errors: " + report.errors().subList(0,
                        Math.min(5, report.errors().size())));
            }
            OrgChartImportResult result = service.importCsv(csv, ImportMode.REPLACE);
            long imported = System.nanoTime();
            if (!result.imported() || repository.count() != rows) {
                throw new IllegalStateException("import failed: " + result.counts() + ", stored " + repository.count());
            }
            long peak = peakHeapBytes();
            byte[] smaller = withoutLastRows(generated.csv, Math.min(1000, rows / 10));
            long again = System.nanoTime();
            OrgChartImportResult second = service.importCsv(smaller, ImportMode.REPLACE);
            long reimported = System.nanoTime();
            System.out.println("ORGCHART-IMPORT-DETAIL second import of the chart without its last rows: reimport_ms="
                    + millis(again, reimported) + " counts=" + second.counts().orElseThrow());
            System.out.println("ORGCHART-IMPORT-DETAIL rows=" + rows + " bytes=" + csv.length + " depth="
                    + generated.depth + " db=" + (memory ? "h2-memory" : "h2-file") + " counts=" + result.counts()
                    .orElseThrow());
            System.out.printf("ORGCHART-IMPORT rows=%d parse_validate_ms=%d import_ms=%d total_ms=%d peak_mb=%d%n",
                    rows, millis(start, parsed), millis(parsed, imported), millis(start, imported),
                    peak / (1024 * 1024));
        } finally {
            entityManager.getProvider().dispose();
            deleteQuietly(directory);
        }
    }

    private record Generated(String csv, Set<String> keys, int depth) {
    }

    /** A seeded organisation of {@code rows} people, written as CSV. */
    static Generated generate(int rows, Random random) {
        StringBuilder csv = new StringBuilder(rows * 96);
        csv.append("user,manager,department,level,location,language\r\n");
        Set<String> keys = new HashSet<>(rows * 2);
        List<String> previousLayer = new ArrayList<>();
        List<Integer> previousDepartments = new ArrayList<>();
        List<Integer> previousLocations = new ArrayList<>();
        String ceo = key(random, keys);
        int ceoLocation = 0;
        append(csv, ceo, "", "Board", 20, ceoLocation);
        previousLayer.add(ceo);
        previousDepartments.add(-1);
        previousLocations.add(ceoLocation);
        int written = 1;
        int depth = 1;
        while (written < rows) {
            List<String> layer = new ArrayList<>();
            List<Integer> departments = new ArrayList<>();
            List<Integer> locations = new ArrayList<>();
            int level = Math.max(1, 20 - 3 * depth);
            for (int m = 0; m < previousLayer.size() && written < rows; m++) {
                int span = depth == 1 ? DEPARTMENTS.length : 3 + random.nextInt(8);
                for (int r = 0; r < span && written < rows; r++) {
                    String person = key(random, keys);
                    int department = depth == 1 ? r % DEPARTMENTS.length : previousDepartments.get(m);
                    int location = random.nextInt(5) == 0 ? random.nextInt(LOCATIONS.length)
                            : previousLocations.get(m);
                    int personLevel = Math.max(1, Math.min(20, level + random.nextInt(3) - 1));
                    append(csv, person, previousLayer.get(m), DEPARTMENTS[department], personLevel, location);
                    layer.add(person);
                    departments.add(department);
                    locations.add(location);
                    written++;
                }
            }
            // keep the tree narrow enough to be deep: only some people of a layer manage others
            previousLayer = new ArrayList<>();
            previousDepartments = new ArrayList<>();
            previousLocations = new ArrayList<>();
            for (int i = 0; i < layer.size(); i++) {
                if (depth < 2 || random.nextInt(3) == 0) {
                    previousLayer.add(layer.get(i));
                    previousDepartments.add(departments.get(i));
                    previousLocations.add(locations.get(i));
                }
            }
            depth++;
        }
        return new Generated(csv.toString(), keys, depth);
    }

    /** The file without its last rows (people of the lowest layer, who manage nobody). */
    private static byte[] withoutLastRows(String csv, int drop) {
        int end = csv.length() - 2;
        for (int i = 0; i < drop; i++) {
            end = csv.lastIndexOf("\r\n", end - 1);
        }
        return csv.substring(0, end + 2).getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder csv, String user, String manager, String department, int level,
            int location) {
        csv.append(user).append(',').append(manager).append(',').append(quoted(department)).append(',')
                .append(level).append(',').append(LOCATIONS[location]).append(',').append(LANGUAGES[location])
                .append("\r\n");
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String key(Random random, Set<String> keys) {
        String key;
        do {
            key = String.format("8a7f808a%08x%016x", random.nextInt(), random.nextLong());
        } while (!keys.add(key));
        return key;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The host's users: everyone of the generated file, and the signed-in person. */
    private static final class BenchUsers extends HostUsers {
        private final Set<String> keys;

        BenchUsers(Set<String> keys) {
            super(null, null);
            this.keys = keys;
        }

        @Override
        public boolean isDeactivated(String userKey) {
            return false;
        }

        @Override
        public Optional<String> currentUserKey() {
            return Optional.of("bench-admin");
        }

        @Override
        public boolean exists(String userKey) {
            return keys.contains(userKey);
        }
    }

    private static final class EveryoneImports extends OrgChartAdmins {
        EveryoneImports() {
            super(null);
        }

        @Override
        public boolean mayImport(String userKey) {
            return true;
        }
    }

    private static final class AoTransactions implements TransactionTemplate {
        private final EntityManagerActiveObjects ao;

        AoTransactions(EntityManagerActiveObjects ao) {
            this.ao = ao;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return ao.executeInTransaction(action);
        }
    }
}
