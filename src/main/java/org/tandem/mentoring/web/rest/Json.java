package org.tandem.mentoring.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Successful answers of Tandem resources, always typed as JSON. */
public final class Json {

    private Json() {
    }

    public static Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
