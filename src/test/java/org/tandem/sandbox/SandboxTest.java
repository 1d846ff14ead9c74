package org.tandem.sandbox;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The sandbox over HTTP, with the test plugin and the demo data: pages, permissions, REST, XSRF. */
public class SandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.testPlugin("sandbox-test");
    private static SandboxUsers.Person mentee;
    private static SandboxUsers.Person mentor;
    private static SandboxUsers.Person third;

    @BeforeClass
    public static void start() throws Exception {
        SandboxUsers.Person[] pair = new DemoData(20260101L).restrictedPair(sandbox.get().users());
        mentee = pair[0];
        mentor = pair[1];
        third = sandbox.get().users().all().stream().filter(p -> p.level() == 6 && !p.key().equals(mentee.key()))
                .findFirst().orElseThrow();
    }

    private static String sessionPageTitle() {
        return "Session 1: " + mentee.fullName() + " and " + mentor.fullName();
    }

    @Test
    public void root_shouldAnswer200() throws Exception {
        HttpResponse<String> r = sandbox.client().get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Welcome"));
    }

    @Test
    public void spaceHome_shouldRenderTheMacroAsHtml() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(third.username());
        HttpResponse<String> r = c.get("/display/MENTOR");
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("class=\"tandem-programme\" data-space=\"MENTOR\""));
        assertTrue(r.body().contains("You are " + third.fullName()));
        assertFalse(r.body().contains("<ac:structured-macro"));
        assertFalse(r.body().contains("ac:parameter"));
        assertTrue("the macro's web resource is on the page",
                r.body().contains("/download/resources/org.tandem.sandbox-test:test-resources/test.css"));
    }

    @Test
    public void spaceHome_withoutMacros_shouldShowThePageWithNothingInTheMacrosPlace() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(third.username());
        HttpResponse<String> r = c.get("/display/MENTOR?macros=none");
        assertEquals(200, r.statusCode());
        assertFalse(r.body(), r.body().contains("class=\"tandem-programme\""));
        assertFalse(r.body().contains("You are " + third.fullName()));
        assertFalse(r.body().contains("<ac:structured-macro"));
        assertTrue("the page around the macro is the same", r.body().contains("<title>"));
    }

    @Test
    public void userData_shouldComeOutEscaped() throws Exception {
        SandboxContent.Page page = sandbox.get().content().createPage("MENTOR", "Escaping check", null,
                "<ac:structured-macro ac:name=\"tandem-programme\"><ac:parameter ac:name=\"note\">"
                        + "&lt;script&gt;alert('x')&lt;/script&gt;</ac:parameter></ac:structured-macro>",
                third.key());
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(third.username());
        String body = c.get("/pages/viewpage.action?pageId=" + page.id()).body();
        assertTrue(body, body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(body.contains("<script>alert"));
    }

    @Test
    public void anonymous_shouldSeeNothingOfTheProgrammeSpace() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        assertEquals(302, c.get("/display/MENTOR").statusCode());
        assertFalse(c.get("/").body().contains("Mentoring Programme 2026"));
        assertFalse(c.get("/dosearchsite.action?queryString=mentor").body().contains("Mentor guide"));
    }

    @Test
    public void restrictedPage_shouldBe404ForAThirdPersonAndHiddenFromListAndSearch() throws Exception {
        String url = StorageFormat.pageUrl("MENTOR", sessionPageTitle());
        SandboxTestSupport.Client outsider = sandbox.client();
        outsider.signIn(third.username());
        assertEquals(404, outsider.get(url).statusCode());
        long id = sandbox.get().content().page("MENTOR", sessionPageTitle()).orElseThrow().id();
        assertEquals(404, outsider.get("/pages/viewpage.action?pageId=" + id).statusCode());
        String list = outsider.get("/pages/listpages-alphaview.action?key=MENTOR").body();
        assertTrue(list.contains("Mentor guide"));
        assertFalse(list.contains("Session 1"));
        String search = outsider.get("/dosearchsite.action?queryString="
                + URLEncoder.encode("Getting to know each other", StandardCharsets.UTF_8)).body();
        assertFalse(search.contains("Session 1"));
        assertFalse(outsider.get("/display/MENTOR").body().contains("Session 1"));

        for (SandboxUsers.Person member : new SandboxUsers.Person[] {mentee, mentor}) {
            SandboxTestSupport.Client c = sandbox.client();
            c.signIn(member.username());
            HttpResponse<String> r = c.get(url);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("Getting to know each other"));
            assertTrue(c.get("/dosearchsite.action?queryString="
                    + URLEncoder.encode("Getting to know each other", StandardCharsets.UTF_8)).body().contains("Session 1"));
        }
    }

    @Test
    public void rest_shouldNeedASignedInUserUnlessAnnotated() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        assertEquals(401, c.get("/rest/sandboxtest/1.0/hello").statusCode());
        HttpResponse<String> open = c.get("/rest/sandboxtest/1.0/hello/public");
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("anonymous"));
        c.signIn(third.username());
        HttpResponse<String> r = c.get("/rest/sandboxtest/1.0/hello");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(third.fullName()));
    }

    @Test
    public void rest_shouldRefuseFormPostsWithoutTheXsrfHeader() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(third.username());
        String path = "/rest/sandboxtest/1.0/hello";
        assertEquals(403, c.post(path, "application/x-www-form-urlencoded", "a=b").statusCode());
        assertEquals(200, c.post(path, "application/json", "{}").statusCode());
        assertEquals(200, c.post(path, "application/x-www-form-urlencoded", "a=b",
                "X-Atlassian-Token", "no-check").statusCode());
    }

    @Test
    public void formPost_shouldNeedTheSessionToken() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.get("/login");
        assertEquals(403, c.post("/login", "application/x-www-form-urlencoded",
                "username=" + third.username()).statusCode());
        assertEquals(403, c.post("/login", "application/x-www-form-urlencoded",
                "username=" + third.username() + "&atl_token=wrong").statusCode());
    }

    @Test
    public void pluginServlet_shouldBeServedUnderPluginsServletForSignedInUsers() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        assertEquals(302, c.get("/plugins/servlet/sandboxtest/status").statusCode());
        c.signIn(mentor.username());
        HttpResponse<String> r = c.get("/plugins/servlet/sandboxtest/status");
        assertEquals(200, r.statusCode());
        assertEquals("ok " + mentor.fullName(), r.body());
    }

    @Test
    public void webItems_shouldShowInTheSpaceSidebarWhenTheirConditionHolds() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        assertFalse(c.get("/display/WELCOME").body().contains("id=\"test-sidebar-item\""));
        c.signIn(third.username());
        String body = c.get("/display/WELCOME").body();
        assertTrue(body, body.contains("id=\"test-sidebar-item\" href=\"/plugins/servlet/sandboxtest/status?space=WELCOME\""));
        assertTrue(body.contains(">Programme dashboard<"));
    }

    @Test
    public void pluginPage_shouldListWhatWasRegistered() throws Exception {
        String body = sandbox.client().get("/sandbox/plugin").body();
        for (String expected : new String[] {"org.tandem.sandbox.testplugin.TestProgrammeMacro", "/rest/sandboxtest/1.0/",
            "/plugins/servlet/sandboxtest/status", "test-space-blueprint", "countingJob",
            "org.tandem.mentoring.store.ProgrammeEntity", "ModelVersionOneUpgradeTask"}) {
            assertTrue(expected, body.contains(expected));
        }
    }

    @Test
    public void deactivate_shouldReachTheListenersOfThePlugin() {
        SandboxUsers.Person leaver = sandbox.get().users().all().get(sandbox.get().users().size() - 1);
        sandbox.get().deactivate(leaver.key());
        org.tandem.sandbox.testplugin.UserEventsListener listener =
                sandbox.get().plugin().component(org.tandem.sandbox.testplugin.UserEventsListener.class);
        assertTrue(listener.deactivated().contains(leaver.username()));
        assertFalse(sandbox.get().permissions().canViewSpace(leaver.key(), "MENTOR"));
    }

    @Test
    public void jobs_shouldRunNowOnRequest() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        HttpResponse<String> r = c.post("/sandbox/jobs/run", "application/x-www-form-urlencoded",
                "key=counting-job", "X-Atlassian-Token", "no-check", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("SUCCESS: run"));
    }

    @Test
    public void demoData_shouldHaveADeepOrganisationAndTheCoordinators() {
        assertTrue(sandbox.get().users().size() >= 450);
        int deepest = sandbox.get().users().all().stream().mapToInt(SandboxUsers.Person::level).max().orElse(0);
        assertTrue("levels: " + deepest, deepest >= 6);
        assertFalse(sandbox.get().users().members(DemoData.COORDINATORS).isEmpty());
    }
}
