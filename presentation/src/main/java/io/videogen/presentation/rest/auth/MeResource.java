package io.videogen.presentation.rest.auth;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetUserUseCase;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class MeResource {

    private final GetUserUseCase users;
    private final CallerResolver callers;

    public MeResource(GetUserUseCase users, CallerResolver callers) {
        this.users = users;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "The signed-in user")
    public Uni<UserResponse> me() {
        return users.get(callers.current().userId()).map(UserResponse::of);
    }
}
