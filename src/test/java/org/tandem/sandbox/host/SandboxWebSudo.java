package org.tandem.sandbox.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.tandem.sandbox.SandboxFilter;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Confluence's secure administrator session (WebSudo): a signed-in person confirms their password on
 * {@code /authenticate.action}, and for their HTTP session WebSudo-protected requests run until
 * {@link #timeout()} passes without one (Confluence's default is 10 minutes). Anybody signed in may confirm; being
 * an administrator is checked elsewhere. Every demo person has the password {@link #PASSWORD}.
 */
public final class SandboxWebSudo implements WebSudoManager {

    /** The demo password of every person in the sandbox. */
    public static final String PASSWORD = "tandem";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** The page that asks for the password; {@code destination} says where to go afterwards. */
    public static final String AUTHENTICATE_PATH = "/authenticate.action";

    static final String SESSION_GRANT = "sandbox.webSudo";

    private record Grant(String userKey, Instant lastUse) implements Serializable {
    }

    private final Duration timeout;
    private volatile Clock clock;

    public SandboxWebSudo(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The timeout in minutes from {@code TANDEM_WEBSUDO_MINUTES}, 10 minutes without it. */
    public static SandboxWebSudo fromEnvironment() {
        String minutes = System.getenv("TANDEM_WEBSUDO_MINUTES");
        Duration timeout = minutes == null || minutes.isBlank() ? DEFAULT_TIMEOUT
                : Duration.ofMinutes(Long.parseLong(minutes.trim()));
        return new SandboxWebSudo(Clock.systemUTC(), timeout);
    }

    public Duration timeout() {
        return timeout;
    }

    /** Lets a test move time on. */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a secure session for the signed-in person when the password is theirs; a wrong password changes
     * nothing.
     */
    public boolean confirm(HttpServletRequest request, String password) {
        String userKey = userKey(request);
        if (userKey == null || !PASSWORD.equals(password)) {
            return false;
        }
        request.getSession().setAttribute(SESSION_GRANT, new Grant(userKey, clock.instant()));
        return true;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_GRANT) instanceof Grant grant)) {
            return false;
        }
        return grant.userKey().equals(userKey(request))
                && clock.instant().isBefore(grant.lastUse().plus(timeout));
    }

    /** Sends the browser to the password prompt, which brings it back to this request's address. */
    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(AUTHENTICATE_PATH + "?destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses without a live secure session; with one, the request counts as activity and the timeout restarts. */
    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("no secure administrator session");
        }
        request.getSession().setAttribute(SESSION_GRANT, new Grant(userKey(request), clock.instant()));
    }

    private static String userKey(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SandboxFilter.SESSION_USER);
    }
}
