package org.tandem.mentoring.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error bodies in one JSON shape for every Tandem resource:
 * {@code {"status": 400, "message": "...", "fieldErrors": {"field": {"key": "...", "message": "..."}}}}, with
 * {@code fieldErrors} only where a field is to blame.
 */
public final class Errors {

    private Errors() {
    }

    public static Response json(Response.Status status, String message,
            Map<String, Map<String, String>> fieldErrors) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("status", status.getStatusCode());
        entity.put("message", message);
        if (fieldErrors != null) {
            entity.put("fieldErrors", fieldErrors);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
