package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers everything a {@link RefusalMapper} does not, in the JSON error shape of {@link Errors}: the JAX-RS
 * runtime's own client errors (404 no such resource, 405, 406, 415 ...) with their status, and anything unexpected
 * with a 500 whose body names the id under which it was logged, never a stack trace.
 */
@Named
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    static final String UNEXPECTED = "tandem.rest.error.unexpected";
    private static final Logger LOG = LoggerFactory.getLogger(FailureMapper.class);

    private final I18nResolver i18n;

    public FailureMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response given = web.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            Response answer = Errors.json(given.getStatus(), i18n.getText(key(given.getStatus())), null);
            String allow = given.getHeaderString(HttpHeaders.ALLOW);
            return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.error("REST request failed; error id {}", id, failure);
        return Errors.unexpected(i18n.getText(UNEXPECTED, id), id);
    }

    static String key(int status) {
        return switch (status) {
            case 400 -> "tandem.rest.error.bad-request";
            case 401 -> "tandem.rest.error.unauthorised";
            case 403 -> "tandem.rest.error.forbidden";
            case 404 -> "tandem.rest.error.not-found";
            case 405 -> "tandem.rest.error.method";
            case 406 -> "tandem.rest.error.not-acceptable";
            case 415 -> "tandem.rest.error.media-type";
            default -> "tandem.rest.error.request";
        };
    }
}
