package org.tandem.sandbox;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoNotRequired;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * REST v2 rules on every resource method: without an annotation a signed-in user is needed;
 * {@code @AnonymousSiteAccess}/{@code @UnlicensedSiteAccess} let anonymous visitors in, {@code @UnrestrictedAccess}
 * anyone, {@code @AdminOnly}/{@code @SystemAdminOnly} administrators only (method, then class, then package).
 * {@code @WebSudoRequired} (unless {@code @WebSudoNotRequired} is nearer) needs a secure administrator session and
 * otherwise answers 401 "This resource requires WebSudo.", as the Atlassian REST plugin's WebSudo resource filter
 * does (it throws {@code WebSudoRequiredException}, a {@code SecurityException}, which its mapper makes a 401).
 * Mutating requests need a JSON body or {@code X-Atlassian-Token: no-check} unless the method is
 * {@code @XsrfProtectionExcluded}.
 */
public final class RestSecurity implements DynamicFeature {

    enum Access { UNRESTRICTED, ANONYMOUS, SIGNED_IN, ADMIN }

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final RequestScope scope;
    private final SandboxUsers users;
    private final WebSudoManager webSudo;

    public RestSecurity(RequestScope scope, SandboxUsers users, WebSudoManager webSudo) {
        this.scope = scope;
        this.users = users;
        this.webSudo = webSudo;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        Access access = access(method, type);
        boolean xsrfExcluded = method.isAnnotationPresent(XsrfProtectionExcluded.class);
        boolean secure = requiresWebSudo(method, type);
        context.register((ContainerRequestFilter) request -> check(request, access, secure, xsrfExcluded));
    }

    /** The nearest of {@code @WebSudoRequired} and {@code @WebSudoNotRequired}: method, class, package. */
    static boolean requiresWebSudo(Method method, Class<?> type) {
        for (AnnotatedElement e : List.of(method, type, type.getPackage() == null ? type : type.getPackage())) {
            if (e.isAnnotationPresent(WebSudoNotRequired.class)) {
                return false;
            }
            if (e.isAnnotationPresent(WebSudoRequired.class)) {
                return true;
            }
        }
        return false;
    }

    static Access access(Method method, Class<?> type) {
        for (AnnotatedElement e : List.of(method, type, type.getPackage() == null ? type : type.getPackage())) {
            Access a = accessOf(e);
            if (a != null) {
                return a;
            }
        }
        return Access.SIGNED_IN;
    }

    private static Access accessOf(AnnotatedElement e) {
        for (Annotation a : e.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == UnrestrictedAccess.class) {
                return Access.UNRESTRICTED;
            }
            if (t == AnonymousSiteAccess.class || t == UnlicensedSiteAccess.class) {
                return Access.ANONYMOUS;
            }
            if (t == AdminOnly.class || t == SystemAdminOnly.class) {
                return Access.ADMIN;
            }
            if (t == LicensedOnly.class) {
                return Access.SIGNED_IN;
            }
        }
        return null;
    }

    private void check(ContainerRequestContext request, Access access, boolean secure, boolean xsrfExcluded) {
        String userKey = scope.userKey();
        if ((access == Access.SIGNED_IN || access == Access.ADMIN) && userKey == null) {
            request.abortWith(error(Response.Status.UNAUTHORIZED, "You need to sign in."));
            return;
        }
        if (access == Access.ADMIN && !users.isAdmin(userKey)) {
            request.abortWith(error(Response.Status.FORBIDDEN, "Administrators only."));
            return;
        }
        if (secure) {
            try {
                webSudo.willExecuteWebSudoRequest(scope.request());
            } catch (WebSudoSessionException e) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, "This resource requires WebSudo."));
                return;
            }
        }
        if (!SAFE.contains(request.getMethod()) && !xsrfExcluded) {
            MediaType type = request.getMediaType();
            boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            boolean header = "no-check".equals(request.getHeaderString("X-Atlassian-Token"));
            if (!json && !header) {
                request.abortWith(error(Response.Status.FORBIDDEN, "XSRF check failed"));
            }
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"message\":\"" + message + "\",\"status-code\":" + status.getStatusCode() + "}").build();
    }
}
