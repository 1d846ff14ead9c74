package org.tandem.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Runs before everything: finds the signed-in person in the session, puts them in the request scope, and refuses
 * mutating requests that carry neither the session's XSRF token, nor {@code X-Atlassian-Token: no-check}, nor a
 * JSON body. REST requests get the same check in {@link RestSecurity}, which knows the resource's annotations.
 */
public final class SandboxFilter implements Filter {

    public static final String SESSION_USER = "sandbox.userKey";
    public static final String SESSION_TOKEN = "sandbox.atlToken";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxUsers users;
    private final RequestScope scope;

    public SandboxFilter(SandboxUsers users, RequestScope scope) {
        this.users = users;
        this.scope = scope;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HttpSession session = request.getSession(true);
        if (session.getAttribute(SESSION_TOKEN) == null) {
            byte[] b = new byte[20];
            RANDOM.nextBytes(b);
            session.setAttribute(SESSION_TOKEN, HexFormat.of().formatHex(b));
        }
        String key = (String) session.getAttribute(SESSION_USER);
        SandboxUsers.Person user = users.byKey(key).filter(p -> !users.isDeactivated(p.key())).orElse(null);
        boolean rest = request.getRequestURI().startsWith("/rest/");
        if (!rest && !SAFE.contains(request.getMethod()) && !passesXsrf(request, session)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        scope.enter(request, response, user);
        try {
            chain.doFilter(request, response);
        } finally {
            scope.exit();
        }
    }

    static boolean passesXsrf(HttpServletRequest request, HttpSession session) {
        if ("no-check".equals(request.getHeader("X-Atlassian-Token")) || isJson(request.getContentType())) {
            return true;
        }
        String token = request.getParameter("atl_token");
        return token != null && token.equals(session.getAttribute(SESSION_TOKEN));
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    public static String token(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        return s == null ? "" : (String) s.getAttribute(SESSION_TOKEN);
    }
}
