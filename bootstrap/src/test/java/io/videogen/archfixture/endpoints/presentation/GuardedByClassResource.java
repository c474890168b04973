package io.videogen.archfixture.endpoints.presentation;

import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Guarded by its class annotation: no violation. */
@Path("/fixture/closed")
@DenyAll
public class GuardedByClassResource {

    @GET
    public String closed() {
        return "";
    }
}
