package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/** Tandem's own servlet (the administration page) in the sandbox: secured, and decorated like a Confluence page. */
public class PluginServletSandboxTest {

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        Assume.assumeTrue("the build put the plugin descriptor on the classpath",
                PluginServletSandboxTest.class.getClassLoader().getResource("atlassian-plugin.xml") != null);
        Path data = SandboxTestSupport.tempDir("servlet");
        sandbox = Sandbox.start(Sandbox.Config.forPlugin(0, data,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web")));
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void adminPage_shouldBeDecoratedWithThePageLayoutAndItsScript() throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        c.signIn(person(SandboxUsers.ADMINISTRATORS).username());

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
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        SandboxUsers.Person staff = sandbox.users().all().stream()
                .filter(p -> !sandbox.users().isAdmin(p.key())).findFirst().orElseThrow();
        c.signIn(staff.username());

        HttpResponse<String> r = c.get("/plugins/servlet/tandem/admin");

        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("name=\"coordinatorGroup\""));
    }

    private static SandboxUsers.Person person(String group) {
        String key = sandbox.users().members(group).iterator().next();
        return sandbox.users().byKey(key).orElseThrow();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
