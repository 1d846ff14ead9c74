package org.tandem.sandbox.testplugin;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A REST resource of the test plugin: unannotated methods need a signed-in user. */
@Path("/hello")
@Produces(MediaType.APPLICATION_JSON)
public class HelloResource {

    private final ProgrammeSummary summary;

    public HelloResource(ProgrammeSummary summary) {
        this.summary = summary;
    }

    @GET
    public Map<String, String> hello() {
        return Map.of("viewer", summary.viewerName());
    }

    @GET
    @Path("/public")
    @AnonymousSiteAccess
    public Map<String, String> open() {
        return Map.of("viewer", summary.viewerName());
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public Map<String, String> echo(String body) {
        return Map.of("received", body);
    }
}
