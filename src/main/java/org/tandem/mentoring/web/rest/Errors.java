package org.tandem.mentoring.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Error bodies in one JSON shape: {@code {"status": 404, "message": "..."}}. */
final class Errors {

    private Errors() {
    }

    static Response notFound(String what, Object id) {
        return json(Response.Status.NOT_FOUND, "No " + what + " " + id + " that you may see.");
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("status", status.getStatusCode(), "message", message)).build();
    }
}
