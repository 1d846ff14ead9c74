package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.store.OrgChartRepository;

/**
 * The org chart import over HTTP against the real plugin: only Confluence administrators may preview or import,
 * whatever else the caller coordinates.
 */
public class OrgChartImportSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("orgchart-import");

    private static final String ORGCHART = "/rest/tandem/1.0/orgchart";
    private static final String HEADER_ONLY = "user,manager,department,level\n";

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
}
