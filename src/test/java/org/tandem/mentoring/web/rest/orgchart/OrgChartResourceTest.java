package org.tandem.mentoring.web.rest.orgchart;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartRow;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartCounts;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.service.orgchart.OrgChartPreview;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.web.rest.RefusalMapper;

public class OrgChartResourceTest {

    private static final jakarta.ws.rs.core.UriInfo NO_QUERY = noQuery();

    private static jakarta.ws.rs.core.UriInfo noQuery() {
        jakarta.ws.rs.core.UriInfo uri = org.mockito.Mockito.mock(jakarta.ws.rs.core.UriInfo.class);
        org.mockito.Mockito.when(uri.getQueryParameters()).thenReturn(new jakarta.ws.rs.core.MultivaluedHashMap<>());
        return uri;
    }


    private static final byte[] CSV = "user,manager,department,level\nu-ann,,Board,9\nu-bob,u-ann,Sales,5\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final Set<OrgChartColumn> REQUIRED = Set.of(OrgChartColumn.USER, OrgChartColumn.MANAGER,
            OrgChartColumn.DEPARTMENT, OrgChartColumn.LEVEL);
    private static final List<OrgChartRow> ROWS = List.of(
            new OrgChartRow(2, "u-ann", "", "Board", "9", "", ""),
            new OrgChartRow(3, "u-bob", "u-ann", "Sales", "5", "", ""));

    private OrgChartImportService imports;
    private OrgChartResource resource;

    @Before
    public void setUp() {
        imports = mock(OrgChartImportService.class);
        resource = new OrgChartResource(imports, new PropertiesI18n());
    }

    private static InputStream body(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static OrgChartReport clean() {
        return new OrgChartReport(REQUIRED, ROWS, List.of());
    }

    private static OrgChartReport withErrors() {
        return new OrgChartReport(REQUIRED, ROWS, List.of(
                ImportProblem.of(2, "user", ProblemCode.UNKNOWN_USER, "u-ann"),
                ImportProblem.of(3, null, ProblemCode.FIELD_COUNT, "", 4, 5),
                ImportProblem.of(3, "colour", ProblemCode.UNKNOWN_COLUMN, "colour")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entity(Response response) {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        return (Map<String, Object>) response.getEntity();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    // preview

    @Test
    public void preview_shouldAnswerTheChangesForAFileWithoutErrors() throws Exception {
        when(imports.preview(any(byte[].class), eq(ImportMode.REPLACE), isNull())).thenReturn(new OrgChartPreview(
                ImportMode.REPLACE, clean(), Optional.of(new OrgChartCounts(1, 1, 0, 3))));

        Response response = resource.preview("REPLACE", null, NO_QUERY, body(CSV));

        assertEquals(200, response.getStatus());
        Map<String, Object> json = entity(response);
        assertEquals("REPLACE", json.get("mode"));
        assertEquals(2, json.get("rows"));
        assertEquals(true, json.get("importable"));
        assertEquals(List.of(), json.get("errors"));
        assertEquals(List.of(), json.get("warnings"));
        assertEquals(Map.of("inserted", 1, "updated", 1, "unchanged", 0, "deleted", 3), json.get("changes"));
    }

    @Test
    public void preview_shouldPassTheBodyAndTheModeToTheService() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenReturn(new OrgChartPreview(
                ImportMode.UPDATE, clean(), Optional.of(new OrgChartCounts(0, 0, 2, 0))));

        resource.preview("update", null, NO_QUERY, body(CSV));

        ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);
        verify(imports).preview(bytes.capture(), eq(ImportMode.UPDATE), isNull());
        assertArrayEquals(CSV, bytes.getValue());
    }

    @Test
    public void preview_shouldAnswer200WithTheReportByLineWhenTheFileHasErrors() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenReturn(
                new OrgChartPreview(ImportMode.UPDATE, withErrors(), Optional.empty()));

        Response response = resource.preview("UPDATE", null, NO_QUERY, body(CSV));

        assertEquals(200, response.getStatus());
        Map<String, Object> json = entity(response);
        assertEquals(false, json.get("importable"));
        assertNull(json.get("changes"));
        assertTrue(json.containsKey("changes"));
        List<Map<String, Object>> errors = list(json, "errors");
        assertEquals(2, errors.size());
        assertEquals(Map.of("line", 2, "column", "user", "code", "UNKNOWN_USER",
                "message", "\"u-ann\" matches no user of this Confluence (username, e-mail address or user key).", "value", "u-ann"), errors.get(0));
        assertEquals(3, errors.get(1).get("line"));
        assertNull(errors.get(1).get("column"));
        assertEquals("", errors.get(1).get("value"));
    }

    @Test
    public void preview_shouldRenderProblemMessagesWithTheirArguments() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenReturn(
                new OrgChartPreview(ImportMode.UPDATE, withErrors(), Optional.empty()));

        Map<String, Object> json = entity(resource.preview("UPDATE", null, NO_QUERY, body(CSV)));

        assertEquals("The line has 5 values; the header has 4 columns.", list(json, "errors").get(1).get("message"));
    }

    @Test
    public void preview_shouldListWarningsApartFromErrors() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenReturn(
                new OrgChartPreview(ImportMode.UPDATE, withErrors(), Optional.empty()));

        Map<String, Object> json = entity(resource.preview("UPDATE", null, NO_QUERY, body(CSV)));

        List<Map<String, Object>> warnings = list(json, "warnings");
        assertEquals(1, warnings.size());
        assertEquals("UNKNOWN_COLUMN", warnings.get(0).get("code"));
        assertEquals("The column \"colour\" is not used.", warnings.get(0).get("message"));
    }

    @Test
    public void preview_shouldAnswer403WhenTheCallerMayNotImport() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenThrow(new Refusal.Forbidden("tandem.orgchart.rest.forbidden"));

        Response response = refused(() -> resource.preview("UPDATE", null, NO_QUERY, body(CSV)));

        assertEquals(403, response.getStatus());
        assertEquals(Map.of("status", 403, "message",
                "Only Confluence administrators can preview or import the org chart."),
                entity(response));
    }

    // import

    @Test
    public void importCsv_shouldAnswerTheCountsOfAnImport() throws Exception {
        when(imports.importCsv(any(byte[].class), eq(ImportMode.UPDATE), isNull(), isNull())).thenReturn(new OrgChartImportResult(
                ImportMode.UPDATE, clean(), Optional.of(new OrgChartCounts(2, 0, 0, 0))));

        Response response = resource.importCsv("UPDATE", null, String.valueOf(CSV.length), NO_QUERY, body(CSV));

        assertEquals(200, response.getStatus());
        Map<String, Object> json = entity(response);
        assertEquals(true, json.get("imported"));
        assertEquals("UPDATE", json.get("mode"));
        assertEquals(2, json.get("rows"));
        assertEquals(Map.of("inserted", 2, "updated", 0, "unchanged", 0, "deleted", 0), json.get("counts"));
        assertFalse("a success is no error body", json.containsKey("status"));
    }

    @Test
    public void importCsv_shouldAnswer400WithTheReportWhenTheFileHasErrors() throws Exception {
        when(imports.importCsv(any(byte[].class), any(), isNull(), isNull())).thenReturn(new OrgChartImportResult(
                ImportMode.REPLACE, withErrors(), Optional.empty()));

        Response response = resource.importCsv("REPLACE", null, null, NO_QUERY, body(CSV));

        assertEquals(400, response.getStatus());
        Map<String, Object> json = entity(response);
        assertEquals(400, json.get("status"));
        assertEquals("Nothing was imported: the file has 2 errors.", json.get("message"));
        assertEquals(false, json.get("imported"));
        assertNull(json.get("counts"));
        assertEquals(List.of(2, 3), list(json, "errors").stream().map(e -> e.get("line")).toList());
        assertEquals(1, list(json, "warnings").size());
    }

    @Test
    public void importCsv_shouldSayOneErrorInTheSingular() throws Exception {
        OrgChartReport report = new OrgChartReport(REQUIRED, ROWS,
                List.of(ImportProblem.of(3, "level", ProblemCode.BAD_LEVEL, "x", 1, 20)));
        when(imports.importCsv(any(byte[].class), any(), isNull(), isNull())).thenReturn(
                new OrgChartImportResult(ImportMode.UPDATE, report, Optional.empty()));

        Map<String, Object> json = entity(resource.importCsv("UPDATE", null, null, NO_QUERY, body(CSV)));

        assertEquals("Nothing was imported: the file has one error.", json.get("message"));
        assertEquals("The level \"x\" must be a whole number from 1 to 20.",
                list(json, "errors").get(0).get("message"));
    }

    @Test
    public void importCsv_shouldAnswer403WhenTheCallerMayNotImport() throws Exception {
        when(imports.importCsv(any(byte[].class), any(), isNull(), isNull())).thenThrow(new Refusal.Forbidden("tandem.orgchart.rest.forbidden"));

        Response response = refused(() -> resource.importCsv("REPLACE", null, null, NO_QUERY, body(CSV)));

        assertEquals(403, response.getStatus());
        assertEquals(403, entity(response).get("status"));
    }

    @Test
    public void importCsv_shouldAnswer400WithoutAMode() throws Exception {
        Response response = resource.importCsv(null, null, null, NO_QUERY, body(CSV));

        assertEquals(400, response.getStatus());
        assertEquals("Say how to import: mode=REPLACE or mode=UPDATE.", entity(response).get("message"));
        verifyNoInteractions(imports);
    }

    @Test
    public void importCsv_shouldAnswer400ForAnUnknownMode() throws Exception {
        Response response = resource.importCsv("MERGE", null, null, NO_QUERY, body(CSV));

        assertEquals(400, response.getStatus());
        assertEquals(400, entity(response).get("status"));
        verifyNoInteractions(imports);
    }

    @Test
    public void preview_shouldAnswer400ForAnUnknownMode() throws Exception {
        assertEquals(400, resource.preview("", null, NO_QUERY, body(CSV)).getStatus());
        verifyNoInteractions(imports);
    }

    // size

    @Test
    public void importCsv_shouldAnswer413ForABodyOverTheLimitAndNotCallTheService() throws Exception {
        Response response = resource.importCsv("REPLACE", null, null, NO_QUERY, new Zeros(OrgChartLimits.MAX_BYTES + 1L));

        assertEquals(413, response.getStatus());
        assertEquals(Map.of("status", 413, "message", "The file is larger than 24 MB."), entity(response));
        verifyNoInteractions(imports);
    }

    @Test
    public void preview_shouldAnswer413WhenTheDeclaredLengthIsOverTheLimitWithoutReadingTheBody() throws Exception {
        Zeros stream = new Zeros(10);

        Response response = resource.preview("UPDATE", String.valueOf(OrgChartLimits.MAX_BYTES + 1L), NO_QUERY, stream);

        assertEquals(413, response.getStatus());
        assertEquals(0, stream.read);
        verifyNoInteractions(imports);
    }

    @Test
    public void importCsv_shouldTakeABodyOfExactlyTheLimit() throws Exception {
        when(imports.importCsv(any(byte[].class), any(), isNull(), isNull())).thenReturn(new OrgChartImportResult(
                ImportMode.UPDATE, withErrors(), Optional.empty()));

        Response response = resource.importCsv("UPDATE", null, "not a number", NO_QUERY, new Zeros(OrgChartLimits.MAX_BYTES));

        assertEquals(400, response.getStatus());
        ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);
        verify(imports).importCsv(bytes.capture(), eq(ImportMode.UPDATE), isNull(), any());
        assertEquals(OrgChartLimits.MAX_BYTES, bytes.getValue().length);
    }

    // the shape on the wire and the annotations

    @Test
    public void preview_shouldSerialiseToTheDocumentedJson() throws Exception {
        when(imports.preview(any(byte[].class), any(), isNull())).thenReturn(
                new OrgChartPreview(ImportMode.UPDATE, withErrors(), Optional.empty()));

        String text = new ObjectMapper().writeValueAsString(resource.preview("UPDATE", null, NO_QUERY, body(CSV)).getEntity());

        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(List.of("mode", "rows", "errors", "warnings", "importable", "changes", "confirmRemovals",
                "file"), iterable(json.fieldNames()));
        assertTrue(json.get("changes").isNull());
        assertEquals(List.of("line", "column", "code", "message", "value"),
                iterable(json.get("errors").get(0).fieldNames()));
    }

    @Test
    public void resource_shouldNeedAnAdministratorInASecureSessionAndConsumeCsvOnly() throws Exception {
        Class<OrgChartResource> type = OrgChartResource.class;
        assertEquals("/orgchart", type.getAnnotation(Path.class).value());
        assertNotNull(type.getAnnotation(AdminOnly.class));
        assertNotNull(type.getAnnotation(WebSudoRequired.class));
        assertArrayEquals(new String[] {MediaType.APPLICATION_JSON}, type.getAnnotation(Produces.class).value());
        for (Method method : List.of(type.getMethod("preview", String.class, String.class, jakarta.ws.rs.core.UriInfo.class,
                InputStream.class),
                type.getMethod("importCsv", String.class, String.class, String.class,
                jakarta.ws.rs.core.UriInfo.class, InputStream.class))) {
            String name = method.getName();
            assertNotNull(name, method.getAnnotation(POST.class));
            assertArrayEquals(name, new String[] {"text/csv"}, method.getAnnotation(Consumes.class).value());
        }
        assertEquals("/preview", type.getMethod("preview", String.class, String.class, jakarta.ws.rs.core.UriInfo.class,
                InputStream.class)
                .getAnnotation(Path.class).value());
        assertEquals("/import", type.getMethod("importCsv", String.class, String.class, String.class,
                jakarta.ws.rs.core.UriInfo.class, InputStream.class).getAnnotation(Path.class).value());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    /** A stream of zero bytes of a given length that counts what was read, without holding it. */
    private static final class Zeros extends InputStream {
        private final long length;
        long read;

        Zeros(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }

    private interface Call {
        Response run() throws IOException;
    }

    /** What the host answers when the call throws a refusal: {@link RefusalMapper}'s response. */
    private static Response refused(Call call) throws IOException {
        try {
            return call.run();
        } catch (Refusal refusal) {
            return new RefusalMapper(new PropertiesI18n()).toResponse(refusal);
        }
    }
}
