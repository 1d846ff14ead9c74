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
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImport;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.StoreSchema;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** The import against a real database: commits, counts, and nothing written when the file has an error. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class OrgChartImportServiceStoreTest {

    private static final String HEADER = "user,manager,department,level,location,language\r\n";

    private EntityManager entityManager;
    private ActiveObjects ao;
    private OrgChartRepository orgChart;
    private final HostUsers users = mock(HostUsers.class);
    private final OrgChartMappings mappings = mock(OrgChartMappings.class);
    private final OrgChartAdmins admins = mock(OrgChartAdmins.class);
    private OrgChartImportLog log;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        orgChart = new OrgChartRepository(ao);
        log = new OrgChartImportLog(ao);
        orgChart.replaceAll(List.of());
        when(users.currentUserKey()).thenReturn(Optional.of("hr"));
        when(users.keysFor(anyCollection())).thenAnswer(call -> everyoneIs(call.getArgument(0)));
        when(mappings.remembered()).thenReturn(OrgChartMapping.NONE);
        when(admins.mayImport("hr")).thenReturn(true);
    }

    @After
    public void tearDown() {
        orgChart.replaceAll(List.of());
    }

    private OrgChartImportService service(OrgChartRepository repository) {
        TransactionTemplate transactions = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return ao.executeInTransaction(action);
            }
        };
        return new OrgChartImportService(repository, users, admins, log, transactions, mappings);
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private void seed() {
        orgChart.replaceAll(List.of(
                new OrgPerson("ceo", null, "Board", 20, "London", "en", "Cleo Executive", "Chief Executive"),
                new OrgPerson("cto", "ceo", "Technology", 15, "London", "en", null, null),
                new OrgPerson("old", "ceo", "Sales", 4, "Paris", "fr", null, null)));
    }

    @Test
    @NonTransactional
    public void importCsv_shouldWriteNothingWhenTheFileHasAnError() {
        seed();
        List<OrgPerson> before = orgChart.findAll();

        OrgChartImportResult result = service(orgChart).importCsv(csv(
                "ceo,,Board,20,London,en\r\ncto,ceo,Technology,15,London,en\r\nnew,ceo,Sales,99,Rome,it\r\n"),
                ImportMode.REPLACE);

        assertFalse(result.imported());
        assertEquals(List.of(4), result.report().errorLines());
        assertEquals(ProblemCode.BAD_LEVEL, result.report().errors().get(0).code());
        assertEquals(before, orgChart.findAll());
    }

    @Test
    @NonTransactional
    public void importCsv_shouldReplaceTheChartAndReportTheCounts() {
        seed();

        OrgChartImportResult result = service(orgChart).importCsv(csv(
                "ceo,,Board,20,London,en\r\ncto,ceo,Engineering,15,London,en\r\n"
                        + "dev,cto,Engineering,5,Berlin,de\r\nqa,cto,Engineering,4,Berlin,de\r\n"),
                ImportMode.REPLACE, 1);

        assertTrue(result.imported());
        assertEquals(Optional.of(new OrgChartCounts(2, 1, 1, 1)), result.counts());
        assertEquals(List.of("ceo", "cto", "dev", "qa"),
                orgChart.findAll().stream().map(OrgPerson::userKey).sorted().toList());
        assertEquals(Optional.of(new OrgPerson("ceo", null, "Board", 20, "London", "en", "Cleo Executive",
                "Chief Executive")), orgChart.findByUserKey("ceo"));
        assertEquals("Engineering", orgChart.findByUserKey("cto").orElseThrow().department());
    }

    @Test
    @NonTransactional
    public void importCsv_shouldUpdateMatchingPeopleAndKeepTheOthers() {
        seed();

        OrgChartImportResult result = service(orgChart).importCsv(
                "user;manager;department;level\nold;cto;Technology;5\nnew;old;Technology;3\n"
                        .getBytes(StandardCharsets.UTF_8), ImportMode.UPDATE);

        assertTrue(result.imported());
        assertEquals(Optional.of(new OrgChartCounts(1, 1, 0, 0)), result.counts());
        assertEquals(4, orgChart.count());
        assertEquals(new OrgPerson("old", "cto", "Technology", 5, "Paris", "fr", null, null),
                orgChart.findByUserKey("old").orElseThrow());
        assertEquals(List.of("old", "cto", "ceo"), orgChart.snapshot(List.of("new")).managersAbove("new"));
    }

    @Test
    @NonTransactional
    public void preview_shouldCountTheChangesAndWriteNothing() {
        seed();
        List<OrgPerson> before = orgChart.findAll();

        OrgChartPreview preview = service(orgChart).preview(csv("ceo,,Board,20,London,en\r\n"), ImportMode.REPLACE);

        assertEquals(Optional.of(new OrgChartCounts(0, 0, 1, 2)), preview.changes());
        assertEquals(before, orgChart.findAll());
    }

    @Test
    @NonTransactional
    public void importCsv_shouldUndoTheWholeImportWhenWritingFailsHalfWay() {
        seed();
        List<OrgPerson> before = orgChart.findAll();
        OrgChartRepository failingRemove = new OrgChartRepository(ao) {
            @Override
            public int remove(Collection<String> userKeys) {
                throw new IllegalStateException("the database went away");
            }
        };

        assertThrows(IllegalStateException.class, () -> service(failingRemove).importCsv(csv(
                "ceo,,Board,20,London,en\r\ncto,ceo,Engineering,15,London,en\r\n"), ImportMode.REPLACE, 1));

        assertEquals(before, orgChart.findAll());
    }

    @Test
    @NonTransactional
    public void importCsv_shouldRecordWhoImportedWhatAndWhen() {
        seed();
        long before = System.currentTimeMillis();

        service(orgChart).importCsv(csv("new,ceo,Board,3,London,en\r\n"), ImportMode.UPDATE);

        OrgChartImportLog.Entry entry = log.latest(10).get(0);
        assertEquals("hr", entry.userKey());
        assertEquals("UPDATE", entry.mode());
        assertEquals(List.of(1, 0, 0, 0),
                List.of(entry.inserted(), entry.updated(), entry.unchanged(), entry.deleted()));
        assertTrue(entry.importedAt() >= before);
    }

    @Test
    @NonTransactional
    public void importCsv_shouldAnswerConflictWhileAnotherImportRuns() throws Exception {
        seed();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        OrgChartRepository slow = new OrgChartRepository(ao) {
            @Override
            public OrgChartImport upsertAll(Collection<OrgPerson> people) {
                writing.countDown();
                try {
                    finish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.upsertAll(people);
            }
        };
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<OrgChartImportResult> first = executor.submit(() -> service(slow).importCsv(
                    csv("new,ceo,Board,3,London,en\r\n"), ImportMode.UPDATE));
            assertTrue(writing.await(30, TimeUnit.SECONDS));

            assertThrows(Refusal.Conflict.class, () -> service(orgChart).importCsv(
                    csv("other,ceo,Board,3,London,en\r\n"), ImportMode.UPDATE));
            assertThrows(Refusal.Conflict.class, () -> service(orgChart).preview(
                    csv("other,ceo,Board,3,London,en\r\n"), ImportMode.UPDATE));
            finish.countDown();

            assertTrue(first.get(30, TimeUnit.SECONDS).imported());
            assertFalse(orgChart.findByUserKey("other").isPresent());
            assertTrue(service(orgChart).importCsv(csv("other,ceo,Board,3,London,en\r\n"), ImportMode.UPDATE)
                    .imported());
        } finally {
            finish.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    @NonTransactional
    public void claim_shouldBeTakenOverOnlyWhenStale() {
        long now = 1_000_000L;

        assertTrue(log.claim("a", now, now - 100));
        assertFalse(log.claim("b", now + 50, now + 50 - 100));
        assertTrue(log.claim("b", now + 101, now + 101 - 100));
        log.release("a");
        assertFalse("a stale holder cannot release the new holder's claim", log.claim("c", now + 102, now + 2));
        log.release("b");
        assertTrue(log.claim("c", now + 103, now + 3));
        log.release("c");
    }

    /** The host's answer when every value is a user key of its own. */
    static java.util.Map<String, List<String>> everyoneIs(java.util.Collection<String> values) {
        java.util.Map<String, List<String>> keys = new java.util.HashMap<>();
        for (String value : values) {
            keys.put(value, List.of(value));
        }
        return keys;
    }
}
