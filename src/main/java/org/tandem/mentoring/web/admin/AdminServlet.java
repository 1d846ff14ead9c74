package org.tandem.mentoring.web.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.dashboard.SmallGroups;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartLimits;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.access.WriteBlock;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.admin.AdminAccess;
import org.tandem.mentoring.service.admin.DefaultTaxonomyService;
import org.tandem.mentoring.service.admin.GlobalSettingsService;
import org.tandem.mentoring.service.orgchart.ImportMode;
import org.tandem.mentoring.service.orgchart.OrgChartImportRecord;
import org.tandem.mentoring.service.orgchart.OrgChartImportService;
import org.tandem.mentoring.web.macro.Templates;
import org.tandem.mentoring.web.macro.WriteBanners;
import org.tandem.mentoring.web.rest.WriteCheck;

/**
 * {@code /plugins/servlet/tandem/admin}: Tandem's global administration, for Confluence administrators in a
 * secure administrator session (WebSudo). It shows and saves the coordinator group and the dashboards' smallest
 * group (two forms with an XSRF token, each posting only its own field, redirect after post) and holds the org chart import, whose buttons {@code js/admin.js} sends to the REST
 * resource {@code /rest/tandem/1.0/orgchart}, and the default learning-theme taxonomy, which {@code js/admin.js}
 * lists and edits through {@code /rest/tandem/1.0/themes/default}.
 *
 * <p>An anonymous visitor is sent to the login page and comes back here; a signed-in person who is not an
 * administrator gets a 403 page.
 */
public class AdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/admin.vm";
    static final String FORBIDDEN_TEMPLATE = "templates/admin/forbidden.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-admin-resources";
    static final String GROUP_PARAMETER = "coordinatorGroup";
    static final String SMALLEST_GROUP_PARAMETER = "smallestGroup";
    static final String SAVED_PARAMETER = "saved";
    static final String REST_PATH = "/rest/tandem/1.0/orgchart";
    static final String THEMES_PATH = "/rest/tandem/1.0/themes/default";

    private static final long serialVersionUID = 1L;

    private final transient GlobalSettingsService settings;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient PageBuilderService pageBuilder;
    private final transient WebSudoManager webSudo;
    private final transient LoginUriProvider loginUris;
    private final transient XsrfTokenAccessor xsrfTokens;
    private final transient XsrfTokenValidator xsrfValidator;
    private final transient OrgChartImportService imports;
    private final transient ViewerLanguage language;
    private final transient Writes writes;

    public AdminServlet(GlobalSettingsService settings, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, WebSudoManager webSudo, LoginUriProvider loginUris,
            XsrfTokenAccessor xsrfTokens, XsrfTokenValidator xsrfValidator, OrgChartImportService imports,
            ViewerLanguage language, Writes writes) {
        this.language = language;
        this.writes = writes;
        this.settings = settings;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.webSudo = webSudo;
        this.loginUris = loginUris;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
        this.imports = imports;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        asAdministrator(request, response, () -> {
            String saved = request.getParameter(SAVED_PARAMETER);
            String notice = "set".equals(saved) ? "tandem.admin.group.saved"
                    : "cleared".equals(saved) ? "tandem.admin.group.cleared"
                    : "smallest".equals(saved) ? "tandem.admin.smallest.saved" : null;
            renderPage(request, response, HttpServletResponse.SC_OK, new Form(settings.coordinatorGroup().orElse(""),
                    String.valueOf(settings.smallestGroup())), notice, null);
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<WriteBlock> blocked = writes.blocked();
        if (blocked.isPresent()) {
            refuseWrite(request, response, blocked.get());
            return;
        }
        asAdministrator(request, response, () -> {
            String group = request.getParameter(GROUP_PARAMETER);
            String smallest = request.getParameter(SMALLEST_GROUP_PARAMETER);
            Form typed = new Form(group != null ? group : settings.coordinatorGroup().orElse(""),
                    smallest != null ? smallest : String.valueOf(settings.smallestGroup()));
            if (!xsrfValidator.validateFormEncodedToken(request)) {
                renderPage(request, response, HttpServletResponse.SC_FORBIDDEN, typed, null,
                        "tandem.admin.xsrf.invalid");
                return;
            }
            if (smallest != null && group == null) {
                try {
                    settings.setSmallestGroup(smallest);
                } catch (GlobalSettingsService.InvalidSmallestGroup e) {
                    renderPage(request, response, HttpServletResponse.SC_BAD_REQUEST, typed, null,
                            "tandem.admin.smallest.invalid.summary");
                    return;
                }
                response.sendRedirect(request.getRequestURI() + "?" + SAVED_PARAMETER + "=smallest");
                return;
            }
            boolean set;
            try {
                set = settings.setCoordinatorGroup(group);
            } catch (IllegalArgumentException e) {
                renderPage(request, response, HttpServletResponse.SC_BAD_REQUEST, typed, null,
                        "tandem.admin.group.too-long");
                return;
            }
            response.sendRedirect(request.getRequestURI() + "?" + SAVED_PARAMETER + "=" + (set ? "set" : "cleared"));
        });
    }

    /**
     * Answers a post while writing is blocked, before anything else, so that nothing is saved whoever sends it:
     * an administrator in a secure session gets the page with the reason, anybody else the reason alone.
     */
    private void refuseWrite(HttpServletRequest request, HttpServletResponse response, WriteBlock block)
            throws IOException {
        int status = WriteCheck.status(block);
        if (settings.access() == AdminAccess.ADMIN && webSudo.canExecuteRequest(request)) {
            renderPage(request, response, status, new Form(settings.coordinatorGroup().orElse(""),
                    String.valueOf(settings.smallestGroup())), null, block.messageKey());
            return;
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(i18n.getText(block.messageKey()));
    }

    /** What the two settings forms show: the stored values, or what was typed when saving failed. */
    private record Form(String group, String smallestGroup) {
    }

    /** What the page does for an administrator in a secure session. */
    private interface PageWork {
        void run() throws IOException;
    }

    /**
     * Runs {@code work} for a Confluence administrator in a secure session; anybody else gets the login page, the
     * 403 page or the WebSudo password prompt.
     */
    private void asAdministrator(HttpServletRequest request, HttpServletResponse response, PageWork work)
            throws IOException {
        if (!admitted(request, response)) {
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
            work.run();
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
        } catch (Refusal.Forbidden e) {
            renderForbidden(response);
        }
    }

    /**
     * Lets a Confluence administrator in a secure session through; otherwise answers (login, 403 page or the
     * WebSudo password prompt) and returns false.
     */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminAccess access = settings.access();
        if (access == AdminAccess.ANONYMOUS) {
            response.sendRedirect(loginUris.getLoginUri(currentUri(request)).toASCIIString());
            return false;
        }
        if (access == AdminAccess.NOT_ADMIN) {
            renderForbidden(response);
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    private void renderPage(HttpServletRequest request, HttpServletResponse response, int status, Form form,
            String noticeKey, String errorKey) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("coordinatorGroup", form.group());
        model.put("smallestGroup", form.smallestGroup());
        model.put("smallestGroupParameter", SMALLEST_GROUP_PARAMETER);
        model.put("smallestGroupMin", SmallGroups.SMALLEST);
        model.put("smallestGroupMax", GlobalSettingsService.MAX_SMALLEST_GROUP);
        model.put("smallestGroupInvalid", "tandem.admin.smallest.invalid.summary".equals(errorKey));
        model.put("groupMaxLength", GlobalSettingsService.MAX_GROUP_LENGTH);
        model.put("groupParameter", GROUP_PARAMETER);
        model.put("xsrfParameter", xsrfValidator.getXsrfParameterName());
        model.put("xsrfToken", xsrfTokens.getXsrfToken(request, response, true));
        model.put("noticeKey", noticeKey);
        model.put("errorKey", errorKey);
        model.put("orgChartUrl", request.getContextPath() + REST_PATH);
        model.put("banner", writes.banner().map(WriteBanners::model).orElse(null));
        model.put("modes", modes());
        model.put("themesUrl", request.getContextPath() + THEMES_PATH);
        model.put("themeMaxLength", DefaultTaxonomyService.MAX_LENGTH);
        model.put("maxBytes", OrgChartLimits.MAX_BYTES);
        model.put("maxMegabytes", OrgChartLimits.MAX_BYTES / (1024 * 1024));
        List<Map<String, Object>> latest = latestImports();
        model.put("imports", latest);
        model.put("hasImports", !latest.isEmpty());
        model.put("nightlyProblem", latest.stream()
                .filter(row -> Boolean.TRUE.equals(row.get("nightly"))).findFirst()
                .filter(row -> !Boolean.TRUE.equals(row.get("written"))).orElse(null));
        render(response, status, TEMPLATE, model);
    }

    private void renderForbidden(HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        render(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_TEMPLATE, model);
    }

    private void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        Templates.page(renderer, response, status, template, model);
    }

    /** The import modes as plain values for the template: name and i18n keys, UPDATE (the safer one) checked. */
    private static List<Map<String, Object>> modes() {
        List<Map<String, Object>> modes = new ArrayList<>();
        for (ImportMode mode : ImportMode.values()) {
            String key = "tandem.admin.orgchart.mode." + mode.name().toLowerCase(Locale.ROOT);
            modes.add(Map.of("name", mode.name(), "labelKey", key, "descriptionKey", key + ".description",
                    "checked", mode == ImportMode.UPDATE));
        }
        return modes;
    }

    /** The latest org chart imports as plain values for the template. */
    private List<Map<String, Object>> latestImports() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrgChartImportRecord record : imports.latestImports()) {
            Map<String, Object> row = new HashMap<>();
            row.put("when", language.dateTimeUtc(Instant.ofEpochMilli(record.importedAt())));
            row.put("who", record.userName());
            row.put("modeKey", "tandem.admin.orgchart.mode." + record.mode().name().toLowerCase(Locale.ROOT));
            row.put("inserted", language.number(record.counts().inserted()));
            row.put("updated", language.number(record.counts().updated()));
            row.put("unchanged", language.number(record.counts().unchanged()));
            row.put("deleted", language.number(record.counts().deleted()));
            row.put("id", record.id());
            row.put("nightly", record.nightly());
            row.put("sourceKey", record.nightly() ? "tandem.admin.orgchart.imports.source.nightly"
                    : "tandem.admin.orgchart.imports.source.upload");
            row.put("outcomeKey", outcomeKey(record));
            row.put("written", record.written());
            rows.add(row);
        }
        return rows;
    }

    private static String outcomeKey(OrgChartImportRecord record) {
        if (record.written()) {
            return "tandem.admin.orgchart.imports.outcome.written";
        }
        return switch (record.outcome()) {
            case "HELD" -> "tandem.admin.orgchart.imports.outcome.held";
            case "REJECTED" -> "tandem.admin.orgchart.imports.outcome.rejected";
            default -> "tandem.admin.orgchart.imports.outcome.failed";
        };
    }

    /** The address the login page sends the visitor back to: this page, with its query. */
    private static URI currentUri(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (query != null) {
            try {
                return URI.create(path + "?" + query);
            } catch (IllegalArgumentException e) {
                // a query the browser sent unencoded: come back to the page without it
            }
        }
        return URI.create(path);
    }
}
