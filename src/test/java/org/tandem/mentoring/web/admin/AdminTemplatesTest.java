package org.tandem.mentoring.web.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartCounts;
import org.tandem.mentoring.service.orgchart.OrgChartImportRecord;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.service.admin.GlobalSettingsService;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

/** The admin templates rendered by Velocity with the model the servlet builds, escaped as Confluence escapes. */
public class AdminTemplatesTest {

    private final OrgChartImportService imports = mock(OrgChartImportService.class);

    private static final Pattern RAW_KEY = Pattern.compile("tandem\\.[a-z-]+\\.[a-z.-]+");

    private final SandboxVelocity velocity = new SandboxVelocity();
    private final PropertiesI18n i18n = new PropertiesI18n();
    private GlobalSettingsService settings;
    private TemplateRenderer renderer;
    private XsrfTokenValidator xsrfValidator;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private AdminServlet servlet;

    @Before
    public void setUp() throws Exception {
        settings = mock(GlobalSettingsService.class);
        when(settings.access()).thenReturn(org.tandem.mentoring.service.admin.AdminAccess.ADMIN);
        renderer = mock(TemplateRenderer.class);
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
        when(tokens.getXsrfToken(any(), any(), eq(true))).thenReturn("tok\"en<1>");
        xsrfValidator = mock(XsrfTokenValidator.class);
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn("/c/plugins/servlet/tandem/admin");
        when(request.getContextPath()).thenReturn("/c");
        response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        servlet = new AdminServlet(settings, renderer, i18n, mock(PageBuilderService.class, RETURNS_DEEP_STUBS),
                webSudo, mock(LoginUriProvider.class), tokens, xsrfValidator, imports,
                org.tandem.mentoring.web.Languages.english(), mock(Writes.class));
    }

    /** Runs the servlet and renders the template it chose with the model it built. */
    @SuppressWarnings("unchecked")
    private String page(String template) throws Exception {
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), model.capture(), any(Writer.class));
        return velocity.renderTemplate(template, model.getValue());
    }

    private static void assertNoRawKeys(String html) {
        Matcher matcher = RAW_KEY.matcher(html);
        assertFalse("a text key is shown instead of its text: " + (matcher.find() ? matcher.group() : ""),
                RAW_KEY.matcher(html).find());
    }

    @Test
    public void adminPage_shouldRenderEveryTextAndTheFormsInAuiMarkup() throws Exception {
        when(settings.coordinatorGroup()).thenReturn(Optional.of("people-development"));
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertNoRawKeys(html);
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertTrue(html.contains("class=\"aui-page-panel tandem-admin\""));
        assertTrue(html.contains("<form class=\"aui tandem-write-form\" method=\"post\" action=\"\" id=\"tandem-admin-settings\">"));
        assertTrue(html.contains("value=\"people-development\""));
        assertTrue(html.contains(i18n.getText("tandem.admin.orgchart.description", 24)));
        assertTrue(html.contains("data-url=\"/c/rest/tandem/1.0/orgchart\""));
        assertTrue(html.contains("data-text-too-large=\"The file is larger than 24 MB.\""));
        assertTrue(html.contains("value=\"UPDATE\" checked=\"checked\"/>"));
        assertTrue(html.contains("value=\"REPLACE\"/>"));
        assertFalse(html.contains("tandem-admin-notice"));
        assertFalse(html.contains("tandem-admin-error"));
    }

    @Test
    public void adminPage_shouldCarryTheTokenEscapedInAHiddenField() throws Exception {
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertTrue(html, html.contains("<input type=\"hidden\" name=\"atl_token\" value=\"tok&quot;en&lt;1&gt;\"/>"));
    }

    @Test
    public void adminPage_shouldEscapeTheGroupNameSentBack() throws Exception {
        when(settings.access()).thenReturn(org.tandem.mentoring.service.admin.AdminAccess.ADMIN);
        when(request.getParameter(AdminServlet.GROUP_PARAMETER)).thenReturn("\"><script>alert(1)</script>");
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);
        servlet.doPost(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("aui-message aui-message-error tandem-admin-error"));
        assertTrue(html.contains(i18n.getText("tandem.admin.xsrf.invalid")));
        assertNoRawKeys(html);
    }

    @Test
    public void adminPage_shouldShowTheSavedNotice() throws Exception {
        when(settings.coordinatorGroup()).thenReturn(Optional.of("hr"));
        when(request.getParameter(AdminServlet.SAVED_PARAMETER)).thenReturn("set");
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertTrue(html.contains("aui-message aui-message-success tandem-admin-notice"));
        assertTrue(html.contains(i18n.getText("tandem.admin.group.saved")));
    }

    @Test
    public void forbiddenPage_shouldSayWhoMayComeIn() throws Exception {
        when(settings.access()).thenReturn(org.tandem.mentoring.service.admin.AdminAccess.NOT_ADMIN);
        servlet.doGet(request, response);

        String html = page(AdminServlet.FORBIDDEN_TEMPLATE);

        assertNoRawKeys(html);
        assertTrue(html.contains(i18n.getText("tandem.admin.forbidden")));
        assertFalse(html.contains("<form"));
    }

    @Test
    public void templates_shouldDeclareHtmlSafeOnTheFirstLine() throws Exception {
        for (String template : List.of(AdminServlet.TEMPLATE, AdminServlet.FORBIDDEN_TEMPLATE)) {
            try (InputStream in = getClass().getResourceAsStream("/" + template)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(template, "#htmlSafe()", text.lines().findFirst().orElse(""));
            }
        }
    }

    @Test
    public void adminStrings_shouldAllBeUsed() throws Exception {
        String sources = read("/" + AdminServlet.TEMPLATE) + read("/" + AdminServlet.FORBIDDEN_TEMPLATE)
                + Files.readString(Path.of("src/main/java/org/tandem/mentoring/web/admin/AdminServlet.java"))
                + Files.readString(Path.of("src/main/java/org/tandem/mentoring/service/admin/DefaultTaxonomyService.java"))
                + Files.readString(Path.of("src/main/java/org/tandem/mentoring/web/rest/themes/DefaultThemesResource.java"))
                + readerKeys("tandem.admin.themes.error.");
        List<String> descriptorKeys = List.of("tandem.admin.link", "tandem.admin.servlet.desc",
                "tandem.admin.resources.desc");
        List<String> unused = i18n.getAllTranslationsForPrefix("tandem.admin.").keySet().stream()
                .filter(key -> !descriptorKeys.contains(key))
                .filter(key -> !key.startsWith("tandem.admin.orgchart.mode.")) // built from ImportMode
                .filter(key -> !sources.contains(key)).sorted().toList();
        assertEquals(List.of(), unused);
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = AdminTemplatesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void adminPage_shouldHoldTheDefaultTaxonomySectionWithItsTextsAndAddressFromI18n() throws Exception {
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertNoRawKeys(html);
        assertTrue(html.contains("<h2>" + i18n.getText("tandem.admin.themes.heading") + "</h2>"));
        assertTrue(html.contains("id=\"tandem-themes\""));
        assertTrue(html.contains("data-url=\"/c/rest/tandem/1.0/themes/default\""));
        assertTrue(html.contains("data-text-remove-confirm=\"" + i18n.getText("tandem.admin.themes.remove.confirm")
                + "\""));
        assertTrue(html.contains("<form class=\"aui tandem-write-form\" id=\"tandem-theme-add\">"));
        assertTrue(html.contains("id=\"tandem-theme-name\" name=\"name\" maxlength=\"255\""));
        assertTrue(html.contains("<div class=\"error\" data-field=\"name\"></div>"));
        assertTrue(html.contains("<div class=\"error\" data-field=\"category\"></div>"));
    }

    @Test
    public void adminPage_shouldCarryNoInlineHtmlInTheThemeTexts() throws Exception {
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);
        int start = html.indexOf("id=\"tandem-themes\"");
        String section = html.substring(start, html.indexOf("</form>", start));

        assertFalse(section.contains("<script"));
        assertTrue(section.contains("data-text-new-category=\"" + i18n.getText("tandem.admin.themes.category.new")
                + "\""));
    }

    /** The field error keys the JSON body reader builds from a resource's prefix. */
    private static String readerKeys(String prefix) throws Exception {
        Matcher suffix = Pattern.compile("prefix \\+ \"([a-z.]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/org/tandem/mentoring/web/rest/JsonBody.java")));
        StringBuilder keys = new StringBuilder();
        while (suffix.find()) {
            keys.append(' ').append(prefix).append(suffix.group(1));
        }
        return keys.toString();
    }

    @Test
    public void adminPage_shouldListTheLastImportsEscaped() throws Exception {
        when(imports.latestImports()).thenReturn(List.of(new OrgChartImportRecord("u1", "Ada <script>x</script>",
                0L, ImportMode.REPLACE, new OrgChartCounts(1, 2, 3, 45))));
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertNoRawKeys(html);
        assertTrue(html.contains("id=\"tandem-orgchart-imports\""));
        assertTrue(html.contains("<td>1 Jan 1970, 00:00</td>"));
        assertTrue(html.contains("<td>Ada &lt;script&gt;x&lt;/script&gt;</td>"));
        assertFalse(html.contains("<script>x"));
        assertTrue(html.contains("<td>" + i18n.getText("tandem.admin.orgchart.mode.replace") + "</td>"));
        assertTrue(html.contains("<td>45</td>"));
        assertFalse(html.contains("tandem-orgchart-imports-none"));
    }

    @Test
    public void adminPage_shouldSayWhenNothingWasImported() throws Exception {
        servlet.doGet(request, response);

        String html = page(AdminServlet.TEMPLATE);

        assertTrue(html.contains(i18n.getText("tandem.admin.orgchart.imports.none")));
        assertFalse(html.contains("id=\"tandem-orgchart-imports\""));
    }
}
