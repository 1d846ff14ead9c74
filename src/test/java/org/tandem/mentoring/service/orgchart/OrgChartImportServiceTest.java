package org.tandem.mentoring.service.orgchart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartImport;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;

public class OrgChartImportServiceTest {

    private static final String GOOD = "user,manager,department,level\nceo,,Board,20\ncto,ceo,IT,15\ndev,cto,IT,5\n";

    private final OrgChartRepository orgChart = mock(OrgChartRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final OrgChartMappings mappings = mock(OrgChartMappings.class);
    private final OrgChartAdmins admins = mock(OrgChartAdmins.class);
    private final OrgChartImportLog log = mock(OrgChartImportLog.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final OrgChartImportService service = new OrgChartImportService(orgChart, users, admins, log, transactions,
            mappings);

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.execute(any()))
                .thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(users.currentUserKey()).thenReturn(Optional.of("hr"));
        when(users.keysFor(anyCollection())).thenAnswer(call -> everyoneIs(call.getArgument(0)));
        when(mappings.remembered()).thenReturn(OrgChartMapping.NONE);
        when(admins.mayImport("hr")).thenReturn(true);
        when(log.claim(anyString(), anyLong(), anyLong())).thenReturn(true);
        when(orgChart.findAll()).thenReturn(List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void preview_shouldRefuseSomeoneWhoMayNotImport() {
        when(users.currentUserKey()).thenReturn(Optional.of("sam"));

        assertThrows(Refusal.Forbidden.class, () -> service.preview(bytes(GOOD), ImportMode.REPLACE));
        verify(orgChart, never()).findAll();
    }

    @Test
    public void importCsv_shouldRefuseAnonymousVisitorsAndWriteNothing() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class,
                () -> service.importCsv(bytes(GOOD), ImportMode.REPLACE));
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(orgChart, never()).remove(anyCollection());
    }

    @Test
    public void preview_shouldTellWhatAReplacementWouldChangeAndWriteNothing() {
        when(orgChart.findAll()).thenReturn(List.of(
                OrgPerson.of("ceo", null, "Board", 20),
                OrgPerson.of("cto", "ceo", "Technology", 15),
                OrgPerson.of("old", "ceo", "Sales", 3)));

        OrgChartPreview preview = service.preview(bytes(GOOD), ImportMode.REPLACE);

        assertTrue(preview.importable());
        assertEquals(Optional.of(new OrgChartCounts(1, 1, 1, 1)), preview.changes());
        assertEquals(3, preview.report().rows().size());
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(orgChart, never()).remove(anyCollection());
    }

    @Test
    public void preview_shouldReadAStream() throws Exception {
        OrgChartPreview preview = service.preview(new ByteArrayInputStream(bytes(GOOD)), ImportMode.UPDATE);

        assertEquals(Optional.of(new OrgChartCounts(3, 0, 0, 0)), preview.changes());
    }

    @Test
    public void preview_shouldReportAFileLargerThanTheLimitWithoutReadingItAll() throws Exception {
        byte[] huge = new byte[OrgChartLimits.MAX_BYTES + 10];

        OrgChartPreview preview = service.preview(new ByteArrayInputStream(huge), ImportMode.REPLACE);

        assertEquals(List.of(ProblemCode.TOO_LARGE),
                preview.report().problems().stream().map(ImportProblem::code).toList());
        assertEquals(Optional.empty(), preview.changes());
    }

    @Test
    public void importCsv_shouldAskTheHostWhetherEachUserExists() {
        when(users.keysFor(anyCollection())).thenAnswer(call -> {
            java.util.Map<String, List<String>> keys = everyoneIs(call.getArgument(0));
            keys.remove("dev");
            return keys;
        });

        OrgChartImportResult result = service.importCsv(bytes(GOOD), ImportMode.REPLACE);

        assertFalse(result.imported());
        assertEquals(List.of(4), result.report().errorLines());
        assertEquals(ProblemCode.UNKNOWN_USER, result.report().errors().get(0).code());
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(orgChart, never()).remove(anyCollection());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void importCsv_shouldReplaceByUpsertingAndRemovingThePeopleNotInTheFile() {
        when(orgChart.findAll()).thenReturn(List.of(
                new OrgPerson("ceo", null, "Board", 20, "London", "en", "Chief Executive", "CEO"),
                OrgPerson.of("old", "ceo", "Sales", 3)));
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(2, 1, 0, 0));
        when(orgChart.remove(anyCollection())).thenReturn(1);

        OrgChartImportResult result = service.importCsv(bytes(GOOD), ImportMode.REPLACE, 1);

        assertTrue(result.imported());
        assertEquals(Optional.of(new OrgChartCounts(2, 1, 0, 1)), result.counts());
        ArgumentCaptor<List<OrgPerson>> written = ArgumentCaptor.forClass(List.class);
        verify(orgChart).upsertAll(written.capture());
        assertEquals(new OrgPerson("ceo", null, "Board", 20, null, null, "Chief Executive", "CEO"),
                written.getValue().get(0));
        verify(orgChart).remove(List.of("old"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void importCsv_shouldKeepStoredValuesOfAbsentColumnsWhenUpdating() {
        when(orgChart.findAll()).thenReturn(List.of(
                new OrgPerson("ceo", null, "Board", 20, "London", "en", "Chief Executive", "CEO"),
                OrgPerson.of("old", "ceo", "Sales", 3)));
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(2, 0, 1, 0));

        OrgChartImportResult result = service.importCsv(bytes(GOOD), ImportMode.UPDATE);

        assertEquals(Optional.of(new OrgChartCounts(2, 0, 1, 0)), result.counts());
        ArgumentCaptor<List<OrgPerson>> written = ArgumentCaptor.forClass(List.class);
        verify(orgChart).upsertAll(written.capture());
        assertEquals(new OrgPerson("ceo", null, "Board", 20, "London", "en", "Chief Executive", "CEO"),
                written.getValue().get(0));
        verify(orgChart, never()).remove(anyCollection());
    }

    @Test
    public void importCsv_shouldAcceptAStoredManagerOnlyWhenUpdating() {
        when(orgChart.findAll()).thenReturn(List.of(OrgPerson.of("ceo", null, "Board", 20)));
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(1, 0, 0, 0));
        byte[] newHire = bytes("user,manager,department,level\nnew,ceo,Board,2\n");

        OrgChartImportResult replace = service.importCsv(newHire, ImportMode.REPLACE);
        OrgChartImportResult update = service.importCsv(newHire, ImportMode.UPDATE);

        assertFalse(replace.imported());
        assertEquals(ProblemCode.UNKNOWN_MANAGER, replace.report().errors().get(0).code());
        assertTrue(update.imported());
        assertEquals(Optional.of(new OrgChartCounts(1, 0, 0, 0)), update.counts());
    }

    @Test
    public void importCsv_shouldRunInOneTransaction() {
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(3, 0, 0, 0));

        service.importCsv(bytes(GOOD), ImportMode.REPLACE);

        verify(transactions).execute(any());
    }

    private static List<OrgPerson> tenPeople() {
        List<OrgPerson> people = new java.util.ArrayList<>();
        people.add(OrgPerson.of("ceo", null, "Board", 20));
        for (int i = 1; i < 10; i++) {
            people.add(OrgPerson.of("p" + i, "ceo", "Sales", 3));
        }
        return people;
    }

    @Test
    public void importCsv_shouldRefuseACoordinatorWhoIsNotAnAdministrator() {
        OrgChartImportService strict = new OrgChartImportService(orgChart, users, new OrgChartAdmins(users), log,
                transactions, mappings);
        when(users.currentUserKey()).thenReturn(Optional.of("cora"));
        when(users.isAdmin("cora")).thenReturn(false);

        assertThrows(Refusal.Forbidden.class, () -> strict.importCsv(bytes(GOOD), ImportMode.REPLACE, 0));
        assertThrows(Refusal.Forbidden.class, () -> strict.preview(bytes(GOOD), ImportMode.REPLACE));
        verify(orgChart, never()).findAll();
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(log, never()).record(any());
    }

    @Test
    public void importCsv_shouldRefuseAReplacementThatNamesNobody() {
        when(orgChart.findAll()).thenReturn(tenPeople());

        OrgChartImportResult result = service.importCsv(bytes("user,manager,department,level\n\n"),
                ImportMode.REPLACE, 10);
        OrgChartPreview preview = service.preview(bytes("user,manager,department,level\n"), ImportMode.REPLACE);

        assertFalse(result.imported());
        assertEquals(List.of(ProblemCode.NOBODY),
                result.report().errors().stream().map(ImportProblem::code).toList());
        assertFalse(preview.importable());
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(orgChart, never()).remove(anyCollection());
        verify(log, never()).record(any());
    }

    @Test
    public void importCsv_shouldWriteNothingWithoutTheExactNumberOfRemovalsConfirmed() {
        when(orgChart.findAll()).thenReturn(tenPeople());
        byte[] onlyTheBoss = bytes("user,manager,department,level\nceo,,Board,20\n");

        OrgChartPreview preview = service.preview(onlyTheBoss, ImportMode.REPLACE);
        Refusal.Invalid missing = assertThrows(Refusal.Invalid.class,
                () -> service.importCsv(onlyTheBoss, ImportMode.REPLACE));
        Refusal.Invalid differs = assertThrows(Refusal.Invalid.class,
                () -> service.importCsv(onlyTheBoss, ImportMode.REPLACE, 8));

        assertTrue(preview.confirmRemovals());
        assertEquals(9, preview.changes().orElseThrow().deleted());
        assertEquals("tandem.orgchart.import.confirm.missing", missing.messageKey());
        assertEquals(List.of(9), missing.args());
        assertEquals(List.of(9, 8), differs.args());
        assertTrue(missing.fieldErrors().containsKey("confirmRemovals"));
        verify(orgChart, never()).upsertAll(anyCollection());
        verify(orgChart, never()).remove(anyCollection());
        verify(log, never()).record(any());

        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(0, 0, 1, 0));
        when(orgChart.remove(anyCollection())).thenReturn(9);
        assertTrue(service.importCsv(onlyTheBoss, ImportMode.REPLACE, 9).imported());
    }

    @Test
    public void importCsv_shouldNotAskToConfirmUpToATenthOfThePeople() {
        when(orgChart.findAll()).thenReturn(tenPeople());
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(0, 0, 9, 0));
        when(orgChart.remove(anyCollection())).thenReturn(1);
        StringBuilder csv = new StringBuilder("user,manager,department,level\nceo,,Board,20\n");
        for (int i = 1; i < 9; i++) {
            csv.append("p").append(i).append(",ceo,Sales,3\n");
        }

        assertFalse(service.preview(bytes(csv.toString()), ImportMode.REPLACE).confirmRemovals());
        assertTrue(service.importCsv(bytes(csv.toString()), ImportMode.REPLACE).imported());
        verify(orgChart).remove(List.of("p9"));
    }

    @Test
    public void importCsv_shouldRecordTheImport() {
        when(orgChart.upsertAll(anyCollection())).thenReturn(new OrgChartImport(3, 0, 0, 0));

        service.importCsv(bytes(GOOD), ImportMode.UPDATE);

        ArgumentCaptor<OrgChartImportLog.Entry> entry = ArgumentCaptor.forClass(OrgChartImportLog.Entry.class);
        verify(log).record(entry.capture());
        assertEquals("hr", entry.getValue().userKey());
        assertEquals("UPDATE", entry.getValue().mode());
        assertEquals(3, entry.getValue().inserted());
    }

    @Test
    public void importCsv_shouldAnswerConflictWhileAnotherImportHoldsTheClaim() {
        when(log.claim(anyString(), anyLong(), anyLong())).thenReturn(false);

        Refusal.Conflict conflict = assertThrows(Refusal.Conflict.class,
                () -> service.importCsv(bytes(GOOD), ImportMode.UPDATE));

        assertEquals("tandem.orgchart.import.busy", conflict.messageKey());
        verify(orgChart, never()).findAll();
        verify(log, never()).release(anyString());
    }

    @Test
    public void importCsv_shouldGiveTheClaimBackWhenTheImportFails() {
        when(orgChart.upsertAll(anyCollection())).thenThrow(new IllegalStateException("gone"));

        assertThrows(IllegalStateException.class, () -> service.importCsv(bytes(GOOD), ImportMode.UPDATE));

        ArgumentCaptor<String> holder = ArgumentCaptor.forClass(String.class);
        verify(log).claim(holder.capture(), anyLong(), anyLong());
        verify(log).release(holder.getValue());
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
