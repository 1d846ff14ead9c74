package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The sandbox with Tandem itself (the top-level atlassian-plugin.xml), as bin/sandbox starts it, over HTTP. */
public class PluginSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("plugin");

    @Test
    public void hostClock_shouldReadTheSandboxClock() {
        org.tandem.mentoring.host.HostClock hostClock =
                sandbox.get().plugin().component(org.tandem.mentoring.host.HostClock.class);
        java.time.Instant before = hostClock.now();
        sandbox.get().clock().advance(java.time.Duration.ofDays(3));
        try {
            long days = java.time.Duration.between(before, hostClock.now()).toDays();
            assertEquals(3, days);
        } finally {
            sandbox.get().clock().advance(java.time.Duration.ofDays(-3));
        }
    }

    @Test
    public void pluginPage_shouldListTheAppWithItsLogoIconAndConfigureLink() throws Exception {
        String page = sandbox.client().get("/sandbox/plugin").body();

        assertTrue(page, page.contains("id=\"plugin-entry\""));
        assertTrue(page.contains("<a class=\"aui-button\" id=\"plugin-configure\" href=\"/plugins/servlet/tandem/admin\">"));
        assertTrue(page.contains("Licensed through the Marketplace: true"));
        assertTrue(page.contains("Compatible with read-only mode: true"));
        for (String param : new String[] {"plugin-logo", "plugin-icon"}) {
            java.net.http.HttpResponse<String> image = sandbox.client().get("/sandbox/plugin/image?param=" + param);
            assertEquals(param, 200, image.statusCode());
            assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(404, sandbox.client().get("/sandbox/plugin/image?param=description").statusCode());
    }

    @Test
    public void root_shouldAnswer200() throws Exception {
        assertEquals(200, sandbox.client().get("/").statusCode());
    }

    @Test
    public void spaceHome_shouldRenderTheProgrammeMacroAsHtml() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(sandbox.get().users().all().get(100).username());
        HttpResponse<String> r = c.get("/display/" + DemoData.SPACE);
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("class=\"tandem-programme\""));
        assertFalse(r.body().contains("<ac:structured-macro"));
        assertFalse(r.body().contains("sandbox-macro-error"));
    }

    @Test
    public void everyDemoPage_shouldRenderWithoutAMacroError() throws Exception {
        SandboxUsers.Person[] pair = new DemoData(20260101L).restrictedPair(sandbox.get().users());
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(pair[0].username());
        for (SandboxContent.Page page : sandbox.get().content().pages(DemoData.SPACE)) {
            HttpResponse<String> r = c.get("/pages/viewpage.action?pageId=" + page.id());
            assertEquals(page.title(), 200, r.statusCode());
            String main = r.body().substring(r.body().indexOf("id=\"main-content\""));
            assertFalse(page.title() + ": " + main, main.contains("sandbox-macro-error"));
            assertFalse(page.title(), main.contains("<ac:"));
        }
    }

    @Test
    public void rest_shouldServeTheProgrammeToSignedInUsersOnly() throws Exception {
        int id = new org.tandem.mentoring.store.ProgrammeRepository(sandbox.get().activeObjects())
                .findBySpaceKey(DemoData.SPACE).orElseThrow().id();
        SandboxTestSupport.Client c = sandbox.client();
        assertEquals(401, c.get("/rest/tandem/1.0/programmes/" + id).statusCode());
        c.signIn(sandbox.get().users().all().get(100).username());
        HttpResponse<String> r = c.get("/rest/tandem/1.0/programmes/" + id);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("Mentoring Programme 2026"));
    }

    @Test
    public void descriptor_shouldRegisterEveryMacroAndRestModule() {
        PluginDescriptor d = sandbox.get().descriptor();
        d.macros().forEach(m -> assertTrue(m.name(), sandbox.get().plugin().hasMacro(m.name())));
        d.restModules().forEach(r -> assertTrue(r.mountPath(),
                sandbox.get().plugin().restResources().containsKey(r.mountPath())));
    }

    @Test
    public void restart_shouldKeepContentAndProgrammeWithoutDuplicates() throws Exception {
        Path other = SandboxTestSupport.tempDir("restart");
        long pageId;
        int programmes;
        try (Sandbox first = Sandbox.start(Sandbox.Config.forPlugin(0, other,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web")))) {
            pageId = first.content().page(DemoData.SPACE, "Pairings").orElseThrow().id();
            first.content().updatePage(pageId, "Pairings", first.content().page(pageId).orElseThrow().parentId(),
                    "<p>edited before the restart</p>");
            programmes = new org.tandem.mentoring.store.ProgrammeRepository(first.activeObjects()).findAll().size();
        }
        try (Sandbox second = Sandbox.start(Sandbox.Config.forPlugin(0, other,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web")))) {
            assertTrue(second.content().page(pageId).orElseThrow().body().contains("edited before the restart"));
            assertEquals(1, second.content().spaces().stream().filter(s -> s.key().equals(DemoData.SPACE)).count());
            assertEquals(programmes,
                    new org.tandem.mentoring.store.ProgrammeRepository(second.activeObjects()).findAll().size());
        }
    }
}
