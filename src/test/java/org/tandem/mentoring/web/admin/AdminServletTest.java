package org.tandem.mentoring.web.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.admin.GlobalSettingsService;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.service.access.Writes;

public class AdminServletTest {

    private final OrgChartImportService imports = mock(OrgChartImportService.class);

    private static final String PAGE = "/confluence/plugins/servlet/tandem/admin";

    private final Map<String, Object> stored = new HashMap<>();
    private HostUsers users;
    private HostSettings hostSettings;
    private TemplateRenderer renderer;
    private PageBuilderService pageBuilder;
    private WebSudoManager webSudo;
    private LoginUriProvider loginUris;
    private XsrfTokenAccessor xsrfTokens;
    private XsrfTokenValidator xsrfValidator;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private AdminServlet servlet;

    @Before
    public void setUp() throws Exception {
        PluginSettings pluginSettings = mock(PluginSettings.class);
        when(pluginSettings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(pluginSettings.put(anyString(), any()))
                .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        when(pluginSettings.remove(anyString())).thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(pluginSettings);
        hostSettings = new HostSettings(factory);
        users = mock(HostUsers.class);

        renderer = mock(TemplateRenderer.class);
        pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        loginUris = mock(LoginUriProvider.class);
        xsrfTokens = mock(XsrfTokenAccessor.class);
        xsrfValidator = mock(XsrfTokenValidator.class);
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfTokens.getXsrfToken(any(), any(), eq(true))).thenReturn("token-123");

        request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(PAGE);
        when(request.getContextPath()).thenReturn("/confluence");
        response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet = new AdminServlet(new GlobalSettingsService(users, hostSettings), renderer, new PropertiesI18n(),
                pageBuilder, webSudo, loginUris, xsrfTokens, xsrfValidator, imports,
                org.tandem.mentoring.web.Languages.english(), mock(Writes.class));
    }

    private void signIn(String userKey, boolean admin) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
        when(users.isAdmin(userKey)).thenReturn(admin);
    }

    private void anonymous() {
        when(users.currentUserKey()).thenReturn(Optional.empty());
    }

    private void post(String group, boolean validToken) throws Exception {
        when(request.getParameter(AdminServlet.GROUP_PARAMETER)).thenReturn(group);
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(validToken);
        servlet.doPost(request, response);
    }

    /** The model of the one template rendered, after checking that it was this template. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> rendered(String template) throws Exception {
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), model.capture(), any(Writer.class));
        return model.getValue();
    }

    private void verifyNothingRendered() throws Exception {
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    // who may come in

    @Test
    public void doGet_shouldSendAnonymousVisitorsToTheLoginPageAndBack() throws Exception {
        anonymous();
        when(request.getQueryString()).thenReturn("saved=set");
        when(loginUris.getLoginUri(URI.create(PAGE + "?saved=set")))
                .thenReturn(URI.create("/confluence/login.action?os_destination=x"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/confluence/login.action?os_destination=x");
        verifyNothingRendered();
        verifyNoInteractions(webSudo);
    }

    @Test
    public void doGet_shouldReturnToThePageWithoutAQueryTheBrowserLeftUnencoded() throws Exception {
        anonymous();
        when(request.getQueryString()).thenReturn("a=b c");
        when(loginUris.getLoginUri(URI.create(PAGE))).thenReturn(URI.create("/confluence/login.action"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/confluence/login.action");
    }

    @Test
    public void doPost_shouldSendAnonymousVisitorsToTheLoginPageAndSaveNothing() throws Exception {
        anonymous();
        when(loginUris.getLoginUri(any())).thenReturn(URI.create("/confluence/login.action"));

        post("hackers", true);

        verify(response).sendRedirect("/confluence/login.action");
        assertEquals(Map.of(), stored);
    }

    @Test
    public void doGet_shouldShowA403PageToSomebodyWhoIsNotAnAdministrator() throws Exception {
        signIn("u-ann", false);

        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        Map<String, Object> model = rendered(AdminServlet.FORBIDDEN_TEMPLATE);
        assertTrue(model.get("i18n") instanceof PropertiesI18n);
        verify(response, never()).sendRedirect(anyString());
        verifyNoInteractions(webSudo, xsrfTokens);
    }

    @Test
    public void doPost_shouldAnswer403ToSomebodyWhoIsNotAnAdministratorAndSaveNothing() throws Exception {
        signIn("u-ann", false);

        post("my-friends", true);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        rendered(AdminServlet.FORBIDDEN_TEMPLATE);
        assertEquals(Map.of(), stored);
    }

    // secure administrator session

    @Test
    public void doGet_shouldAskForThePasswordWithoutASecureSession() throws Exception {
        signIn("u-root", true);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(webSudo, never()).willExecuteWebSudoRequest(any());
        verifyNothingRendered();
    }

    @Test
    public void doGet_shouldAskForThePasswordWhenTheSecureSessionEnds() throws Exception {
        signIn("u-root", true);
        doThrow(new WebSudoSessionException("expired")).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNothingRendered();
    }

    @Test
    public void doPost_shouldAskForThePasswordWithoutASecureSessionAndSaveNothing() throws Exception {
        signIn("u-root", true);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        post("hr", true);

        verify(webSudo).enforceWebSudoProtection(request, response);
        assertEquals(Map.of(), stored);
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void doPost_shouldSaveNothingWhenTheSecureSessionEnds() throws Exception {
        signIn("u-root", true);
        doThrow(new WebSudoSessionException()).when(webSudo).willExecuteWebSudoRequest(request);

        post("hr", true);

        verify(webSudo).enforceWebSudoProtection(request, response);
        assertEquals(Map.of(), stored);
    }

    // the page

    @Test
    public void doGet_shouldRenderThePageWithTheSettingsAndAFreshToken() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("people-development");

        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_OK);
        verify(response).setContentType("text/html;charset=UTF-8");
        Map<String, Object> model = rendered(AdminServlet.TEMPLATE);
        assertEquals("people-development", model.get("coordinatorGroup"));
        assertEquals("token-123", model.get("xsrfToken"));
        assertEquals("atl_token", model.get("xsrfParameter"));
        assertEquals("coordinatorGroup", model.get("groupParameter"));
        assertEquals("/confluence/rest/tandem/1.0/orgchart", model.get("orgChartUrl"));
        assertEquals(OrgChartLimits.MAX_BYTES, model.get("maxBytes"));
        assertEquals(24, model.get("maxMegabytes"));
        assertNull(model.get("noticeKey"));
        assertNull(model.get("errorKey"));
        verify(xsrfTokens).getXsrfToken(request, response, true);
        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(pageBuilder.assembler().resources()).requireWebResource(AdminServlet.WEB_RESOURCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void doGet_shouldOfferBothImportModesWithUpdateChecked() throws Exception {
        signIn("u-root", true);

        servlet.doGet(request, response);

        List<Map<String, Object>> modes = (List<Map<String, Object>>) rendered(AdminServlet.TEMPLATE).get("modes");
        assertEquals(List.of("REPLACE", "UPDATE"), modes.stream().map(mode -> mode.get("name")).toList());
        assertEquals(List.of(false, true), modes.stream().map(mode -> mode.get("checked")).toList());
        PropertiesI18n i18n = new PropertiesI18n();
        for (Map<String, Object> mode : modes) {
            assertTrue(i18n.has((String) mode.get("labelKey")));
            assertTrue(i18n.has((String) mode.get("descriptionKey")));
        }
    }

    @Test
    public void doGet_shouldShowAnEmptyFieldWhenNoGroupIsSet() throws Exception {
        signIn("u-root", true);

        servlet.doGet(request, response);

        assertEquals("", rendered(AdminServlet.TEMPLATE).get("coordinatorGroup"));
    }

    @Test
    public void doGet_shouldConfirmASavedGroupAfterTheRedirect() throws Exception {
        signIn("u-root", true);
        when(request.getParameter(AdminServlet.SAVED_PARAMETER)).thenReturn("set");

        servlet.doGet(request, response);

        assertEquals("tandem.admin.group.saved", rendered(AdminServlet.TEMPLATE).get("noticeKey"));
    }

    @Test
    public void doGet_shouldConfirmAClearedGroupAfterTheRedirect() throws Exception {
        signIn("u-root", true);
        when(request.getParameter(AdminServlet.SAVED_PARAMETER)).thenReturn("cleared");

        servlet.doGet(request, response);

        assertEquals("tandem.admin.group.cleared", rendered(AdminServlet.TEMPLATE).get("noticeKey"));
    }

    @Test
    public void doGet_shouldIgnoreAnUnknownSavedValue() throws Exception {
        signIn("u-root", true);
        when(request.getParameter(AdminServlet.SAVED_PARAMETER)).thenReturn("<script>");

        servlet.doGet(request, response);

        assertNull(rendered(AdminServlet.TEMPLATE).get("noticeKey"));
    }

    // saving the dashboards' smallest group

    @Test
    public void doPost_shouldSaveARaisedSmallestGroupAndKeepTheCoordinatorGroup() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("hr");
        when(request.getParameter(AdminServlet.SMALLEST_GROUP_PARAMETER)).thenReturn(" 8 ");

        post(null, true);

        assertEquals(Optional.of(8), hostSettings.dashboardSmallestGroup());
        assertEquals(Optional.of("hr"), hostSettings.coordinatorGroup());
        verify(response).sendRedirect(PAGE + "?saved=smallest");
    }

    @Test
    public void doPost_shouldRefuseASmallestGroupBelowFiveWithTheFieldMarkedAndWhatWasTyped() throws Exception {
        signIn("u-root", true);
        hostSettings.setDashboardSmallestGroup(7);
        when(request.getParameter(AdminServlet.SMALLEST_GROUP_PARAMETER)).thenReturn("3");

        post(null, true);

        assertEquals(Optional.of(7), hostSettings.dashboardSmallestGroup());
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, Object> model = rendered(AdminServlet.TEMPLATE);
        assertEquals("3", model.get("smallestGroup"));
        assertEquals(true, model.get("smallestGroupInvalid"));
        assertEquals("tandem.admin.smallest.invalid.summary", model.get("errorKey"));
    }

    @Test
    public void doPost_shouldRefuseASmallestGroupThatIsNoWholeNumber() throws Exception {
        signIn("u-root", true);
        when(request.getParameter(AdminServlet.SMALLEST_GROUP_PARAMETER)).thenReturn("six");

        post(null, true);

        assertEquals(Optional.empty(), hostSettings.dashboardSmallestGroup());
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertEquals("six", rendered(AdminServlet.TEMPLATE).get("smallestGroup"));
    }

    @Test
    public void doGet_shouldShowTheSmallestGroupFiveUnlessRaised() throws Exception {
        signIn("u-root", true);

        servlet.doGet(request, response);

        Map<String, Object> model = rendered(AdminServlet.TEMPLATE);
        assertEquals("5", model.get("smallestGroup"));
        assertEquals(false, model.get("smallestGroupInvalid"));
    }

    // saving the coordinator group

    @Test
    public void doPost_shouldSaveTheTrimmedGroupAndRedirectToThePage() throws Exception {
        signIn("u-root", true);

        post("  hr-mentoring ", true);

        assertEquals(Optional.of("hr-mentoring"), hostSettings.coordinatorGroup());
        verify(response).sendRedirect(PAGE + "?saved=set");
        verifyNothingRendered();
        verify(webSudo).willExecuteWebSudoRequest(request);
    }

    @Test
    public void doPost_shouldClearTheGroupWhenTheFieldIsBlank() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("hr");

        post("   ", true);

        assertEquals(Optional.empty(), hostSettings.coordinatorGroup());
        assertEquals(Map.of(), stored);
        verify(response).sendRedirect(PAGE + "?saved=cleared");
    }

    @Test
    public void doPost_shouldClearTheGroupWhenTheFieldIsMissing() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("hr");

        post(null, true);

        assertEquals(Optional.empty(), hostSettings.coordinatorGroup());
        verify(response).sendRedirect(PAGE + "?saved=cleared");
    }

    @Test
    public void doPost_shouldAnswer403WithAClearMessageForABadTokenAndSaveNothing() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("hr");

        post("attackers", false);

        assertEquals(Optional.of("hr"), hostSettings.coordinatorGroup());
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(response, never()).sendRedirect(anyString());
        Map<String, Object> model = rendered(AdminServlet.TEMPLATE);
        assertEquals("tandem.admin.xsrf.invalid", model.get("errorKey"));
        assertEquals("attackers", model.get("coordinatorGroup"));
        assertEquals("token-123", model.get("xsrfToken"));
        assertTrue(new PropertiesI18n().getText("tandem.admin.xsrf.invalid").contains("nothing was saved"));
    }

    @Test
    public void doPost_shouldAnswer400ForAnOverlongGroupAndKeepTheOldOne() throws Exception {
        signIn("u-root", true);
        hostSettings.setCoordinatorGroup("hr");
        String overlong = "g".repeat(GlobalSettingsService.MAX_GROUP_LENGTH + 1);

        post(overlong, true);

        assertEquals(Optional.of("hr"), hostSettings.coordinatorGroup());
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, Object> model = rendered(AdminServlet.TEMPLATE);
        assertEquals("tandem.admin.group.too-long", model.get("errorKey"));
        assertEquals(overlong, model.get("coordinatorGroup"));
    }

    @Test
    public void doPost_shouldNotCheckTheTokenOfSomebodyWhoMayNotSave() throws Exception {
        signIn("u-ann", false);

        post("x", true);

        verify(xsrfValidator, never()).validateFormEncodedToken(any());
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
}
