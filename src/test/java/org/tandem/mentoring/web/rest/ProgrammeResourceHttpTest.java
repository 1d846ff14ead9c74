package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeRerun;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ThemeOffer;
import org.tandem.mentoring.web.PropertiesI18n;

/** The programme resource in Jersey with Jackson on Jetty: changes are JSON only, answers really are JSON. */
public class ProgrammeResourceHttpTest {

    private static final ProgrammeAdministration ADMINISTRATION = mock(ProgrammeAdministration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Server server;
    private static String base;

    @BeforeClass
    public static void start() throws Exception {
        ResourceConfig rest = RestPipeline.withMappers(new ResourceConfig()
                .register(new ProgrammeResource(mock(ProgrammeOverviewService.class), ADMINISTRATION,
                        mock(ProgrammeRerun.class)))
                .register(JacksonFeature.class), new PropertiesI18n("/i18n/tandem.properties"));
        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/tandem/1.0/*");
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(handler);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + "/rest/tandem/1.0";
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
    }

    @Before
    public void resetService() {
        reset(ADMINISTRATION);
    }

    @Test
    public void changePhase_shouldRefuseAFormPostThatABrowserCouldSendFromAnotherSite() throws Exception {
        assertEquals(415, send("POST", "/programmes/7/phase", "application/x-www-form-urlencoded",
                "version=3&phase=ARCHIVED").statusCode());
        assertEquals(415, send("PUT", "/programmes/7/charter", "text/plain", "{\"version\":3}").statusCode());
        assertEquals(415, send("POST", "/programmes/7/themes", "text/plain", "{}").statusCode());
        verifyNoInteractions(ADMINISTRATION);
    }

    @Test
    public void themes_shouldAnswerJson() throws Exception {
        when(ADMINISTRATION.themes(7)).thenReturn(new ThemeOffer(7, false,
                List.of(new LearningTheme(40, 2, 7, "sales", "<b>Pitching</b>"))));

        HttpResponse<String> response = send("GET", "/programmes/7/themes", "application/json", "");

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("<b>Pitching</b>", body.get("themes").get(0).get("name").asText());
        assertEquals(true, body.get("themes").get(0).get("own").asBoolean());
    }

    @Test
    public void changePhase_shouldAnswerJsonFieldErrorsForAMissingVersion() throws Exception {
        HttpResponse<String> response = send("POST", "/programmes/7/phase", "application/json",
                "{\"phase\":\"RUNNING\"}");

        assertEquals(400, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("tandem.programme.admin.error.version.missing",
                body.get("fieldErrors").get("version").get("key").asText());
        verifyNoInteractions(ADMINISTRATION);
    }

    @Test
    public void removeTheme_shouldAnswer204WithoutABody() throws Exception {
        HttpResponse<String> response = send("DELETE", "/programmes/7/themes/40", "application/json", "");

        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
        org.mockito.Mockito.verify(ADMINISTRATION).removeTheme(7, 40);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json");
        if (body.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        // a client of its own per request: the server answers a refused body (415) before reading it and may
        // close the connection, which a pooled connection would only notice on the next request
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
