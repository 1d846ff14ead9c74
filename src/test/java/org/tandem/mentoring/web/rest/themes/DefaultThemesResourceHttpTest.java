package org.tandem.mentoring.web.rest.themes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.admin.DefaultTaxonomyService;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.web.rest.RestPipeline;

/** {@code /themes/default} behind Jersey and Jetty: JSON bodies in and out, and no form content types. */
public class DefaultThemesResourceHttpTest {

    private static final DefaultTaxonomyService TAXONOMY = mock(DefaultTaxonomyService.class);
    private static Server server;
    private static String base;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeClass
    public static void start() throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        PropertiesI18n i18n = new PropertiesI18n();
        ResourceConfig config = RestPipeline.withMappers(new ResourceConfig()
                .register(new DefaultThemesResource(TAXONOMY, i18n))
                .register(JacksonFeature.class), i18n);
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/rest/tandem/1.0/*");
        server.setHandler(context);
        server.start();
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        base = "http://127.0.0.1:" + port + "/rest/tandem/1.0/themes/default";
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
    }

    @Before
    public void forget() {
        reset(TAXONOMY);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        // a client of its own per request: the server answers a refused body (415) before reading it and may
        // close the connection, which a pooled connection would only notice on the next request
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void post_shouldTakeJsonAndAnswer201() throws Exception {
        when(TAXONOMY.add("Remote work", "Time zones"))
                .thenReturn(new LearningTheme(12, 1, null, "Remote work", "Time zones"));

        HttpResponse<String> response = send("POST", "", "application/json",
                "{\"category\":\"Remote work\",\"name\":\"Time zones\"}");

        assertEquals(201, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(12, mapper.readTree(response.body()).get("id").asInt());
    }

    @Test
    public void post_shouldRefuseAFormBodyWith415() throws Exception {
        HttpResponse<String> response = send("POST", "", "application/x-www-form-urlencoded",
                "category=struggling&name=X");

        assertEquals(415, response.statusCode());
        verifyNoInteractions(TAXONOMY);
    }

    @Test
    public void put_shouldAnswer409WithTheSameJsonShapeWhenStale() throws Exception {
        when(TAXONOMY.rename(7, 2, "Handing over"))
                .thenThrow(new Refusal.Conflict("tandem.admin.themes.error.stale"));

        HttpResponse<String> response = send("PUT", "/7", "application/json",
                "{\"version\":2,\"name\":\"Handing over\"}");

        assertEquals(409, response.statusCode());
        JsonNode json = mapper.readTree(response.body());
        assertEquals(409, json.get("status").asInt());
        assertTrue(json.get("message").asText().length() > 0);
    }

    @Test
    public void delete_shouldAnswer204() throws Exception {
        HttpResponse<String> response = send("DELETE", "/8", null, null);

        assertEquals(204, response.statusCode());
        verify(TAXONOMY).remove(8);
    }
}
