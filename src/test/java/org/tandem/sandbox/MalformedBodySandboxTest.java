package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every mutating endpoint of Tandem's REST API, found by reflection, gets each kind of malformed request over HTTP
 * against the sandbox: invalid JSON, wrong types, an array, an empty body, JSON nested 1,000 levels deep, and the
 * form and plain-text content types. Each answers 400 or 415 in the JSON error shape, never a 5xx, a parser's text
 * or a Java class name. Path parameters name records that do not exist, so a request that got past the body
 * could only change nothing.
 */
public class MalformedBodySandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final String PACKAGE = "org.tandem.mentoring.web.rest";
    private static final String NO_SUCH_ID = "999999";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WRONG_TYPES = "{\"version\":\"x\",\"name\":12,\"category\":3,\"menteeKey\":12,"
            + "\"themeIds\":\"a\",\"first\":3,\"phase\":7}";

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("malformed");

    private static SandboxTestSupport.Client client;

    private record Endpoint(String method, String path, boolean readsBody) {
    }

    private record Case(String name, String contentType, String body) {
    }

    @BeforeClass
    public static void signInAsAdministrator() throws Exception {
        Sandbox sandbox = SANDBOX.get();
        String admin = sandbox.users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        client = SANDBOX.secure(sandbox.users().byKey(admin).orElseThrow().username());
    }

    @Test
    public void everyMutatingEndpoint_shouldAnswerEveryMalformedBodyWithA4xxInTheErrorShape() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue("too few endpoints found: " + endpoints, endpoints.size() >= 20);
        for (Endpoint endpoint : endpoints) {
            for (Case c : cases()) {
                HttpResponse<String> r = send(endpoint, c);
                String what = endpoint.method() + " " + endpoint.path() + " with " + c.name() + ": " + r.statusCode()
                        + " " + r.body();
                Set<Integer> allowed = !endpoint.readsBody() ? Set.of(400, 404, 415)
                        : c.name().equals("wrong types") ? Set.of(400, 404, 415) : Set.of(400, 415);
                assertTrue(what, allowed.contains(r.statusCode()));
                assertTrue(what, r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                JsonNode body = JSON.readTree(r.body());
                assertEquals(what, r.statusCode(), body.path("status").asInt());
                assertTrue(what, body.path("message").isTextual() && !body.path("message").asText().isBlank());
                for (String leak : List.of("java.", "com.fasterxml", "Exception", "jakarta.")) {
                    assertFalse(what, r.body().contains(leak));
                }
            }
        }
    }

    @Test
    public void wrongTypes_shouldBeFieldErrorsWhereTheEndpointReadsFields() throws Exception {
        HttpResponse<String> r = client.send("POST", REST + "/programmes/" + NO_SUCH_ID + "/applications",
                "application/json", WRONG_TYPES, "X-Atlassian-Token", "no-check");

        assertEquals(r.body(), 400, r.statusCode());
        assertEquals("tandem.enrol.error.type.list",
                JSON.readTree(r.body()).path("fieldErrors").path("themeIds").path("key").asText());
    }

    private static HttpResponse<String> send(Endpoint endpoint, Case c) throws Exception {
        return client.send(endpoint.method(), REST + endpoint.path(), c.contentType(), c.body(),
                "X-Atlassian-Token", "no-check");
    }

    private static List<Case> cases() {
        return List.of(
                new Case("invalid JSON", "application/json", "{\"version\": 1,"),
                new Case("wrong types", "application/json", WRONG_TYPES),
                new Case("an array", "application/json", "[{\"version\": 1}]"),
                new Case("an empty body", "application/json", ""),
                new Case("1,000 nested arrays", "application/json", "[".repeat(1000) + "]".repeat(1000)),
                new Case("1,000 nested objects", "application/json", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)),
                new Case("text/plain", "text/plain", "{\"version\": 1}"),
                new Case("a form", "application/x-www-form-urlencoded", "version=1&phase=ARCHIVED"));
    }

    /** Every @POST, @PUT and @DELETE method of every @Path class in the REST package, path parameters filled. */
    static List<Endpoint> endpoints() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        List<Endpoint> endpoints = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents(PACKAGE)) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                        .replaceAll("\\{[^}]+}", NO_SUCH_ID);
                endpoints.add(new Endpoint(verb, path, readsBody(method)));
            }
        }
        return endpoints;
    }

    /** A parameter without any JAX-RS annotation is the request body. */
    private static boolean readsBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotated |= annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs");
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }
}
