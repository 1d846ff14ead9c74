package org.tandem.mentoring.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error bodies in one JSON shape for every Tandem resource:
 * {@code {"status": 400, "message": "...", "fieldErrors": {"field": {"key": "...", "message": "..."}}}}, with
 * {@code fieldErrors} only where a field is to blame, and {@code "id"} only on a 500, naming the log entry.
 */
public final class Errors {

    private Errors() {
    }

    public static Response json(Response.Status status, String message,
            Map<String, Map<String, String>> fieldErrors) {
        return json(status.getStatusCode(), message, fieldErrors);
    }

    public static Response json(int status, String message, Map<String, Map<String, String>> fieldErrors) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("status", status);
        entity.put("message", message);
        if (fieldErrors != null) {
            entity.put("fieldErrors", fieldErrors);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }

    /** A 500 whose body names the id under which the failure was logged. */
    public static Response unexpected(String message, String id) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("status", Response.Status.INTERNAL_SERVER_ERROR.getStatusCode());
        entity.put("message", message);
        entity.put("id", id);
        return Response.serverError().type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
