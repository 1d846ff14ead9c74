package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.tandem.sandbox.host.SandboxLicence;

/**
 * Runs the whole permission table ({@code src/test/resources/permissions/table.txt}) over HTTP against the sandbox:
 * every row as every role, in file order, and fails with the list of every cell that differs. A second test fails
 * when a REST endpoint (found by reflection), a macro or servlet of the descriptor, or a page of the programme space
 * has no row. With {@code -Dpermissions.record=true} the first test also writes what it saw, in the table's own
 * format, to {@code target/permissions-actual.txt}.
 *
 * <p>Two more passes run the whole table while Tandem may not write: in read-only mode, and with an expired licence
 * and with none. Every row that may write (any method but GET) answers the refusal (405 read-only as in Confluence, 403 unlicensed,
 * with its reason) unless the host refused it before Tandem's code ran (401, REST's administrators-only 403), every
 * read row answers exactly as the table says, and
 * Tandem's tables hash the same before and after the pass: nothing changed.
 */
public class PermissionTableSandboxTest {

    private static final String TABLE = "permissions/table.txt";
    private static final String PACKAGE = "org.tandem.mentoring.web.rest";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("permissions");

    private static PermissionTable table;
    private static PermissionFixture fixture;
    private static Map<String, SandboxTestSupport.Client> clients;

    @BeforeClass
    public static void setUp() throws Exception {
        table = PermissionTable.load(TABLE);
        fixture = new PermissionFixture(SANDBOX.get());
        fixture.build();
        assertEquals("the table's roles are the fixture's", List.copyOf(fixture.people.keySet()), table.roles());
        clients = fixture.clients();
    }

    @Test
    public void everyCell_shouldBeWhatTheTableSays() throws Exception {
        List<String> differing = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        int cells = 0;
        for (PermissionTable.Row row : table.rows()) {
            List<PermissionTable.Cell> seen = new ArrayList<>();
            for (int i = 0; i < table.roles().size(); i++) {
                String role = table.roles().get(i);
                HttpResponse<String> r = send(clients.get(role), row, role);
                PermissionTable.Cell got = new PermissionTable.Cell(r.statusCode(), fields(row.watched(), r.body()));
                seen.add(got);
                cells++;
                PermissionTable.Cell expected = row.cells().get(i);
                if (!expected.equals(got)) {
                    differing.add("line " + row.line() + " " + row.request() + " as " + role + ": expected "
                            + expected + ", got " + got + " " + r.body().substring(0, Math.min(160, r.body().length()))
                            .replace('\n', ' '));
                }
            }
            actual.append(format(row, seen)).append('\n');
        }
        if (Boolean.getBoolean("permissions.record")) {
            Files.writeString(SandboxTestSupport.basedir().resolve("target/permissions-actual.txt"), actual);
        }
        System.out.printf("permission table: %d roles x %d rows (%d entries) = %d cells, %d differing%n",
                table.roles().size(), table.rows().size(), entries().size(), cells, differing.size());
        assertEquals(String.join("\n", differing), 0, differing.size());
    }

    @Test
    public void readOnlyMode_shouldRefuseEveryWriteAndAnswerEveryReadAsTheTableSays() throws Exception {
        SANDBOX.get().accessMode().set(AccessMode.READ_ONLY);
        try {
            blockedPass("read-only", 405);
        } finally {
            SANDBOX.get().accessMode().set(AccessMode.READ_WRITE);
        }
    }

    @Test
    public void withAnExpiredLicenceOrNone_shouldRefuseEveryWriteAndAnswerEveryReadAsTheTableSays() throws Exception {
        for (SandboxLicence.State state : List.of(SandboxLicence.State.EXPIRED, SandboxLicence.State.NONE)) {
            SANDBOX.get().licence().set(state);
            try {
                blockedPass("unlicensed", 403);
            } finally {
                SANDBOX.get().licence().set(SandboxLicence.State.VALID);
            }
        }
    }

    /** Runs every row as every role while writing is blocked for {@code reason}; see the class comment. */
    private static void blockedPass(String reason, int refused) throws Exception {
        SortedMap<String, String> before = SANDBOX.get().tandemTables();
        List<String> differing = new ArrayList<>();
        int writes = 0;
        for (PermissionTable.Row row : table.rows()) {
            for (int i = 0; i < table.roles().size(); i++) {
                String role = table.roles().get(i);
                HttpResponse<String> r = send(clients.get(role), row, role);
                PermissionTable.Cell expected = row.cells().get(i);
                PermissionTable.Cell got = new PermissionTable.Cell(r.statusCode(), fields(row.watched(), r.body()));
                String wrong = null;
                if (row.method().equals("GET")) {
                    wrong = expected.equals(got) ? null : "expected " + expected + ", got " + got;
                } else if (expected.status() == 401 || hostRefusal(r)) {
                    wrong = r.statusCode() == expected.status() ? null
                            : "expected " + expected.status() + ", got " + r.statusCode();
                } else {
                    writes++;
                    boolean said = row.kind().equals("rest")
                            ? JSON.readTree(r.body()).path("reason").asText().equals(reason) : !r.body().isBlank();
                    wrong = r.statusCode() == refused && said ? null
                            : "expected " + refused + " " + reason + ", got " + r.statusCode();
                }
                if (wrong != null) {
                    differing.add("line " + row.line() + " " + row.request() + " as " + role + " " + reason + ": "
                            + wrong + " " + r.body().substring(0, Math.min(160, r.body().length())).replace('\n', ' '));
                }
            }
        }
        System.out.printf("permission table %s: %d refused writes, %d differing%n", reason, writes, differing.size());
        assertEquals(String.join("\n", differing), 0, differing.size());
        assertEquals("Tandem's tables after the " + reason + " pass", before, SANDBOX.get().tandemTables());
    }

    /**
     * Whether the host answered before any Tandem code ran: REST's security annotations (such as administrators
     * only) refuse in the host's own error shape, with {@code status-code}, as Confluence does.
     */
    private static boolean hostRefusal(HttpResponse<String> r) {
        return r.body().startsWith("{") && r.body().contains("\"status-code\"");
    }

    @Test
    public void everyEndpointMacroServletAndPage_shouldHaveARow() throws Exception {
        Set<String> covered = entries();
        Set<String> missing = new TreeSet<>();
        for (String endpoint : restEndpoints()) {
            if (!covered.contains(endpoint)) {
                missing.add(endpoint);
            }
        }
        PluginDescriptor descriptor = SANDBOX.get().descriptor();
        descriptor.macros().forEach(m -> check(covered, missing, "macro " + m.name()));
        descriptor.servlets().forEach(s -> s.urlPatterns().forEach(u -> check(covered, missing, "servlet " + u)));
        SANDBOX.get().content().pages(DemoCohort.SPACE)
                .forEach(p -> check(covered, missing, "page " + p.title().replace(' ', '_')));
        assertTrue("no row in " + TABLE + " for: " + missing, missing.isEmpty());
    }

    private static void check(Set<String> covered, Set<String> missing, String entry) {
        if (!covered.contains(entry)) {
            missing.add(entry);
        }
    }

    /** What the table's rows cover: "GET /programmes/{}", "macro tandem-enrol", "page Charter", ... */
    private static Set<String> entries() {
        Set<String> entries = new TreeSet<>();
        for (PermissionTable.Row row : table.rows()) {
            switch (row.kind()) {
                case "rest" -> entries.add(row.method() + " " + template(row.target()));
                case "macro" -> {
                    String target = fixture.resolve(row.target(), "-");
                    entries.add("macro " + target.substring(0, target.indexOf('@')));
                    entries.add("page " + target.substring(target.indexOf('@') + 1));
                }
                case "servlet" -> entries.add("servlet " + row.target().replaceFirst("\\?.*", ""));
                case "page" -> entries.add("page " + fixture.resolve(row.target(), "-"));
                default -> throw new IllegalArgumentException("line " + row.line() + ": kind " + row.kind());
            }
        }
        return entries;
    }

    private static String template(String path) {
        int q = path.indexOf('?');
        return (q < 0 ? path : path.substring(0, q)).replaceAll("\\{[^}]+}", "{}");
    }

    /** Every REST method of every @Path class in the REST package, as "VERB /path/{}". */
    static Set<String> restEndpoints() throws ClassNotFoundException {
        Set<String> endpoints = new TreeSet<>();
        for (String endpoint : restEndpointTemplates()) {
            endpoints.add(template(endpoint));
        }
        return endpoints;
    }

    /** Every REST method of every @Path class in the REST package, as "VERB /path/{name}". */
    static Set<String> restEndpointTemplates() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        Set<String> endpoints = new TreeSet<>();
        for (BeanDefinition definition : scan.findCandidateComponents(PACKAGE)) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                endpoints.add(verb + " " + path);
            }
        }
        return endpoints;
    }

    private static HttpResponse<String> send(SandboxTestSupport.Client client, PermissionTable.Row row, String role)
            throws Exception {
        String body = fixture.resolve(table.body(row.body()), role);
        if (body.contains("{TOKEN}")) {
            String page = client.get("/").body();
            body = body.replace("{TOKEN}", page.contains("atlassian-token")
                    ? SandboxTestSupport.Client.token(page) : "none");
        }
        String target = fixture.resolve(row.target(), role);
        String url = switch (row.kind()) {
            case "rest" -> PermissionFixture.REST + target;
            case "macro" -> page(target.substring(target.indexOf('@') + 1));
            case "page" -> page(target);
            case "servlet" -> "/plugins/servlet" + target;
            default -> throw new IllegalArgumentException(row.kind());
        };
        if (row.method().equals("GET")) {
            return client.get(url);
        }
        String type = body.startsWith("{") || body.startsWith("[") || body.isEmpty() ? "application/json"
                : "application/x-www-form-urlencoded";
        if (body.startsWith("[text/csv] ")) {
            type = "text/csv";
            body = body.substring("[text/csv] ".length()).replace("\\n", "\n");
        }
        return row.kind().equals("rest")
                ? client.send(row.method(), url, type, body, "X-Atlassian-Token", "no-check")
                : client.send(row.method(), url, type, body);
    }

    private static String page(String title) {
        return "/display/" + fixture.values.get("{SPACE}") + "/"
                + URLEncoder.encode(title.replace('_', ' '), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Per watched field, whether the answer holds it: a JSON key with a value anywhere, or the text in a page. */
    private static Map<String, Boolean> fields(List<String> watched, String body) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        JsonNode json = null;
        try {
            json = body.isBlank() || !(body.startsWith("{") || body.startsWith("[")) ? null : JSON.readTree(body);
        } catch (Exception e) {
            json = null;
        }
        for (String field : watched) {
            fields.put(field, json == null ? body.contains(field) : hasKey(json, field));
        }
        return fields;
    }

    private static boolean hasKey(JsonNode node, String key) {
        if (node.isObject()) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())
                    && !(value.isTextual() && value.asText().isEmpty())) {
                return true;
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            if (hasKey(it.next(), key)) {
                return true;
            }
        }
        return false;
    }

    private static String format(PermissionTable.Row row, List<PermissionTable.Cell> cells) {
        StringBuilder s = new StringBuilder(String.format("%-8s%-7s%-55s %-10s %-22s", row.kind(), row.method(),
                row.target(), row.body(), row.watched().isEmpty() ? "-" : String.join(",", row.watched())));
        for (PermissionTable.Cell cell : cells) {
            s.append(String.format(" %-10s", cell));
        }
        return s.toString().stripTrailing();
    }
}
