package io.videogen.archfixture.endpoints.presentation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A planted violation: one endpoint names no role, next to guarded ones. */
@Path("/fixture")
public class HalfGuardedResource {

    @GET
    @PermitAll
    public String open() {
        return "";
    }

    @POST
    @RolesAllowed("creator")
    public String guarded() {
        return "";
    }

    @DELETE
    public void forgotten() {
    }
}
