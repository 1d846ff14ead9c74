package org.tandem.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserRole;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tandem.sandbox.SandboxFilter;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The small SAL services: transactions (through Active Objects), application properties, the login URI, XSRF
 * tokens (the session's). WebSudo is {@link SandboxWebSudo}.
 */
public final class SandboxSal implements TransactionTemplate, ApplicationProperties, LoginUriProvider,
        XsrfTokenAccessor, XsrfTokenValidator {

    private final Supplier<String> baseUrl;
    private final Path home;
    private final Supplier<ActiveObjects> activeObjects;

    public SandboxSal(Supplier<String> baseUrl, Path home, Supplier<ActiveObjects> activeObjects) {
        this.baseUrl = baseUrl;
        this.home = home;
        this.activeObjects = activeObjects;
    }

    // ---- TransactionTemplate

    @Override
    public <T> T execute(TransactionCallback<T> callback) {
        ActiveObjects ao = activeObjects.get();
        return ao == null ? callback.doInTransaction() : ao.executeInTransaction(callback);
    }

    // ---- ApplicationProperties

    @Override
    @Deprecated
    public String getBaseUrl() {
        return baseUrl.get();
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl.get();
    }

    @Override
    public String getDisplayName() {
        return "Confluence";
    }

    @Override
    public String getPlatformId() {
        return PLATFORM_CONFLUENCE;
    }

    @Override
    public String getVersion() {
        return "10.2.1";
    }

    @Override
    public String getBuildNumber() {
        return "10201";
    }

    @Override
    public Optional<Path> getLocalHomeDirectory() {
        return Optional.of(home);
    }

    @Override
    public Optional<Path> getSharedHomeDirectory() {
        return Optional.of(home);
    }

    // ---- LoginUriProvider

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create("/login?os_destination="
                + URLEncoder.encode(returnUri == null ? "/" : returnUri.toString(), StandardCharsets.UTF_8));
    }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role) {
        return getLoginUri(returnUri);
    }

    // ---- XSRF

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        return SandboxFilter.token(request);
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        String token = request.getParameter(getXsrfParameterName());
        return token != null && token.equals(SandboxFilter.token(request));
    }

    @Override
    public String getXsrfParameterName() {
        return "atl_token";
    }
}
