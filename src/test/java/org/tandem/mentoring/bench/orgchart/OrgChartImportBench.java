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
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import java.lang.reflect.Proxy;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartAdmins;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.service.orgchart.OrgChartMapping;
import org.tandem.mentoring.service.orgchart.OrgChartMappings;
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
        String pgUrl = System.getProperty("bench.db.url");
        Generated generated = generate(rows, new Random(20261123L));
        byte[] csv = generated.csv.getBytes(StandardCharsets.UTF_8);
        byte[] hrCsv = generated.hrCsv.getBytes(StandardCharsets.UTF_8);
        Set<String> hostUsers = generated.keys;

        Path directory = Files.createTempDirectory("orgchart-bench");
        String db = pgUrl != null ? "postgresql" : memory ? "h2-memory" : "h2-file";
        String url = pgUrl != null ? pgUrl : memory ? "jdbc:h2:mem:orgchart-bench;DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + directory.resolve("tandem").toAbsolutePath();
        var credentials = EntityManagerBuilder.url(url)
                .username(pgUrl != null ? System.getProperty("bench.db.username") : "sa")
                .password(pgUrl != null ? System.getProperty("bench.db.password") : "");
        if (pgUrl != null) {
            credentials = credentials.schema(System.getProperty("bench.db.schema"));
        }
        EntityManager entityManager = credentials.dbcp()
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
            repository.replaceAll(List.of());
            BenchDirectory directoryCalls = new BenchDirectory(generated.people);
            OrgChartImportService service = new OrgChartImportService(repository, new BenchUsers(directoryCalls),
                    new EveryoneImports(), new OrgChartImportLog(ao), new AoTransactions(ao), new BenchMappings());

            // warm-up: both kinds of file at a small size, so neither timed run pays for the JIT alone
            int warm = Math.min(1000, rows);
            service.importCsv(firstRows(generated.csv, warm), ImportMode.REPLACE);
            repository.replaceAll(List.of());
            service.importCsv(firstRows(generated.hrCsv, warm), ImportMode.REPLACE);
            repository.replaceAll(List.of());

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
                    + generated.depth + " db=" + db + " counts=" + result.counts().orElseThrow());
            long keyMillis = millis(start, imported);
            System.out.printf("ORGCHART-IMPORT rows=%d ids=key parse_validate_ms=%d import_ms=%d total_ms=%d "
                    + "peak_mb=%d%n", rows, millis(start, parsed), millis(parsed, imported), keyMillis,
                    peak / (1024 * 1024));

            // the same organisation as HR exports it: e-mail addresses, its own column names, into an empty chart
            repository.replaceAll(List.of());
            System.gc();
            resetPeaks();
            int callsBefore = directoryCalls.calls;
            long hrStart = System.nanoTime();
            OrgChartImportResult hr = service.importCsv(hrCsv, ImportMode.REPLACE);
            long hrImported = System.nanoTime();
            if (!hr.imported() || repository.count() != rows) {
                throw new IllegalStateException("e-mail import failed: " + hr.report().errors().subList(0,
                        Math.min(5, hr.report().errors().size())));
            }
            long hrMillis = millis(hrStart, hrImported);
            System.out.printf("ORGCHART-IMPORT rows=%d ids=email directory_users=%d directory_calls=%d db=%s "
                    + "total_ms=%d peak_mb=%d ratio_to_key_import=%.2f%n", rows, generated.people.size(),
                    directoryCalls.calls - callsBefore, db, hrMillis, peakHeapBytes() / (1024 * 1024),
                    hrMillis / (double) Math.max(1, millis(parsed, imported)));
        } finally {
            if (pgUrl != null) {
                entityManager.migrateDestructively();
            }
            entityManager.getProvider().dispose();
            deleteQuietly(directory);
        }
    }

    /** One generated person: user key, username, e-mail address. */
    record Person(String key, String username, String email) {
    }

    private record Generated(String csv, String hrCsv, Set<String> keys, List<Person> people, int depth) {
    }

    /** A seeded organisation of {@code rows} people, written as CSV. */
    static Generated generate(int rows, Random random) {
        StringBuilder csv = new StringBuilder(rows * 96);
        csv.append("user,manager,department,level,location,language\r\n");
        StringBuilder hr = new StringBuilder(rows * 110);
        hr.append("Employee e-mail;Line manager e-mail;Org unit;Grade;Office;Language\r\n");
        Set<String> keys = new HashSet<>(rows * 2);
        List<String> previousLayer = new ArrayList<>();
        List<Integer> previousDepartments = new ArrayList<>();
        List<Integer> previousLocations = new ArrayList<>();
        String ceo = key(random, keys);
        int ceoLocation = 0;
        append(csv, ceo, "", "Board", 20, ceoLocation);
        appendHr(hr, ceo, "", "Board", 20, ceoLocation);
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
                    appendHr(hr, person, previousLayer.get(m), DEPARTMENTS[department], personLevel, location);
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
        List<Person> people = new ArrayList<>(keys.size() + keys.size() / 10);
        for (String key : keys) {
            people.add(new Person(key, username(key), email(key)));
        }
        // the directory holds more people than the chart: contractors, service accounts
        for (int i = 0; i < rows / 10; i++) {
            String key = String.format("ff00%028x", i);
            people.add(new Person(key, username(key), email(key)));
        }
        return new Generated(csv.toString(), hr.toString(), keys, people, depth);
    }

    private static String username(String key) {
        return "u" + key.substring(8, 20);
    }

    private static String email(String key) {
        return "First.Last" + key.substring(8, 20) + "@Example.com";
    }

    private static void appendHr(StringBuilder hr, String user, String manager, String department, int level,
            int location) {
        hr.append(email(user)).append(';').append(manager.isEmpty() ? "" : email(manager)).append(';')
                .append(department.replace("\"", "")).append(';').append(level).append(';')
                .append(LOCATIONS[location]).append(';').append(LANGUAGES[location]).append("\r\n");
    }

    /** The header and the first rows: managers come before their reports, so it is a whole chart. */
    private static byte[] firstRows(String csv, int rows) {
        int end = 0;
        for (int i = 0; i <= rows; i++) {
            int next = csv.indexOf("\r\n", end);
            if (next < 0) {
                break;
            }
            end = next + 2;
        }
        return csv.substring(0, end).getBytes(StandardCharsets.UTF_8);
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

    /** The host's users: everyone of the generated organisation and some more, and the signed-in person. */
    private static final class BenchUsers extends HostUsers {

        BenchUsers(BenchDirectory directory) {
            super(null, directory.accessor(), null);
        }

        @Override
        public boolean isDeactivated(String userKey) {
            return false;
        }

        @Override
        public Optional<String> currentUserKey() {
            return Optional.of("bench-admin");
        }
    }

    /** The host's directory: answers UserAccessor.getUsers() only, and counts the calls. */
    private static final class BenchDirectory {
        private final List<User> users = new ArrayList<>();
        private int calls;

        BenchDirectory(List<Person> people) {
            for (Person person : people) {
                users.add(new BenchUser(new UserKey(person.key()), person.username(), person.email()));
            }
        }

        UserAccessor accessor() {
            return (UserAccessor) Proxy.newProxyInstance(UserAccessor.class.getClassLoader(),
                    new Class<?>[] {UserAccessor.class}, (proxy, method, arguments) -> {
                        if (!method.getName().equals("getUsers")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        calls++;
                        Pager<User> pager = users::iterator;
                        return pager;
                    });
        }
    }

    private record BenchUser(UserKey key, String username, String email) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return key;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public String getFullName() {
            return username;
        }

        @Override
        public String getEmail() {
            return email;
        }
    }

    private static final class BenchMappings extends OrgChartMappings {
        private OrgChartMapping remembered = OrgChartMapping.NONE;

        BenchMappings() {
            super(null);
        }

        @Override
        public OrgChartMapping remembered() {
            return remembered;
        }

        @Override
        public void remember(OrgChartMapping mapping) {
            remembered = OrgChartMapping.NONE;
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
