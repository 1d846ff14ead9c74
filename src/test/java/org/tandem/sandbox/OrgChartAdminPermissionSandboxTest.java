package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Who may call the org chart endpoints and pages added for HR's file: Confluence administrators in a secure
 * session, nobody else. One row per endpoint or page, as plain data (method, path, content type, body, and the
 * status each kind of caller gets), so that the rows can join the app's permission table as they are.
 */
public class OrgChartAdminPermissionSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("orgchart-permissions");

    private static final String REST = "/rest/tandem/1.0/orgchart";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final String HR_FILE = "Work e-mail;Line manager e-mail;Cost centre name;Job level\n"
            + "nobody@tandem.example;;Board;Director\n";

    /** Who asks: nobody signed in, a member of staff, an administrator before and after confirming the password. */
    private static final String[] CALLERS = {"anonymous", "staff", "admin-not-secure", "admin"};

    /**
     * method, path, content type, body, then the status for each of {@link #CALLERS}. "2xx" is any success; an
     * administrator's bad request (a 4xx from the checks of the request itself) counts as let in.
     */
    static final String[][] ROWS = {
        {"POST", REST + "/preview?mode=UPDATE&col.department=Cost%20centre%20name&word=Director&number=8", CSV,
            HR_FILE, "401", "403", "401", "2xx"},
        {"POST", REST + "/import?mode=UPDATE&col.department=Cost%20centre%20name&word=Director&number=8", CSV,
            HR_FILE, "401", "403", "401", "400"},
        {"GET", REST + "/view/person?q=nobody%40tandem.example", null, null, "401", "403", "401", "404"},
        {"GET", REST + "/view/export", null, null, "401", "403", "401", "2xx"},
        {"GET", REST + "/nightly", null, null, "401", "403", "401", "2xx"},
        {"PUT", REST + "/nightly", JSON, "{\"fileName\":\"\",\"mode\":\"UPDATE\",\"maxRemovals\":0}",
            "401", "403", "401", "2xx"},
        {"POST", REST + "/nightly/run", JSON, "{\"confirm\":true}", "401", "403", "401", "2xx"},
        {"GET", REST + "/nightly/reports/999999", null, null, "401", "403", "401", "404"},
        {"GET", "/plugins/servlet/tandem/admin", null, null, "3xx", "403", "3xx", "2xx"},
    };

    @Test
    public void everyNewOrgChartEndpoint_shouldLetInAdministratorsInASecureSessionOnly() throws Exception {
        SandboxUsers users = sandbox.get().users();
        String admin = users.byKey(users.members(SandboxUsers.ADMINISTRATORS).iterator().next()).orElseThrow()
                .username();
        String staff = users.all().stream().filter(p -> !users.isAdmin(p.key())).findFirst().orElseThrow()
                .username();
        SandboxTestSupport.Client[] clients = {sandbox.client(), sandbox.signedIn(staff), sandbox.signedIn(admin),
            sandbox.secure(admin)};
        List<String> wrong = new ArrayList<>();
        for (String[] row : ROWS) {
            for (int c = 0; c < CALLERS.length; c++) {
                HttpResponse<String> response = call(clients[c], row);
                String expected = row[4 + c];
                if (!matches(expected, response.statusCode())) {
                    wrong.add(row[0] + " " + row[1] + " as " + CALLERS[c] + ": expected " + expected + ", got "
                            + response.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static HttpResponse<String> call(SandboxTestSupport.Client client, String[] row) throws Exception {
        String method = row[0];
        if (row[2] == null) {
            return client.send(method, row[1], "text/plain", "", "Accept", "application/json, text/csv, text/html");
        }
        return client.send(method, row[1], row[2], row[3], "X-Atlassian-Token", "no-check",
                "Accept", "application/json");
    }

    private static boolean matches(String expected, int status) {
        if (expected.endsWith("xx")) {
            return status / 100 == expected.charAt(0) - '0';
        }
        return status == Integer.parseInt(expected);
    }
}
