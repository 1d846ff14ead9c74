package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.service.access.WriteBlock;
import org.tandem.mentoring.service.access.Writes;

/**
 * Refuses every Tandem REST request that may write (any method but GET, HEAD and OPTIONS) while {@link Writes}
 * blocks writing, before it reaches a resource: a resource added later is covered without a line of its own.
 *
 * <p>In read-only mode the answer is 405, as Confluence's own REST API answers a write in read-only mode; without
 * a valid licence 403; both in the JSON error shape of {@link Errors} with {@code "reason"} set to
 * {@code read-only} or {@code unlicensed}. A request that {@link WebSudoCheck} turns away hears that instead,
 * whichever of the two filters runs first.
 *
 * <p>Where Confluence's 405 comes from: its REST plugin's {@code ReadOnlyAccessRequestFilter}
 * ({@code com.atlassian.confluence.plugins.restapi.filters}) throws
 * {@code com.atlassian.confluence.api.service.exceptions.ReadOnlyException} for POST, PUT and DELETE while
 * {@code AccessModeService.isReadOnlyAccessModeEnabled()}, and
 * {@code com.atlassian.confluence.rest.api.model.ExceptionConverter.Server} maps that exception to
 * {@code AdditionalStatus.READ_ONLY_MODE_ENABLED}: status 405, reason phrase {@code READ_ONLY} (neither 503 nor
 * 409). Read in Confluence's classes as decompiled in public code on GitHub (ngannk-fptu/Decompiled-Files). Like
 * Confluence, the answer carries no {@code Allow} header.
 */
@Named
@Provider
public class WriteCheck implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Writes writes;
    private final WebSudoCheck webSudo;
    private final I18nResolver i18n;

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest request;

    public WriteCheck(Writes writes, WebSudoCheck webSudo, I18nResolver i18n) {
        this.writes = writes;
        this.webSudo = webSudo;
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (READS.contains(context.getMethod()) || webSudo.refuses(resource, request)) {
            return;
        }
        writes.blocked().ifPresent(block -> context.abortWith(refusal(block, i18n)));
    }

    /** The answer to a write while writing is blocked. */
    public static Response refusal(WriteBlock block, I18nResolver i18n) {
        int status = status(block);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("status", status);
        entity.put("message", i18n.getText(block.messageKey()));
        entity.put("reason", block.code());
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }

    /** Confluence's status for a write in read-only mode (its {@code READ_ONLY_MODE_ENABLED}). */
    public static final int READ_ONLY_STATUS = 405;

    /** 405 in read-only mode, as Confluence answers; 403 without a valid licence. */
    public static int status(WriteBlock block) {
        return block.reason() == WriteBlock.Reason.READ_ONLY ? READ_ONLY_STATUS
                : Response.Status.FORBIDDEN.getStatusCode();
    }
}
