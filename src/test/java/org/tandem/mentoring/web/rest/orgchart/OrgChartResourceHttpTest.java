package org.tandem.mentoring.web.rest.orgchart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import java.util.List;
import java.util.Optional;
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
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartRow;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartCounts;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.service.orgchart.OrgChartPreview;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.web.rest.RestPipeline;

/**
 * The resource behind Jersey 3 on Jetty 12, over HTTP: content types it takes and refuses, and the JSON on the
 * wire.
 */
public class OrgChartResourceHttpTest {

    private static final String CSV = "user,manager,department,level\nu-ann,,Board,9\n";
    private static final OrgChartReport CLEAN = new OrgChartReport(
            Set.of(OrgChartColumn.USER, OrgChartColumn.MANAGER, OrgChartColumn.DEPARTMENT, OrgChartColumn.LEVEL),
            List.of(new OrgChartRow(2, "u-ann", "", "Board", "9", "", "")), List.of());

    private static final OrgChartImportService IMPORTS = mock(OrgChartImportService.class);
    private static Server server;
    private static String base;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeClass
    public static void start() throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        ResourceConfig config = RestPipeline.withMappers(new ResourceConfig()
                .register(new OrgChartResource(IMPORTS, new PropertiesI18n()))
                .register(JacksonFeature.class), new PropertiesI18n());
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/rest/tandem/1.0/*");
        server.setHandler(context);
        server.start();
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        base = "http://127.0.0.1:" + port + "/rest/tandem/1.0/orgchart";
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
    }

    @Before
    public void forget() {
        reset(IMPORTS);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return post(client, path, contentType, body);
    }

    private HttpResponse<String> post(HttpClient client, String path, String contentType, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void preview_shouldTakeCsvAndAnswerJson() throws Exception {
        when(IMPORTS.preview(any(byte[].class), eq(ImportMode.UPDATE), isNull())).thenReturn(
                new OrgChartPreview(ImportMode.UPDATE, CLEAN, Optional.of(new OrgChartCounts(1, 0, 0, 0))));

        HttpResponse<String> response = post("/preview?mode=UPDATE", "text/csv; charset=UTF-8", CSV);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode json = mapper.readTree(response.body());
        assertEquals("UPDATE", json.get("mode").asText());
        assertEquals(1, json.get("rows").asInt());
        assertTrue(json.get("importable").asBoolean());
        assertEquals(1, json.get("changes").get("inserted").asInt());
        verify(IMPORTS).preview(CSV.getBytes(StandardCharsets.UTF_8), ImportMode.UPDATE, null);
    }

    @Test
    public void importCsv_shouldAnswer400WithTheReportOnTheWire() throws Exception {
        OrgChartReport report = new OrgChartReport(CLEAN.columns(), CLEAN.rows(),
                List.of(ImportProblem.of(2, "user", ProblemCode.UNKNOWN_USER, "u-ann")));
        when(IMPORTS.importCsv(any(byte[].class), eq(ImportMode.REPLACE), isNull(), isNull())).thenReturn(
                new OrgChartImportResult(ImportMode.REPLACE, report, Optional.empty()));

        HttpResponse<String> response = post("/import?mode=REPLACE", "text/csv", CSV);

        assertEquals(400, response.statusCode());
        JsonNode json = mapper.readTree(response.body());
        assertFalse(json.get("imported").asBoolean());
        assertTrue(json.get("counts").isNull());
        JsonNode error = json.get("errors").get(0);
        assertEquals(2, error.get("line").asInt());
        assertEquals("user", error.get("column").asText());
        assertEquals("UNKNOWN_USER", error.get("code").asText());
        assertEquals("\"u-ann\" matches no user of this Confluence (username, e-mail address or user key).", error.get("message").asText());
        assertEquals("u-ann", error.get("value").asText());
    }

    @Test
    public void importCsv_shouldRefuseTheContentTypesACrossSiteFormCanSend() throws Exception {
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain")) {
            // a client of its own per request: the server answers before reading the body and may close the
            // connection, which a pooled connection would only notice on the next request
            HttpResponse<String> response = post(HttpClient.newHttpClient(), "/import?mode=REPLACE", type, CSV);

            assertEquals(type, 415, response.statusCode());
        }
        verifyNoInteractions(IMPORTS);
    }

    @Test
    public void preview_shouldRefuseJsonToo() throws Exception {
        assertEquals(415, post("/preview?mode=UPDATE", "application/json", "{}").statusCode());
        verifyNoInteractions(IMPORTS);
    }
}
