package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/**
 * Answers a {@link Refusal} in the JSON error shape of {@link Errors}: 400 with {@code fieldErrors} for
 * {@link Refusal.Invalid}, 403 for {@link Refusal.Forbidden}, 404 for {@link Refusal.NotFound}, 409 for
 * {@link Refusal.Conflict}. Message arguments that are Tandem i18n keys are put in words too.
 */
@Named
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    private static final String KEY_ARGUMENT = "tandem.";

    private final I18nResolver i18n;

    public RefusalMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(Refusal refusal) {
        if (refusal instanceof Refusal.Invalid invalid) {
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((field, error) -> fields.put(field, describe(error)));
            return Errors.json(Response.Status.BAD_REQUEST, text(refusal.messageKey(), refusal.args()), fields);
        }
        return Errors.json(status(refusal), text(refusal.messageKey(), refusal.args()), null);
    }

    static Response.Status status(Refusal refusal) {
        if (refusal instanceof Refusal.Forbidden) {
            return Response.Status.FORBIDDEN;
        }
        if (refusal instanceof Refusal.NotFound) {
            return Response.Status.NOT_FOUND;
        }
        if (refusal instanceof Refusal.Conflict) {
            return Response.Status.CONFLICT;
        }
        return Response.Status.BAD_REQUEST;
    }

    private Map<String, String> describe(FieldError error) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("key", error.key());
        described.put("message", text(error.key(), error.args()));
        return described;
    }

    private String text(String key, List<Serializable> args) {
        Serializable[] words = new Serializable[args.size()];
        for (int i = 0; i < words.length; i++) {
            Serializable arg = args.get(i);
            words[i] = arg instanceof String name && name.startsWith(KEY_ARGUMENT) ? i18n.getText(name) : arg;
        }
        return i18n.getText(key, words);
    }
}
