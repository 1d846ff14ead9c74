package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.host.SandboxWebSudo;

/**
 * The secure administrator session (WebSudo) as Confluence keeps it: the administration page sends an administrator
 * without one to the password prompt, every {@code @WebSudoRequired} REST method answers 401, a wrong password
 * grants nothing, the session is per HTTP session and ends after the timeout, and confirming a password makes
 * nobody an administrator.
 */
public class WebSudoSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("websudo");

    private static final String ADMIN_PAGE = "/plugins/servlet/tandem/admin";
    private static final String REST = "/rest/tandem/1.0";
    private static final String PACKAGE = "org.tandem.mentoring.web.rest";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Endpoint(String method, String path, String contentType, String body) {
    }

    @After
    public void resetClock() {
        sandbox.get().webSudo().clock(Clock.systemUTC());
    }

    @Test
    public void adminPage_shouldSendAnAdministratorWithoutSecureSessionToThePasswordPrompt() throws Exception {
        SandboxTestSupport.Client admin = sandbox.signedIn(administrator().username());

        HttpResponse<String> r = admin.get(ADMIN_PAGE + "?saved=set");

        assertEquals(302, r.statusCode());
        assertEquals("/authenticate.action?destination=%2Fplugins%2Fservlet%2Ftandem%2Fadmin%3Fsaved%3Dset",
                location(r));
        HttpResponse<String> prompt = admin.get(location(r));
        assertEquals(200, prompt.statusCode());
        assertTrue(prompt.body(), prompt.body().contains("type=\"password\""));
        assertTrue("the prompt shows the demo password", prompt.body().contains(
                "id=\"websudo-demo-password\">In the sandbox every demo person&#39;s password is "
                        + SandboxWebSudo.PASSWORD + ".</p>"));
    }

    @Test
    public void everyWebSudoRequiredMethod_shouldAnswer401WithoutSecureSession() throws Exception {
        SandboxTestSupport.Client admin = sandbox.signedIn(administrator().username());
        List<Endpoint> endpoints = webSudoEndpoints();
        assertEquals("orgchart preview and import, person, export, nightly settings read and saved, run, report; "
                + "default themes list, add, rename, remove: " + endpoints, 12,
                endpoints.size());

        for (Endpoint endpoint : endpoints) {
            HttpResponse<String> r = send(admin, endpoint);
            String what = endpoint.method() + " " + endpoint.path() + ": " + r.statusCode() + " " + r.body();
            assertEquals(what, 401, r.statusCode());
            assertTrue(what, r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertFalse(what, JSON.readTree(r.body()).path("message").asText().isBlank());
        }
    }

    @Test
    public void confirmedPassword_shouldOpenThePageAndTheResourcesAndSendBackToTheDestination() throws Exception {
        SandboxTestSupport.Client admin = sandbox.signedIn(administrator().username());
        String prompt = admin.get("/authenticate.action?destination=%2Fplugins%2Fservlet%2Ftandem%2Fadmin").body();

        HttpResponse<String> confirmed = admin.post("/authenticate.action", "application/x-www-form-urlencoded",
                "password=" + SandboxWebSudo.PASSWORD + "&destination=%2Fplugins%2Fservlet%2Ftandem%2Fadmin"
                        + "&atl_token=" + SandboxTestSupport.Client.token(prompt));

        assertEquals(302, confirmed.statusCode());
        assertEquals(ADMIN_PAGE, location(confirmed));
        assertEquals(200, admin.get(ADMIN_PAGE).statusCode());
        HttpResponse<String> themes = admin.get(REST + "/themes/default");
        assertEquals(themes.body(), 200, themes.statusCode());
        HttpResponse<String> preview = admin.post(REST + "/orgchart/preview?mode=UPDATE", "text/csv",
                "user,manager,department,level\n", "X-Atlassian-Token", "no-check");
        assertEquals(preview.body(), 200, preview.statusCode());
    }

    @Test
    public void wrongPassword_shouldGrantNothing() throws Exception {
        SandboxTestSupport.Client admin = sandbox.signedIn(administrator().username());

        HttpResponse<String> wrong = admin.webSudo("not-" + SandboxWebSudo.PASSWORD);

        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body(), wrong.body().contains("id=\"websudo-error\""));
        assertEquals(302, admin.get(ADMIN_PAGE).statusCode());
        assertEquals(401, admin.get(REST + "/themes/default").statusCode());
    }

    @Test
    public void secureSession_shouldBelongToOneHttpSession() throws Exception {
        String username = administrator().username();
        sandbox.secure(username);
        SandboxTestSupport.Client elsewhere = sandbox.signedIn(username);

        assertEquals(302, elsewhere.get(ADMIN_PAGE).statusCode());
        assertEquals(401, elsewhere.get(REST + "/themes/default").statusCode());
    }

    @Test
    public void secureSession_shouldEndAfterTheTimeoutWithoutAdministration() throws Exception {
        SandboxTestSupport.Client admin = sandbox.secure(administrator().username());
        SandboxWebSudo webSudo = sandbox.get().webSudo();
        assertEquals(SandboxWebSudo.DEFAULT_TIMEOUT, webSudo.timeout());

        webSudo.clock(Clock.offset(Clock.systemUTC(), webSudo.timeout().minusMinutes(1)));
        assertEquals("still open a minute before the timeout", 200, admin.get(ADMIN_PAGE).statusCode());

        webSudo.clock(Clock.offset(Clock.systemUTC(), webSudo.timeout().multipliedBy(2)));
        assertEquals(302, admin.get(ADMIN_PAGE).statusCode());
        assertEquals(401, admin.get(REST + "/themes/default").statusCode());

        admin.webSudo();
        assertEquals("confirming again opens it again", 200, admin.get(ADMIN_PAGE).statusCode());
    }

    @Test
    public void secureSession_shouldRestartItsTimeoutWithEveryAdministrativeRequest() throws Exception {
        SandboxTestSupport.Client admin = sandbox.secure(administrator().username());
        SandboxWebSudo webSudo = sandbox.get().webSudo();
        Duration almost = webSudo.timeout().minusMinutes(1);

        webSudo.clock(Clock.offset(Clock.systemUTC(), almost));
        assertEquals(200, admin.get(REST + "/themes/default").statusCode());
        webSudo.clock(Clock.offset(Clock.systemUTC(), almost.multipliedBy(2)));

        assertEquals(200, admin.get(ADMIN_PAGE).statusCode());
    }

    @Test
    public void nonAdministratorWhoConfirmsTheirPassword_shouldStillBeRefused() throws Exception {
        SandboxTestSupport.Client staff = sandbox.secure(staff().username());

        assertEquals(403, staff.get(ADMIN_PAGE).statusCode());
        for (Endpoint endpoint : webSudoEndpoints()) {
            HttpResponse<String> r = send(staff, endpoint);
            assertEquals(endpoint.method() + " " + endpoint.path() + ": " + r.body(), 403, r.statusCode());
        }
    }

    @Test
    public void anonymousVisitor_shouldSignInBeforeThePasswordPrompt() throws Exception {
        HttpResponse<String> r = sandbox.client().get("/authenticate.action?destination=%2F");

        assertEquals(302, r.statusCode());
        assertTrue(location(r), location(r).startsWith("/login?os_destination="));
    }

    /** Every REST method that needs WebSudo by its annotations, path parameters naming nothing. */
    private static List<Endpoint> webSudoEndpoints() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        List<Endpoint> endpoints = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents(PACKAGE)) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null || !RestSecurity.requiresWebSudo(method, type)) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (type.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value()))
                        .replaceAll("/+", "/").replaceAll("\\{[^}]+}", "999999");
                Consumes consumes = method.getAnnotation(Consumes.class);
                String contentType = consumes == null ? "application/json" : consumes.value()[0];
                String body = contentType.equals("text/csv") ? "user,manager,department,level\n"
                        : "{\"version\":0,\"category\":\"c\",\"name\":\"n\"}";
                endpoints.add(new Endpoint(verb, REST + path + (contentType.equals("text/csv") ? "?mode=UPDATE" : ""),
                        contentType, body));
            }
        }
        return endpoints;
    }

    private static HttpResponse<String> send(SandboxTestSupport.Client client, Endpoint endpoint) throws Exception {
        if (endpoint.method().equals("GET")) {
            return client.get(endpoint.path());
        }
        return client.send(endpoint.method(), endpoint.path(), endpoint.contentType(), endpoint.body(),
                "X-Atlassian-Token", "no-check");
    }

    private static SandboxUsers.Person administrator() {
        String key = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    /** Someone who is neither an administrator nor a coordinator of the demo programme. */
    private static SandboxUsers.Person staff() {
        String spaceKey = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().spaceKey();
        return sandbox.get().users().all().stream()
                .filter(p -> !sandbox.get().users().isAdmin(p.key()))
                .filter(p -> !sandbox.get().permissions().canAdministerSpace(p.key(), spaceKey))
                .findFirst().orElseThrow();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }
}
