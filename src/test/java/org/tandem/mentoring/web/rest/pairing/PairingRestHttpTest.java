package org.tandem.mentoring.web.rest.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.mockito.Mockito;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.pairing.Audience;
import org.tandem.mentoring.service.pairing.ConsentAnswer;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingConsents;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.PairingRefusals;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.service.pairing.PairingView;
import org.tandem.mentoring.web.rest.RestPipeline;

/**
 * The pairing resources over HTTP, in Jersey with Jackson on Jetty: changes are accepted as JSON only, the bodies
 * are JSON, and the two resources share the programme path with nothing else in the way.
 */
public class PairingRestHttpTest {

    private static final PairingQueries QUERIES = mock(PairingQueries.class);
    private static final PairingRuns RUNS = mock(PairingRuns.class);
    private static final PairingConsents CONSENTS = mock(PairingConsents.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Server server;
    private static String base;

    @BeforeClass
    public static void start() throws Exception {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(Mockito.anyString(), Mockito.any(java.io.Serializable[].class)))
                .thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(Mockito.anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        ResourceConfig rest = RestPipeline.withMappers(new ResourceConfig()
                .register(new ProgrammePairingsResource(QUERIES, RUNS,
                        org.mockito.Mockito.mock(org.tandem.mentoring.service.pairing.RankingRuns.class), i18n,
                        org.mockito.Mockito.mock(org.tandem.mentoring.service.ViewerLanguage.class)))
                .register(new PairingResource(QUERIES, RUNS, CONSENTS, i18n,
                        org.mockito.Mockito.mock(org.tandem.mentoring.service.ViewerLanguage.class)))
                .register(JacksonFeature.class), i18n);
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
        reset(QUERIES, RUNS, CONSENTS);
    }

    @Test
    public void consent_shouldRefuseAFormPostThatABrowserCouldSendFromAnotherSite() throws Exception {
        HttpResponse<String> form = send("POST", "/pairings/31/consent", "application/x-www-form-urlencoded",
                "version=4&answer=ACCEPT");
        HttpResponse<String> text = send("POST", "/programmes/7/pairings/publish", "text/plain", "{}");

        assertEquals(415, form.statusCode());
        assertEquals(415, text.statusCode());
        verifyNoInteractions(QUERIES, RUNS, CONSENTS);
    }

    @Test
    public void consent_shouldAnswer200WithJson() throws Exception {
        when(CONSENTS.answer(31, 4, ConsentAnswer.ACCEPT, null)).thenReturn(view());

        HttpResponse<String> response = send("POST", "/pairings/31/consent", "application/json",
                "{\"version\":4,\"answer\":\"ACCEPT\"}");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("PARTICIPANT", body.get("audience").asText());
        assertEquals("Olga Ek", body.get("mentor").get("displayName").asText());
    }

    @Test
    public void end_shouldAnswer409WithJsonOnAStaleVersion() throws Exception {
        when(CONSENTS.end(eq(31), anyInt(), any()))
                .thenThrow(new Refusal.Conflict(PairingRefusals.STALE));

        HttpResponse<String> response = send("POST", "/pairings/31/end", "application/json",
                "{\"version\":3,\"reason\":\"Done\"}");

        assertEquals(409, response.statusCode());
        assertEquals(409, JSON.readTree(response.body()).get("status").asInt());
    }

    @Test
    public void list_shouldAnswer200WithTheFilteredPairings() throws Exception {
        when(QUERIES.list(7, PairingState.PROPOSED, null)).thenReturn(List.of(view()));

        HttpResponse<String> response = send("GET", "/programmes/7/pairings?state=PROPOSED", null, null);

        assertEquals(200, response.statusCode());
        assertEquals(31, JSON.readTree(response.body()).get(0).get("id").asInt());
    }

    @Test
    public void add_shouldAnswer400WithoutAStackTraceForBrokenJson() throws Exception {
        HttpResponse<String> response = send("POST", "/programmes/7/pairings", "application/json",
                "{\"menteeKey\": ");

        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("\tat "));
        verifyNoInteractions(QUERIES, RUNS, CONSENTS);
    }

    @Test
    public void run_shouldAcceptAnEmptyJsonBody() throws Exception {
        when(RUNS.run(7, false)).thenReturn(new org.tandem.mentoring.service.pairing.RunResult(List.of(), List.of(),
                0, 0, Map.of()));

        HttpResponse<String> response = send("POST", "/programmes/7/pairings/run", "application/json", "{}");

        assertEquals(200, response.statusCode());
        assertEquals(0, JSON.readTree(response.body()).get("matchedCount").asInt());
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        // a client of its own per request: the server answers a refused body (415) before reading it and may
        // close the connection, which a pooled connection would only notice on the next request
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PairingView view() {
        return new PairingView(31, 5, 7, Audience.PARTICIPANT, PairingState.PROPOSED, "mia", "olga", null, null,
                null, null, null, null, Map.of(Party.MENTEE, Consent.GIVEN, Party.MENTOR, Consent.PENDING), "mia",
                null, null, Set.of(PairingAction.DECLINE), Map.of("mia", "Mia Berg", "olga", "Olga Ek"));
    }
}
