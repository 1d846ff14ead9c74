package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/** Tandem's own servlet (the administration page) in the sandbox: secured, and decorated like a Confluence page. */
public class PluginServletSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("servlet");

    @Test
    public void adminPage_shouldBeDecoratedWithThePageLayoutAndItsScript() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(person(SandboxUsers.ADMINISTRATORS).username());
        c.webSudo();

        HttpResponse<String> r = c.get("/plugins/servlet/tandem/admin");

        assertEquals(r.body(), 200, r.statusCode());
        String html = r.body();
        assertEquals("one document, not a page inside a page", 1, count(html, "<html"));
        assertTrue(html, html.contains("tandem-admin"));
        assertTrue("the sandbox header is there", html.contains("id=\"main-content-section\""));
        assertTrue("the script the servlet required is loaded", html.contains("admin.js"));
        assertTrue(html.contains("<title>Tandem mentoring"));
    }

    @Test
    public void adminPage_shouldRefuseSomeoneWhoIsNoAdministrator() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        SandboxUsers.Person staff = sandbox.get().users().all().stream()
                .filter(p -> !sandbox.get().users().isAdmin(p.key())).findFirst().orElseThrow();
        c.signIn(staff.username());
        c.webSudo();

        HttpResponse<String> r = c.get("/plugins/servlet/tandem/admin");

        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("name=\"coordinatorGroup\""));
    }

    private static SandboxUsers.Person person(String group) {
        String key = sandbox.get().users().members(group).iterator().next();
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
