package org.tandem.sandbox;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a plugin servlet behind Confluence 9+'s secure default: a signed-in user is needed unless the servlet class is
 * annotated {@code @AnonymousSiteAccess} or {@code @UnrestrictedAccess}. An HTML page that asks for a decorator
 * ({@code <meta name="decorator" ...>}) is wrapped in the sandbox's page layout, as Confluence wraps it in its own.
 */
public final class PluginServletGate extends HttpServlet {

    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final HttpServlet servlet;
    private final RequestScope scope;
    private final SandboxPages pages;
    private final boolean open;

    public PluginServletGate(HttpServlet servlet, RequestScope scope, SandboxPages pages) {
        this.servlet = servlet;
        this.scope = scope;
        this.pages = pages;
        Class<?> c = servlet.getClass();
        this.open = c.isAnnotationPresent(AnonymousSiteAccess.class) || c.isAnnotationPresent(UnrestrictedAccess.class);
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servlet.init(config);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (!open && scope.userKey() == null) {
            if ("GET".equals(req.getMethod())) {
                String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
                resp.sendRedirect("/login?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            } else {
                resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        Capture capture = new Capture(resp);
        servlet.service(req, capture);
        String html = capture.text();
        if (capture.getContentType() != null && capture.getContentType().startsWith("text/html")
                && DECORATOR.matcher(html).find()) {
            Matcher title = TITLE.matcher(html);
            Matcher body = BODY.matcher(html);
            // the title is HTML already (escaped by the servlet's template); the layout escapes it once more
            pages.decorate(req, resp, capture.status, title.find() ? unescape(title.group(1).trim()) : "",
                    body.find() ? body.group(1) : html);
        } else if (!html.isEmpty()) {
            resp.getWriter().write(html);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Keeps what a servlet writes through its writer, so that the page can be decorated afterwards. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final StringWriter buffer = new StringWriter();
        private final PrintWriter writer = new PrintWriter(buffer);
        private int status = SC_OK;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        String text() {
            writer.flush();
            return buffer.toString();
        }
    }

    @Override
    public void destroy() {
        servlet.destroy();
    }
}
