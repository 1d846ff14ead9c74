package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoNotRequired;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Enforces {@link WebSudoRequired} on Tandem's resources itself: without a secure administrator session the
 * request never reaches the resource and gets 401 in the JSON error shape of {@link Errors}.
 *
 * <p>The Atlassian REST plugin (v1) does the same with its WebSudo resource filter (401 too), but whether REST v2
 * on Confluence 10 does is not confirmed, and the org chart import and the default themes must not run without
 * the session. The nearest annotation wins (method, class, package). A request that carries its own Basic
 * credentials proves the password with every call and passes, as REST v1 lets it.
 */
@Named
@Provider
public class WebSudoCheck implements ContainerRequestFilter {

    static final String KEY_REQUIRED = "tandem.websudo.required";

    private final WebSudoManager webSudo;
    private final I18nResolver i18n;

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest request;

    public WebSudoCheck(WebSudoManager webSudo, I18nResolver i18n) {
        this.webSudo = webSudo;
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (refuses(resource, request)) {
            context.abortWith(Errors.json(Response.Status.UNAUTHORIZED, i18n.getText(KEY_REQUIRED), null));
        }
    }

    /** Whether this check turns the request away: the resource asks for the secure session and it is missing. */
    boolean refuses(ResourceInfo resource, HttpServletRequest request) {
        if (!required(resource.getResourceMethod(), resource.getResourceClass())) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            return false;
        }
        return !webSudo.canExecuteRequest(request);
    }

    /** Whether the nearest of {@link WebSudoRequired} and {@link WebSudoNotRequired} asks for the session. */
    static boolean required(Method method, Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>();
        if (method != null) {
            elements.add(method);
        }
        if (type != null) {
            elements.add(type);
            if (type.getPackage() != null) {
                elements.add(type.getPackage());
            }
        }
        for (AnnotatedElement element : elements) {
            if (element.isAnnotationPresent(WebSudoNotRequired.class)) {
                return false;
            }
            if (element.isAnnotationPresent(WebSudoRequired.class)) {
                return true;
            }
        }
        return false;
    }
}
