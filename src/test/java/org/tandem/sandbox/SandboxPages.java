package org.tandem.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import org.tandem.sandbox.host.SandboxLicence;
import org.tandem.sandbox.host.SandboxWebSudo;

import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Confluence-shaped pages: dashboard, sign-in, space home and page view (/display/KEY/Title,
 * /pages/viewpage.action?pageId=N), the list of a space's pages, site search, the mail outbox and the jobs.
 * Every read goes through {@link SandboxPermissions}: what a person may not see is a 404.
 */
public final class SandboxPages extends HttpServlet {

    /** One entry of the page tree or a list, ready for a template. */
    public record Link(String title, String url, String spaceKey, int indent, boolean current, boolean restricted) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final Sandbox sandbox;

    public SandboxPages(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/") || path.equals("/dashboard.action")) {
            dashboard(req, resp);
        } else if (path.equals("/login")) {
            loginForm(req, resp);
        } else if (path.equals(SandboxWebSudo.AUTHENTICATE_PATH)) {
            authenticateForm(req, resp, 200, false);
        } else if (path.equals("/create-space")) {
            createSpaceDialog(req, resp, null, Map.of());
        } else if (path.startsWith("/display/")) {
            display(req, resp, path.substring("/display/".length()));
        } else if (path.equals("/pages/viewpage.action")) {
            viewById(req, resp);
        } else if (path.equals("/pages/listpages-alphaview.action")) {
            listPages(req, resp);
        } else if (path.equals("/dosearchsite.action")) {
            search(req, resp);
        } else if (path.equals("/sandbox/mail")) {
            render(req, resp, 200, text().getText("sandbox.mail.title"), "mail.vm",
                    Map.of("mails", sandbox.mail().outbox()));
        } else if (path.equals("/sandbox/plugin")) {
            render(req, resp, 200, text().getText("sandbox.plugin.title"), "plugin.vm",
                    Map.of("d", sandbox.descriptor(), "plugin", sandbox.plugin()));
        } else if (path.equals("/sandbox/jobs")) {
            render(req, resp, 200, text().getText("sandbox.jobs.title"), "jobs.vm",
                    Map.of("jobs", sandbox.scheduler().jobs()));
        } else if (path.equals("/sandbox/plugin/image")) {
            pluginImage(req, resp);
        } else if (path.equals("/sandbox/maintenance")) {
            render(req, resp, 200, text().getText("sandbox.maintenance.title"), "maintenance.vm",
                    Map.of("readOnly", sandbox.accessMode().isReadOnlyAccessModeEnabled(),
                            "licence", sandbox.licence().state().name(),
                            "licences", java.util.Arrays.stream(SandboxLicence.State.values()).map(Enum::name).toList()));
        } else {
            notFound(req, resp);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        switch (path) {
            case "/login" -> {
                Optional<SandboxUsers.Person> p = sandbox.users().byUsername(req.getParameter("username"));
                if (p.isEmpty()) {
                    resp.sendError(400, "Unknown user");
                    return;
                }
                req.getSession().setAttribute(SandboxFilter.SESSION_USER, p.get().key());
                sandbox.locales().choose(p.get().key(), req.getParameter("language"));
                String dest = req.getParameter("os_destination");
                resp.sendRedirect(dest != null && dest.startsWith("/") && !dest.startsWith("//") ? dest : "/");
            }
            case SandboxWebSudo.AUTHENTICATE_PATH -> authenticate(req, resp);
            case "/create-space" -> createSpace(req, resp);
            case "/sandbox/language" -> {
                if (userKey() == null || sandbox.locales().choose(userKey(), req.getParameter("language")).isEmpty()) {
                    resp.sendError(400, "Sign in and pick one of the offered languages");
                    return;
                }
                String back = req.getHeader("Referer");
                String backPath = back == null ? "/" : java.net.URI.create(back).getRawPath();
                String query = back == null ? null : java.net.URI.create(back).getRawQuery();
                resp.sendRedirect(backPath == null || !backPath.startsWith("/") || backPath.startsWith("//") ? "/"
                        : query == null ? backPath : backPath + "?" + query);
            }
            case "/logout" -> {
                req.getSession().removeAttribute(SandboxFilter.SESSION_USER);
                resp.sendRedirect("/");
            }
            case "/sandbox/jobs/run" -> {
                String key = req.getParameter("key");
                if (!sandbox.scheduler().has(key)) {
                    resp.sendError(404);
                    return;
                }
                String outcome = sandbox.scheduler().runNow(key);
                if ("application/json".equals(req.getHeader("Accept"))) {
                    resp.setContentType("application/json");
                    resp.getWriter().write("{\"outcome\":\"" + outcome.replace("\\", "\\\\").replace("\"", "\\\"")
                            + "\"}");
                } else {
                    resp.sendRedirect("/sandbox/jobs");
                }
            }
            case "/sandbox/maintenance/access-mode" -> {
                String mode = req.getParameter("mode");
                if (!"READ_ONLY".equals(mode) && !"READ_WRITE".equals(mode)) {
                    resp.sendError(400, "mode is READ_ONLY or READ_WRITE");
                    return;
                }
                sandbox.accessMode().set(AccessMode.valueOf(mode));
                resp.sendRedirect("/sandbox/maintenance");
            }
            case "/sandbox/clock" -> {
                String days = String.valueOf(req.getParameter("days"));
                if (!days.matches("[0-9]{1,3}")) {
                    resp.sendError(400, "days is a whole number from 0 to 999");
                    return;
                }
                sandbox.clock().advance(java.time.Duration.ofDays(Integer.parseInt(days)));
                resp.setContentType("application/json");
                resp.getWriter().write("{\"now\":\"" + sandbox.clock().instant() + "\"}");
            }
            case "/sandbox/maintenance/licence" -> {
                try {
                    sandbox.licence().set(SandboxLicence.State.named(String.valueOf(req.getParameter("state"))));
                } catch (IllegalArgumentException e) {
                    resp.sendError(400, "state is valid, expired, edition-mismatch or none");
                    return;
                }
                resp.sendRedirect("/sandbox/maintenance");
            }
            default -> resp.sendError(405);
        }
    }

    /** The icon or logo plugin-info names ({@code ?param=plugin-icon|plugin-logo}), as Manage apps shows it. */
    private void pluginImage(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String param = req.getParameter("param");
        String location = "plugin-icon".equals(param) || "plugin-logo".equals(param)
                ? sandbox.descriptor().pluginInfo().get(param) : null;
        try (java.io.InputStream in = location == null ? null
                : Sandbox.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                notFound(req, resp);
                return;
            }
            resp.setContentType("image/png");
            in.transferTo(resp.getOutputStream());
        }
    }

    private void dashboard(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        render(req, resp, 200, text().getText("sandbox.dashboard.title"), "dashboard.vm",
                Map.of("spaces", sandbox.permissions().visibleSpaces(userKey()),
                        "mayCreateSpace", sandbox.permissions().canCreateSpace(userKey())));
    }

    /**
     * Confluence's create-space dialog: first the space blueprints (web items in system.create.space.dialog/content),
     * then the chosen blueprint's wizard page, its form rendered from the plugin's Soy template.
     */
    private void createSpaceDialog(HttpServletRequest req, HttpServletResponse resp, Sandbox.BlueprintChoice chosen,
                                   Map<String, String> errors) throws IOException {
        createSpaceDialog(req, resp, chosen, errors, Map.of());
    }

    private void createSpaceDialog(HttpServletRequest req, HttpServletResponse resp, Sandbox.BlueprintChoice chosen,
                                   Map<String, String> errors, Map<String, String> values) throws IOException {
        if (userKey() == null) {
            refuse(req, resp);
            return;
        }
        if (!sandbox.permissions().canCreateSpace(userKey())) {
            notFound(req, resp);
            return;
        }
        Sandbox.BlueprintChoice choice = chosen != null ? chosen : choice(req.getParameter("item")).orElse(null);
        Map<String, Object> m = new HashMap<>();
        m.put("choices", sandbox.spaceBlueprintChoices());
        m.put("choice", choice);
        if (choice != null && !choice.blueprint().wizardPages().isEmpty()) {
            PluginDescriptor.WizardPage page = choice.blueprint().wizardPages().get(0);
            m.put("wizardPage", page);
            m.put("wizardTitle", sandbox.pluginText().getText(page.titleKey()));
            m.put("wizardAboutHeader", page.descriptionHeaderKey() == null || page.descriptionHeaderKey().isEmpty()
                    ? "" : sandbox.pluginText().getText(page.descriptionHeaderKey()));
            m.put("wizardAbout", page.descriptionContentKey() == null || page.descriptionContentKey().isEmpty()
                    ? "" : sandbox.pluginText().getText(page.descriptionContentKey()));
            String form = sandbox.wizardFormHtml(page);
            // the create-content plugin owns the wizard's submit: the form posts to the create-space action
            String hidden = "<input type=\"hidden\" name=\"atl_token\" value=\""
                    + SandboxVelocity.escape(SandboxFilter.token(req)) + "\"><input type=\"hidden\" name=\"item\" value=\""
                    + SandboxVelocity.escape(choice.item().key()) + "\">";
            form = form.replaceFirst("<form action=\"#\" method=\"post\"",
                    "<form id=\"create-space-form\" action=\"/create-space\" method=\"post\"");
            int end = form.indexOf('>', form.indexOf("<form")) + 1;
            m.put("formHtml", form.substring(0, end) + hidden + form.substring(end));
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>(values);
        kept.remove("atl_token");
        kept.remove("item");
        // the fields as sent, for the page's script to put back into the form after a refusal
        m.put("values", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(kept));
        List<String> messages = new ArrayList<>();
        errors.values().forEach(k -> messages.add(text().getText(k)));
        m.put("errors", messages);
        render(req, resp, errors.isEmpty() ? 200 : 400, text().getText("sandbox.createspace.title"),
                "createspace.vm", m);
    }

    private java.util.Optional<Sandbox.BlueprintChoice> choice(String itemKey) {
        return sandbox.spaceBlueprintChoices().stream().filter(c -> c.item().key().equals(itemKey)).findFirst();
    }

    private void createSpace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sandbox.BlueprintChoice> choice = choice(req.getParameter("item"));
        if (userKey() == null || choice.isEmpty()) {
            resp.sendError(userKey() == null ? 401 : 400);
            return;
        }
        Map<String, String> form = new java.util.LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
        Map<String, String> errors = sandbox.createSpaceFromBlueprint(userKey(), choice.get(), form);
        if (errors.containsKey("permission")) {
            notFound(req, resp);
        } else if (!errors.isEmpty()) {
            createSpaceDialog(req, resp, choice.get(), errors, form);
        } else {
            resp.sendRedirect("/display/" + URLEncoder.encode(form.get("spaceKey").trim().toUpperCase(
                    java.util.Locale.ROOT), StandardCharsets.UTF_8));
        }
    }

    private void loginForm(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("people", sandbox.users().all().stream()
                .sorted(java.util.Comparator.comparing(SandboxUsers.Person::fullName)).toList());
        m.put("destination", req.getParameter("os_destination"));
        render(req, resp, 200, text().getText("sandbox.login"), "login.vm", m);
    }

    /** Confluence's password prompt before administration (WebSudo); anonymous visitors sign in first. */
    private void authenticateForm(HttpServletRequest req, HttpServletResponse resp, int status, boolean wrong)
            throws IOException {
        if (userKey() == null) {
            refuse(req, resp);
            return;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("destination", safeDestination(req.getParameter("destination")));
        m.put("wrongPassword", wrong);
        m.put("demoPassword", SandboxWebSudo.PASSWORD);
        render(req, resp, status, text().getText("sandbox.websudo.title"), "authenticate.vm", m);
    }

    private void authenticate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (userKey() == null) {
            refuse(req, resp);
            return;
        }
        if (!sandbox.webSudo().confirm(req, req.getParameter("password"))) {
            authenticateForm(req, resp, 200, true);
            return;
        }
        resp.sendRedirect(safeDestination(req.getParameter("destination")));
    }

    /** A destination on this site only. */
    private static String safeDestination(String destination) {
        return destination != null && destination.startsWith("/") && !destination.startsWith("//")
                && !destination.contains("\\") ? destination : "/";
    }

    private void display(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String spaceKey = decode(slash < 0 ? rest : rest.substring(0, slash));
        String title = slash < 0 || slash == rest.length() - 1 ? null : decode(rest.substring(slash + 1));
        Optional<SandboxContent.Space> space = sandbox.content().space(spaceKey);
        if (space.isEmpty() || !sandbox.permissions().canViewSpace(userKey(), spaceKey)) {
            refuse(req, resp);
            return;
        }
        Optional<SandboxContent.Page> page;
        if (title == null) {
            Long home = space.get().homePageId();
            page = home == null ? Optional.empty() : sandbox.permissions().visiblePage(userKey(), home);
        } else {
            page = sandbox.permissions().visiblePage(userKey(), spaceKey, title);
        }
        if (page.isEmpty()) {
            refuse(req, resp);
            return;
        }
        showPage(req, resp, space.get(), page.get());
    }

    private void viewById(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id;
        try {
            id = Long.parseLong(req.getParameter("pageId"));
        } catch (NumberFormatException | NullPointerException e) {
            notFound(req, resp);
            return;
        }
        Optional<SandboxContent.Page> page = sandbox.permissions().visiblePage(userKey(), id);
        if (page.isEmpty()) {
            refuse(req, resp);
            return;
        }
        showPage(req, resp, sandbox.content().space(page.get().spaceKey()).orElseThrow(), page.get());
    }

    private void showPage(HttpServletRequest req, HttpServletResponse resp, SandboxContent.Space space,
                          SandboxContent.Page page) throws IOException {
        String html = sandbox.renderPage(page, !"none".equals(req.getParameter("macros")));
        Map<String, Object> m = new HashMap<>();
        m.put("page", page);
        m.put("renderedHtml", html);
        m.put("creator", sandbox.users().byKey(page.creatorKey()).map(SandboxUsers.Person::fullName)
                .orElse(page.creatorKey() == null ? "" : page.creatorKey()));
        m.put("modified", DATE.format(page.modified()));
        m.put("restricted", !sandbox.content().restrictions(page.id()).isEmpty());
        List<Link> crumbs = new ArrayList<>();
        for (SandboxContent.Page a : sandbox.content().ancestors(page)) {
            crumbs.add(link(a, 0, false));
        }
        m.put("breadcrumbs", crumbs);
        m.put("space", space);
        m.put("tree", tree(space, page));
        render(req, resp, 200, page.title(), "page.vm", m);
    }

    /** The space's visible pages as a tree: home first, children below their parents. */
    private List<Link> tree(SandboxContent.Space space, SandboxContent.Page current) {
        List<Link> out = new ArrayList<>();
        List<SandboxContent.Page> visible = sandbox.permissions().visiblePages(userKey(), space.key());
        Map<Long, List<SandboxContent.Page>> byParent = new HashMap<>();
        for (SandboxContent.Page p : visible) {
            byParent.computeIfAbsent(p.parentId() == null ? -1L : p.parentId(), k -> new ArrayList<>()).add(p);
        }
        for (SandboxContent.Page root : byParent.getOrDefault(-1L, List.of())) {
            addTree(out, byParent, root, 0, current);
        }
        return out;
    }

    private void addTree(List<Link> out, Map<Long, List<SandboxContent.Page>> byParent, SandboxContent.Page p,
                         int depth, SandboxContent.Page current) {
        if (depth > 20) {
            return;
        }
        out.add(link(p, 10 + depth * 14, p.id() == current.id()));
        List<SandboxContent.Page> kids = new ArrayList<>(byParent.getOrDefault(p.id(), List.of()));
        kids.sort(java.util.Comparator.comparingLong(SandboxContent.Page::id));
        for (SandboxContent.Page k : kids) {
            addTree(out, byParent, k, depth + 1, current);
        }
    }

    private Link link(SandboxContent.Page p, int indent, boolean current) {
        return new Link(p.title(), StorageFormat.pageUrl(p.spaceKey(), p.title()), p.spaceKey(), indent, current,
                !sandbox.content().restrictions(p.id()).isEmpty());
    }

    private void listPages(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String key = req.getParameter("key");
        Optional<SandboxContent.Space> space = key == null ? Optional.empty() : sandbox.content().space(key);
        if (space.isEmpty() || !sandbox.permissions().canViewSpace(userKey(), key)) {
            refuse(req, resp);
            return;
        }
        List<Link> pages = sandbox.permissions().visiblePages(userKey(), key).stream().map(p -> link(p, 0, false))
                .toList();
        Map<String, Object> m = new HashMap<>();
        m.put("pages", pages);
        m.put("space", space.get());
        m.put("spaceKey", key);
        render(req, resp, 200, text().getText("sandbox.space.allpages"), "list.vm", m);
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = Optional.ofNullable(req.getParameter("queryString")).orElse("").trim();
        List<Link> results = q.isEmpty() ? List.of()
                : sandbox.permissions().search(userKey(), q).stream().map(p -> link(p, 0, false)).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("results", results);
        m.put("queryString", q);
        render(req, resp, 200, text().getText("sandbox.search"), "search.vm", m);
    }

    /** Anonymous visitors are sent to log in; a signed-in person who may not see it gets a 404. */
    private void refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (userKey() == null) {
            String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect("/login?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        notFound(req, resp);
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        render(req, resp, 404, text().getText("sandbox.notfound.title"), "notfound.vm", Map.of());
    }

    /**
     * Wraps the HTML a plugin servlet wrote in the page layout, as Confluence's decorator does for a page that
     * asks for it with {@code <meta name="decorator">}: the servlet's title and body, the header, and the web
     * resources the servlet required.
     */
    void decorate(HttpServletRequest req, HttpServletResponse resp, int status, String title, String bodyHtml)
            throws IOException {
        render(req, resp, status, title, "decorated.vm", Map.of("decoratedBodyHtml", bodyHtml));
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, int status, String title, String body,
                        Map<String, ?> model) throws IOException {
        Map<String, Object> m = new HashMap<>(model);
        m.put("title", title);
        m.put("body", "sandbox/templates/" + body);
        m.put("t", text());
        m.put("user", sandbox.scope().user().orElse(null));
        m.put("userKey", userKey());
        m.put("atlToken", SandboxFilter.token(req));
        m.put("language", sandbox.locales().of(userKey()).getLanguage());
        m.put("languages", PropertiesText.LANGUAGES.stream().map(l -> Map.of("tag", l.getLanguage(),
                "name", l.getDisplayLanguage(l))).toList());
        m.putIfAbsent("tree", null);
        if (m.get("space") instanceof SandboxContent.Space s) {
            m.put("spaceKey", s.key());
        }
        m.put("headHtml", sandbox.webResourceTags());
        String spaceKey = (String) m.get("spaceKey");
        m.put("headerItems", sandbox.webItems("system.header/left", spaceKey));
        if (spaceKey != null) {
            List<Sandbox.ItemLink> sidebar = new ArrayList<>(sandbox.webItems("system.space.sidebar/main-links",
                    spaceKey));
            sidebar.addAll(sandbox.webItems("system.space.tools/addons", spaceKey));
            m.put("sidebarItems", sidebar);
        }
        m.put("node", sandbox.node());
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        resp.setHeader("X-Sandbox-Node", sandbox.node());
        try (Writer w = resp.getWriter()) {
            sandbox.velocity().renderTemplate("sandbox/templates/layout.vm", m, w);
        }
    }

    private PropertiesText text() {
        return sandbox.text();
    }

    private String userKey() {
        return sandbox.scope().userKey();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
