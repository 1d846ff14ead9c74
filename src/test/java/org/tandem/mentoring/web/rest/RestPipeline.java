package org.tandem.mentoring.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.tandem.mentoring.service.Refusal;

/** For tests that call a resource directly: what the JAX-RS runtime does around it with Tandem's two mappers. */
public final class RestPipeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestPipeline() {
    }

    /** Calls an endpoint and answers a refusal or failure the way the registered mappers would. */
    public static Response call(I18nResolver i18n, Supplier<Response> endpoint) {
        try {
            return endpoint.get();
        } catch (Refusal refusal) {
            return new RefusalMapper(i18n).toResponse(refusal);
        } catch (RuntimeException failure) {
            return new FailureMapper(i18n).toResponse(failure);
        }
    }

    /** A request body as the client would send it. */
    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Registers the two mappers, as the host does for every {@code @Provider} in the REST package. */
    public static ResourceConfig withMappers(ResourceConfig config, I18nResolver i18n) {
        return config.register(new RefusalMapper(i18n)).register(new FailureMapper(i18n));
    }
}
