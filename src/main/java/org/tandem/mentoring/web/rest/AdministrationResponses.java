package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.programme.InvalidProgrammeChangeException;
import org.tandem.mentoring.service.programme.ProgrammeAdministrationException;
import org.tandem.mentoring.service.programme.ProgrammeConflictException;
import org.tandem.mentoring.service.programme.ProgrammeFieldError;
import org.tandem.mentoring.service.programme.ProgrammeForbiddenException;
import org.tandem.mentoring.service.programme.ProgrammeNotFoundException;

/**
 * Turns the outcome of a programme administration call into JSON. Refusals have one shape,
 * {@code {"status": 400, "message": "...", "fieldErrors": {"goals": {"key": "...", "message": "..."}}}}
 * ({@code fieldErrors} only for 400): 404 for a programme the caller may not see, 403 for one they do not
 * coordinate, 409 for a stale version or a theme in use. Anything unexpected is logged and answered with a plain
 * 500. Message arguments that are phase keys are put in words too.
 */
final class AdministrationResponses {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrationResponses.class);
    static final String UNEXPECTED = "tandem.programme.admin.error.unexpected";
    private static final String KEY_ARGUMENT = "tandem.programme.phase.";

    private final I18nResolver i18n;

    AdministrationResponses(I18nResolver i18n) {
        this.i18n = i18n;
    }

    Response respond(Response.Status status, Supplier<Object> work) {
        try {
            Object entity = work.get();
            if (entity == null) {
                return Response.noContent().build();
            }
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
        } catch (ProgrammeAdministrationException e) {
            return refusal(e);
        } catch (RuntimeException e) {
            LOG.error("Programme administration request failed", e);
            return Errors.json(Response.Status.INTERNAL_SERVER_ERROR, i18n.getText(UNEXPECTED), null);
        }
    }

    Response refusal(ProgrammeAdministrationException e) {
        Response.Status status;
        if (e instanceof ProgrammeNotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof ProgrammeForbiddenException) {
            status = Response.Status.FORBIDDEN;
        } else if (e instanceof ProgrammeConflictException) {
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        Map<String, Map<String, String>> fields = null;
        if (e instanceof InvalidProgrammeChangeException invalid) {
            fields = new LinkedHashMap<>();
            for (Map.Entry<String, ProgrammeFieldError> field : invalid.fieldErrors().entrySet()) {
                Map<String, String> described = new LinkedHashMap<>();
                described.put("key", field.getValue().key());
                described.put("message", text(field.getValue().key(), field.getValue().argsArray()));
                fields.put(field.getKey(), described);
            }
        }
        return Errors.json(status, text(e.messageKey(), e.argsArray()), fields);
    }

    private String text(String key, Serializable[] args) {
        Serializable[] words = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] instanceof String arg && arg.startsWith(KEY_ARGUMENT) ? i18n.getText(arg) : args[i];
        }
        return i18n.getText(key, words);
    }

}
