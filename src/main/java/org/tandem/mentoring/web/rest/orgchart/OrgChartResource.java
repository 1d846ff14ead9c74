package org.tandem.mentoring.web.rest.orgchart;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.service.orgchart.OrgChartMapping;
import org.tandem.mentoring.service.orgchart.OrgChartPreview;
import org.tandem.mentoring.web.rest.Errors;

/**
 * {@code /rest/tandem/1.0/orgchart}: checks and imports the org chart from a CSV file sent as the request body.
 * For Confluence administrators only: {@link AdminOnly} here, and the service checks again; anybody else gets
 * 403.
 *
 * <p>XSRF: both calls consume only {@code text/csv}. That is not one of the content types a cross-site form or a
 * simple cross-origin request may send ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}), so a browser sends such a request only after a CORS preflight, which Confluence does not
 * grant to other origins; a request with a form content type never reaches these methods (415). Hence no XSRF
 * token here, as for JSON-only resources.
 *
 * <p>Both calls need a secure administrator session ({@link WebSudoRequired}, enforced by
 * {@link org.tandem.mentoring.web.rest.WebSudoCheck}); without one they answer 401 and the admin page asks to
 * reload, which prompts for the password.
 */
@Named
@Path("/orgchart")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class OrgChartResource {

    static final String TEXT_CSV = "text/csv";
    static final int STATUS_TOO_LARGE = 413;

    private final OrgChartImportService imports;
    private final I18nResolver i18n;
    private final OrgChartJson json;

    public OrgChartResource(OrgChartImportService imports, I18nResolver i18n) {
        this.imports = imports;
        this.i18n = i18n;
        this.json = new OrgChartJson(i18n);
    }

    /**
     * Checks a file against the stored chart and tells what an import in that mode would change; writes nothing.
     * 200 with the report (also when it holds errors: then {@code importable} is false and {@code changes} null).
     */
    @POST
    @Path("/preview")
    @Consumes(TEXT_CSV)
    public Response preview(@QueryParam("mode") String mode,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, @Context UriInfo uri, InputStream body)
            throws IOException {
        OrgChartMapping mapping = MappingParams.from(uri.getQueryParameters());
        return handle(mode, contentLength, body, (csv, importMode) -> {
            OrgChartPreview preview = imports.preview(csv, importMode, mapping);
            return Response.ok(json.preview(preview), MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /**
     * Imports a file: 200 with the counts; 400 with the report when the file has an error (then nothing is
     * written). A replacement that removes more than a tenth of the people needs {@code confirmRemovals} set to
     * the number of removals the preview showed; without it, or with another number, 400 and nothing is written.
     * 409 while another import runs.
     */
    @POST
    @Path("/import")
    @Consumes(TEXT_CSV)
    public Response importCsv(@QueryParam("mode") String mode, @QueryParam("confirmRemovals") String confirmRemovals,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, @Context UriInfo uri, InputStream body)
            throws IOException {
        OrgChartMapping mapping = MappingParams.from(uri.getQueryParameters());
        Integer confirmed;
        try {
            confirmed = confirmRemovals == null || confirmRemovals.isBlank() ? null
                    : Integer.valueOf(confirmRemovals.trim());
        } catch (NumberFormatException e) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(),
                    i18n.getText("tandem.orgchart.rest.confirm.invalid"));
        }
        return handle(mode, contentLength, body, (csv, importMode) -> {
            OrgChartImportResult result = imports.importCsv(csv, importMode, confirmed, mapping);
            Response.Status status = result.imported() ? Response.Status.OK : Response.Status.BAD_REQUEST;
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json.imported(result)).build();
        });
    }

    private interface Call {
        Response run(byte[] csv, ImportMode mode);
    }

    private Response handle(String modeName, String contentLength, InputStream body, Call call) throws IOException {
        ImportMode mode = mode(modeName);
        if (mode == null) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(),
                    i18n.getText("tandem.orgchart.rest.mode.invalid"));
        }
        if (declaredTooLarge(contentLength)) {
            return tooLarge();
        }
        byte[] csv = body == null ? new byte[0] : body.readNBytes(OrgChartLimits.MAX_BYTES + 1);
        if (csv.length > OrgChartLimits.MAX_BYTES) {
            return tooLarge();
        }
        return call.run(csv, mode);
    }

    private static ImportMode mode(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ImportMode.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean declaredTooLarge(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > OrgChartLimits.MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Response tooLarge() {
        String megabytes = String.valueOf(OrgChartLimits.MAX_BYTES / (1024 * 1024));
        return error(STATUS_TOO_LARGE, i18n.getText("tandem.orgchart.import.problem.too-large", "", megabytes));
    }

    private static Response error(int status, String message) {
        return Errors.json(status, message, null);
    }
}
