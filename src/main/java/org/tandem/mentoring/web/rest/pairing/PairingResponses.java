package org.tandem.mentoring.web.rest.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.enrolment.FieldError;
import org.tandem.mentoring.service.pairing.InvalidPairingException;
import org.tandem.mentoring.service.pairing.PairingConflictException;
import org.tandem.mentoring.service.pairing.PairingException;
import org.tandem.mentoring.service.pairing.PairingForbiddenException;
import org.tandem.mentoring.service.pairing.PairingNotFoundException;
import org.tandem.mentoring.web.rest.Errors;

/**
 * Turns the outcome of a service call into a JSON response. Refusals get the enrolment API's shape,
 * {@code {"status": 400, "message": "...", "fieldErrors": {"reason": {"key": "...", "message": "..."}}}}
 * ({@code fieldErrors} only for 400), with 403, 404 and 409 for the other refusals. Anything unexpected is logged
 * and answered with a plain 500, never a stack trace.
 */
final class PairingResponses {

    private static final Logger LOG = LoggerFactory.getLogger(PairingResponses.class);
    static final String UNEXPECTED = "tandem.pairing.error.unexpected";

    private final I18nResolver i18n;

    PairingResponses(I18nResolver i18n) {
        this.i18n = i18n;
    }

    Response respond(Response.Status status, Supplier<Object> work) {
        try {
            Object entity = work.get();
            if (entity == null) {
                return Response.status(status).build();
            }
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
        } catch (PairingException e) {
            return refusal(e);
        } catch (RuntimeException e) {
            LOG.error("Pairing request failed", e);
            return Errors.json(Response.Status.INTERNAL_SERVER_ERROR, i18n.getText(UNEXPECTED), null);
        }
    }

    Response refusal(PairingException e) {
        if (e instanceof InvalidPairingException invalid) {
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((field, error) -> fields.put(field, describe(error)));
            return Errors.json(Response.Status.BAD_REQUEST, i18n.getText(e.messageKey()), fields);
        }
        Response.Status status;
        if (e instanceof PairingNotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof PairingForbiddenException) {
            status = Response.Status.FORBIDDEN;
        } else if (e instanceof PairingConflictException) {
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return Errors.json(status, i18n.getText(e.messageKey(), e.argsArray()), null);
    }

    private Map<String, String> describe(FieldError error) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("key", error.key());
        described.put("message", i18n.getText(error.key(), error.argsArray()));
        return described;
    }

}
