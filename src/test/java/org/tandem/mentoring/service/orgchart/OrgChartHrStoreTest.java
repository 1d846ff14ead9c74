package org.tandem.mentoring.service.orgchart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.host.HostHome;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.StoreSchema;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The org chart as HR keeps it, against a real database: a file with e-mail addresses, its own column names and
 * level words; the mapping remembered; the export read back without a change; the nightly file and its ceiling.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class OrgChartHrStoreTest {

    private static final String HR = "Employee No;E-Mail;Line manager;Abteilung;Career level;Office\r\n"
            + "1;ceo@example.com;;Board;Chief;Berlin\r\n"
            + "2;cto@example.com;ceo@example.com;\"Research, Development\";Director;Berlin\r\n"
            + "3;dev@example.com;cto@example.com;\"Research, Development\";Engineer;Z\u00fcrich\r\n"
            + "4;ops@example.com;ceo@example.com;Operations;Director;Berlin\r\n";

    @Rule
    public TemporaryFolder shared = new TemporaryFolder();

    private EntityManager entityManager;
    private ActiveObjects ao;
    private OrgChartRepository orgChart;
    private OrgChartImportLog log;
    private final HostUsers users = mock(HostUsers.class);
    private final OrgChartAdmins admins = mock(OrgChartAdmins.class);
    private final Map<String, Object> settingsStore = new HashMap<>();
    private HostSettings settings;
    private OrgChartImportService imports;
    private OrgChartLookup lookup;
    private OrgChartNightly nightly;

    @Before
    public void setUp() throws Exception {
        ao = new EntityManagerActiveObjects(entityManager);
        orgChart = new OrgChartRepository(ao);
        log = new OrgChartImportLog(ao);
        orgChart.replaceAll(List.of());
        when(users.currentUserKey()).thenReturn(Optional.of("hr"));
        when(admins.mayImport("hr")).thenReturn(true);
        when(users.displayName(anyString())).thenAnswer(call -> "Name of " + call.getArgument(0));
        when(users.keysFor(anyCollection())).thenAnswer(call -> byEmail(call.getArgument(0)));
        PluginSettings plugin = mock(PluginSettings.class);
        when(plugin.get(anyString())).thenAnswer(call -> settingsStore.get(call.<String>getArgument(0)));
        when(plugin.put(anyString(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> settingsStore.put(call.getArgument(0), call.getArgument(1)));
        when(plugin.remove(anyString())).thenAnswer(call -> settingsStore.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(plugin);
        settings = new HostSettings(factory);
        TransactionTemplate transactions = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return ao.executeInTransaction(action);
            }
        };
        imports = new OrgChartImportService(orgChart, users, admins, log, transactions,
                new OrgChartMappings(settings));
        lookup = new OrgChartLookup(orgChart, users, admins);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getSharedHomeDirectory()).thenReturn(Optional.of(shared.getRoot().toPath()));
        nightly = new OrgChartNightly(imports, log, settings, new HostHome(application), users, admins);
    }

    @After
    public void tearDown() {
        orgChart.replaceAll(List.of());
    }

    /** The directory: the part before @ is the user key; "twin@..." is two people, "nobody@" and "gone@" nobody. */
    private static Map<String, List<String>> byEmail(Collection<String> values) {
        Map<String, List<String>> keys = new HashMap<>();
        for (String value : values) {
            if (value.startsWith("twin@")) {
                keys.put(value, List.of("twin-1", "twin-2"));
            } else if (value.endsWith("@example.com") && !value.startsWith("gone@") && !value.startsWith("nobody@")) {
                keys.put(value, List.of(value.substring(0, value.indexOf('@'))));
            } else if (!value.contains("@") && !value.matches("\\d+")) {
                keys.put(value, List.of(value));
            }
        }
        return keys;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static OrgChartMapping levels(Map<String, Integer> words) {
        return new OrgChartMapping(org.tandem.mentoring.domain.orgchart.csv.ColumnMapping.recognised(),
                new org.tandem.mentoring.domain.orgchart.csv.LevelWords(words));
    }

    private static final Map<String, Integer> WORDS = Map.of("Chief", 20, "Director", 8, "Engineer", 3);

    @Test
    public void importCsv_shouldStoreAnHrFileByUserKeysAndRememberItsMapping() {
        OrgChartPreview first = imports.preview(bytes(HR), ImportMode.REPLACE, null);
        assertFalse(first.importable());
        assertEquals(List.of("Chief", "Director", "Engineer"), List.copyOf(first.file().levelWords().keySet()));
        assertEquals("E-Mail", first.file().mapped().get("user"));
        assertEquals(List.of("Employee No"), first.file().unused());

        OrgChartImportResult result = imports.importCsv(bytes(HR), ImportMode.REPLACE, null, levels(WORDS));

        assertTrue(result.report().errors().toString(), result.imported());
        OrgPerson dev = orgChart.findByUserKey("dev").orElseThrow();
        assertEquals("cto", dev.managerKey());
        assertEquals(3, dev.level());
        assertEquals("Z\u00fcrich", dev.location());
        // the second run: no mapping sent, the remembered one reads the file
        OrgChartPreview second = imports.preview(bytes(HR), ImportMode.REPLACE, null);
        assertTrue(second.importable());
        assertEquals(Optional.of(new OrgChartCounts(0, 0, 4, 0)), second.changes());
        assertEquals(Integer.valueOf(8), second.file().levelWords().get("Director"));
    }

    @Test
    public void importCsv_shouldWriteNothingWhileTheHrFileHasErrors() {
        String bad = HR + "5;nobody@example.com;ceo@example.com;Board;Director;Berlin\r\n"
                + "6;twin@example.com;ceo@example.com;Board;Director;Berlin\r\n"
                + "7;new@example.com;gone@example.com;Board;Director;Berlin\r\n"
                + "8;intern@example.com;ceo@example.com;Board;Intern;Berlin\r\n";

        OrgChartImportResult result = imports.importCsv(bytes(bad), ImportMode.REPLACE, null, levels(WORDS));

        assertFalse(result.imported());
        assertEquals(List.of(ProblemCode.UNKNOWN_USER, ProblemCode.AMBIGUOUS_USER, ProblemCode.NO_SUCH_MANAGER,
                ProblemCode.UNKNOWN_LEVEL_WORD), result.report().errors().stream().map(ImportProblem::code).toList());
        assertEquals(List.of(6, 7, 8, 9), result.report().errorLines());
        assertEquals(0, orgChart.count());
    }

    @Test
    public void export_shouldBeReadBackByTheImportWithoutAChange() {
        imports.importCsv(bytes(HR), ImportMode.REPLACE, null, levels(WORDS));
        StringWriter csv = new StringWriter();

        lookup.export(csv);

        assertTrue(csv.toString().startsWith("user,manager,department,level,location,language\r\n"));
        assertTrue(csv.toString(), csv.toString().contains("dev,cto,\"Research, Development\",3,Z\u00fcrich,\r\n"));
        for (ImportMode mode : ImportMode.values()) {
            OrgChartPreview preview = imports.preview(bytes(csv.toString()), mode, OrgChartMapping.NONE);
            assertTrue(preview.report().problems().toString(), preview.report().problems().isEmpty());
            assertEquals(mode.name(), Optional.of(new OrgChartCounts(0, 0, 4, 0)), preview.changes());
        }
    }

    @Test
    public void find_shouldShowTheManagersToTheTopAndTheReports() {
        imports.importCsv(bytes(HR), ImportMode.REPLACE, null, levels(WORDS));

        OrgChartLookup.Place cto = lookup.find("cto@example.com");

        assertEquals("cto", cto.person().userKey());
        assertEquals(List.of("ceo"), cto.managers().stream().map(OrgChartLookup.Person::userKey).toList());
        assertEquals(List.of("dev"), cto.reports().stream().map(OrgChartLookup.Person::userKey).toList());
        assertEquals(List.of("cto", "ceo"), lookup.find("dev").managers().stream()
                .map(OrgChartLookup.Person::userKey).toList());
        assertThrows(Refusal.NotFound.class, () -> lookup.find("gone@example.com"));
        when(users.currentUserKey()).thenReturn(Optional.of("sam"));
        assertThrows(Refusal.Forbidden.class, () -> lookup.find("cto"));
        assertThrows(Refusal.Forbidden.class, () -> lookup.export(new StringWriter()));
    }

    @Test
    public void nightly_shouldImportTheFileAndHoldAReplacementAboveTheCeiling() throws Exception {
        imports.importCsv(bytes(HR), ImportMode.REPLACE, null, levels(WORDS));
        Path folder = shared.getRoot().toPath().resolve(HostHome.ORG_CHART_FOLDER);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("hr-export.csv"), HR.substring(0, HR.indexOf("3;dev")));
        nightly.save("hr-export.csv", ImportMode.REPLACE, 1);

        String held = nightly.run();

        assertEquals("held: nothing written", held);
        assertEquals(4, orgChart.count());
        OrgChartImportRecord last = imports.latestImports().get(0);
        assertTrue(last.nightly());
        assertEquals("HELD", last.outcome());
        assertEquals(2, nightly.report(last.id()).orElseThrow().removals());

        nightly.save("hr-export.csv", ImportMode.REPLACE, 2);
        assertTrue(nightly.run(), nightly.run().startsWith("imported"));
        assertEquals(2, orgChart.count());

        Files.writeString(folder.resolve("hr-export.csv"), HR + "9;nobody@example.com;ceo@example.com;IT;Engineer;\r\n");
        nightly.save("hr-export.csv", ImportMode.UPDATE, 0);
        assertEquals("rejected: nothing written", nightly.run());
        OrgChartNightly.Report report = nightly.report(imports.latestImports().get(0).id()).orElseThrow();
        assertEquals("REJECTED", report.outcome());
        assertEquals(List.of(ProblemCode.UNKNOWN_COLUMN, ProblemCode.UNKNOWN_USER),
                report.problems().stream().map(ImportProblem::code).toList());
        assertEquals(6, report.problems().get(1).line());
        assertEquals(2, orgChart.count());
    }

    @Test
    public void nightly_shouldRefuseANameOutsideItsFolderAndRecordAMissingFile() {
        Refusal.Invalid refused = assertThrows(Refusal.Invalid.class,
                () -> nightly.save("../../etc/passwd", ImportMode.UPDATE, 0));
        assertTrue(refused.fieldErrors().containsKey("fileName"));
        nightly.save("missing.csv", ImportMode.UPDATE, 0);

        assertEquals("the file missing.csv cannot be read", nightly.run());
        assertEquals("FAILED", imports.latestImports().get(0).outcome());
        when(users.currentUserKey()).thenReturn(Optional.of("sam"));
        assertThrows(Refusal.Forbidden.class, () -> nightly.save("x.csv", ImportMode.UPDATE, 0));
        assertThrows(Refusal.Forbidden.class, nightly::runNow);
        assertEquals(OrgChartColumn.USER, OrgChartColumn.USER);
    }
}
