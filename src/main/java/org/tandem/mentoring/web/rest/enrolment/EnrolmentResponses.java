package org.tandem.mentoring.web.rest.enrolment;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationConflictException;
import org.tandem.mentoring.service.enrolment.ApplicationForbiddenException;
import org.tandem.mentoring.service.enrolment.ApplicationNotFoundException;
import org.tandem.mentoring.service.enrolment.EnrolmentException;
import org.tandem.mentoring.service.enrolment.FieldError;
import org.tandem.mentoring.service.enrolment.InvalidApplicationException;
import org.tandem.mentoring.web.rest.Errors;

/**
 * Turns the outcome of a service call into a JSON response. Refusals get one shape,
 * {@code {"status": 400, "message": "...", "fieldErrors": {"goals": {"key": "...", "message": "..."}}}}
 * ({@code fieldErrors} only for 400), with 403, 404 and 409 for the other refusals. Anything unexpected is logged
 * and answered with a plain 500, never a stack trace.
 */
final class EnrolmentResponses {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentResponses.class);
    static final String UNEXPECTED = "tandem.enrol.error.unexpected";

    private final I18nResolver i18n;

    EnrolmentResponses(I18nResolver i18n) {
        this.i18n = i18n;
    }

    Response one(Response.Status status, Supplier<Application> work) {
        return respond(status, () -> ApplicationJson.of(work.get()));
    }

    Response many(Supplier<List<Application>> work) {
        return respond(Response.Status.OK, () -> work.get().stream().map(ApplicationJson::of).toList());
    }

    private Response respond(Response.Status status, Supplier<Object> work) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(work.get()).build();
        } catch (EnrolmentException e) {
            return refusal(e);
        } catch (RuntimeException e) {
            LOG.error("Enrolment request failed", e);
            return Errors.json(Response.Status.INTERNAL_SERVER_ERROR, i18n.getText(UNEXPECTED), null);
        }
    }

    Response refusal(EnrolmentException e) {
        if (e instanceof InvalidApplicationException invalid) {
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((field, error) -> fields.put(field, describe(error)));
            return Errors.json(Response.Status.BAD_REQUEST, i18n.getText(e.messageKey()), fields);
        }
        Response.Status status;
        if (e instanceof ApplicationNotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof ApplicationForbiddenException) {
            status = Response.Status.FORBIDDEN;
        } else if (e instanceof ApplicationConflictException) {
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
