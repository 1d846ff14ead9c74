package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.store.OrgChartImportLog;
import org.tandem.mentoring.store.OrgChartRepository;

/**
 * The org chart import over HTTP against the real plugin: only Confluence administrators may preview or import,
 * whatever else the caller coordinates; a replacement naming nobody is refused; a large replacement needs the
 * number of removals confirmed; a second import while one runs gets 409.
 */
public class OrgChartImportSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("orgchart-import");

    private static final String ORGCHART = "/rest/tandem/1.0/orgchart";
    private static final String HEADER_ONLY = "user,manager,department,level\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> csv(SandboxTestSupport.Client client, String path, String body)
            throws Exception {
        return client.post(ORGCHART + path, "text/csv", body, "X-Atlassian-Token", "no-check");
    }

    @Test
    public void coordinatorWhoIsNotAnAdministrator_shouldGet403ForPreviewAndImport() throws Exception {
        SandboxUsers users = sandbox.get().users();
        String coordinator = users.members(DemoData.COORDINATORS).stream().filter(key -> !users.isAdmin(key))
                .findFirst().orElseThrow();
        SandboxTestSupport.Client client = sandbox.secure(users.byKey(coordinator).orElseThrow().username());
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        int before = orgChart.count();

        HttpResponse<String> preview = csv(client, "/preview?mode=REPLACE", HEADER_ONLY);
        HttpResponse<String> replace = csv(client, "/import?mode=REPLACE", HEADER_ONLY);
        HttpResponse<String> update = csv(client, "/import?mode=UPDATE", HEADER_ONLY);

        assertEquals(preview.body(), 403, preview.statusCode());
        assertEquals(replace.body(), 403, replace.statusCode());
        assertEquals(update.body(), 403, update.statusCode());
        assertFalse(replace.body().contains("deleted"));
        assertEquals(before, orgChart.count());
    }

    private static SandboxTestSupport.Client administrator() throws Exception {
        String key = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        return sandbox.secure(sandbox.get().users().byKey(key).orElseThrow().username());
    }

    @Test
    public void replaceWithAFileThatNamesNobody_shouldBeRefusedAndChangeNothing() throws Exception {
        SandboxTestSupport.Client admin = administrator();
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        int before = orgChart.count();

        HttpResponse<String> preview = csv(admin, "/preview?mode=REPLACE", HEADER_ONLY);
        HttpResponse<String> replace = csv(admin, "/import?mode=REPLACE&confirmRemovals=" + before, HEADER_ONLY);

        assertEquals(preview.body(), 200, preview.statusCode());
        assertFalse(JSON.readTree(preview.body()).get("importable").asBoolean());
        assertEquals(replace.body(), 400, replace.statusCode());
        JsonNode json = JSON.readTree(replace.body());
        assertFalse(json.get("imported").asBoolean());
        assertEquals("NOBODY", json.get("errors").get(0).get("code").asText());
        assertEquals(before, orgChart.count());
    }

    @Test
    public void replaceRemovingMoreThanATenth_shouldNeedTheExactNumberConfirmed() throws Exception {
        SandboxTestSupport.Client admin = administrator();
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        int before = orgChart.count();
        SandboxUsers.Person top = sandbox.get().users().all().stream().filter(p -> p.managerKey() == null)
                .findFirst().orElseThrow();
        String oneBoss = HEADER_ONLY + top.key() + ",,\"" + top.department() + "\"," + top.level() + "\n";

        JsonNode preview = JSON.readTree(csv(admin, "/preview?mode=REPLACE", oneBoss).body());
        int removals = preview.get("changes").get("deleted").asInt();
        HttpResponse<String> missing = csv(admin, "/import?mode=REPLACE", oneBoss);
        HttpResponse<String> differs = csv(admin, "/import?mode=REPLACE&confirmRemovals=" + (removals - 1), oneBoss);

        assertEquals(before - 1, removals);
        assertEquals(removals, preview.get("confirmRemovals").asInt());
        assertEquals(missing.body(), 400, missing.statusCode());
        assertTrue(missing.body(), JSON.readTree(missing.body()).get("message").asText()
                .contains(String.valueOf(removals)));
        assertEquals(differs.body(), 400, differs.statusCode());
        assertTrue(differs.body(), JSON.readTree(differs.body()).get("message").asText()
                .contains(String.valueOf(removals - 1)));
        assertEquals(before, orgChart.count());
    }

    @Test
    public void importWhileAnotherRuns_shouldAnswer409() throws Exception {
        SandboxTestSupport.Client admin = administrator();
        OrgChartImportLog log = new OrgChartImportLog(sandbox.get().activeObjects());
        long now = System.currentTimeMillis();
        assertTrue(log.claim("another node", now, now - OrgChartImportService.STALE_MILLIS));
        try {
            HttpResponse<String> busy = csv(admin, "/import?mode=UPDATE", HEADER_ONLY);

            assertEquals(busy.body(), 409, busy.statusCode());
            assertTrue(busy.body(), JSON.readTree(busy.body()).get("message").asText()
                    .contains("Another org chart preview or import is running"));
        } finally {
            log.release("another node");
        }
        assertEquals(200, csv(admin, "/import?mode=UPDATE", HEADER_ONLY).statusCode());
    }
}
