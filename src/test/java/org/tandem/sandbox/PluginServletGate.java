package org.tandem.sandbox;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Puts a plugin servlet behind Confluence 9+'s secure default: a signed-in user is needed unless the servlet class is
 * annotated {@code @AnonymousSiteAccess} or {@code @UnrestrictedAccess}.
 */
public final class PluginServletGate extends HttpServlet {

    private final HttpServlet servlet;
    private final RequestScope scope;
    private final boolean open;

    public PluginServletGate(HttpServlet servlet, RequestScope scope) {
        this.servlet = servlet;
        this.scope = scope;
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
        servlet.service(req, resp);
    }

    @Override
    public void destroy() {
        servlet.destroy();
    }
}
