package org.tandem.mentoring.web.rest.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import java.time.Instant;
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
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationDecisions;
import org.tandem.mentoring.service.enrolment.Applications;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.service.enrolment.EnrolmentRefusals;
import org.tandem.mentoring.web.rest.RestPipeline;

/**
 * The enrolment resources over HTTP, in Jersey with Jackson on Jetty: what the framework adds to the direct calls
 * of {@link EnrolmentResourcesTest}, chiefly that changes are accepted as JSON only (Confluence's rule against
 * cross-site request forgery for REST) and that the bodies really are JSON.
 */
public class EnrolmentRestHttpTest {

    private static final EnrolmentQueries QUERIES = mock(EnrolmentQueries.class);
    private static final Applications APPLICATIONS = mock(Applications.class);
    private static final ApplicationDecisions DECISIONS = mock(ApplicationDecisions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Server server;
    private static String base;

    @BeforeClass
    public static void start() throws Exception {
        I18nResolver i18n = mock(I18nResolver.class, Mockito.RETURNS_DEEP_STUBS);
        when(i18n.getText(Mockito.anyString(), Mockito.any(java.io.Serializable[].class)))
                .thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(Mockito.anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        ResourceConfig rest = RestPipeline.withMappers(new ResourceConfig()
                .register(new ProgrammeApplicationsResource(QUERIES, APPLICATIONS))
                .register(new ApplicationResource(QUERIES, APPLICATIONS, DECISIONS))
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
        reset(QUERIES, APPLICATIONS, DECISIONS);
    }

    @Test
    public void apply_shouldRefuseAFormPostThatABrowserCouldSendFromAnotherSite() throws Exception {
        HttpResponse<String> form = send("POST", "/programmes/7/applications", "application/x-www-form-urlencoded",
                "role=MENTEE&goals=x");
        HttpResponse<String> text = send("POST", "/programmes/7/applications", "text/plain",
                "{\"role\":\"MENTEE\"}");

        assertEquals(415, form.statusCode());
        assertEquals(415, text.statusCode());
        verifyNoInteractions(QUERIES, APPLICATIONS, DECISIONS);
    }

    @Test
    public void apply_shouldAnswer201WithJson() throws Exception {
        when(APPLICATIONS.apply(anyInt(), any())).thenReturn(application());

        HttpResponse<String> response = send("POST", "/programmes/7/applications", "application/json",
                "{\"role\":\"MENTEE\",\"themeIds\":[1],\"goals\":\"Delegate\"}");

        assertEquals(201, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(21, body.get("id").asInt());
        assertEquals("Mia Berg", body.get("applicant").get("displayName").asText());
    }

    @Test
    public void apply_shouldAnswer400WithFieldErrorsForAValueOfTheWrongType() throws Exception {
        HttpResponse<String> response = send("POST", "/programmes/7/applications", "application/json",
                "{\"role\":\"MENTOR\",\"capacity\":2.5,\"themeIds\":[1]}");

        assertEquals(400, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("tandem.enrol.error.type.number", body.get("fieldErrors").get("capacity").get("key").asText());
        verifyNoInteractions(QUERIES, APPLICATIONS, DECISIONS);
    }

    @Test
    public void apply_shouldAnswer400WithoutAStackTraceForBrokenJson() throws Exception {
        HttpResponse<String> response = send("POST", "/programmes/7/applications", "application/json",
                "{\"role\": ");

        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("\tat "));
        verifyNoInteractions(QUERIES, APPLICATIONS, DECISIONS);
    }

    @Test
    public void edit_shouldAnswer409WithJsonOnAStaleVersion() throws Exception {
        when(APPLICATIONS.edit(anyInt(), anyInt(), any()))
                .thenThrow(new Refusal.Conflict(EnrolmentRefusals.STALE));

        HttpResponse<String> response = send("PUT", "/applications/21", "application/json",
                "{\"version\":3,\"role\":\"MENTEE\"}");

        assertEquals(409, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(409, body.get("status").asInt());
        assertEquals("text:tandem.enrol.error.stale", body.get("message").asText());
    }

    @Test
    public void decide_shouldRefuseAFormPost() throws Exception {
        HttpResponse<String> response = send("POST", "/applications/21/coordinator-decision",
                "application/x-www-form-urlencoded", "version=3&verdict=APPROVE");

        assertEquals(415, response.statusCode());
        verifyNoInteractions(QUERIES, APPLICATIONS, DECISIONS);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        // a client of its own per request: the server answers a refused body (415) before reading it and may
        // close the connection, which a pooled connection would only notice on the next request
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Application application() {
        Participant participant = new Participant(21, 1, 7, "mia", ParticipantRole.MENTEE, List.of(1), 1, null,
                "Delegate", null, null, List.of(), List.of(), ParticipantState.AWAITING_MANAGER, "mia",
                Instant.parse("2026-11-23T10:15:30Z"));
        return new Application(participant, List.of(), "boss", null, false, false, Map.of("mia", "Mia Berg"),
                Set.of());
    }
}
