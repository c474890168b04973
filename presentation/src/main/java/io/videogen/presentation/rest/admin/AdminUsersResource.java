package io.videogen.presentation.rest.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.videogen.application.port.in.ManageMfaUseCase;
import io.videogen.application.port.in.ManageUsersUseCase;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.Paging;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, for admins: list, change roles, lock and unlock, reset the second factor. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class AdminUsersResource {

    private final ManageUsersUseCase users;
    private final ManageMfaUseCase mfa;
    private final CallerResolver callers;

    public AdminUsersResource(ManageUsersUseCase users, ManageMfaUseCase mfa, CallerResolver callers) {
        this.users = users;
        this.mfa = mfa;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List accounts, ordered by email")
    public Uni<PageResponse<AdminUserResponse>> list(
            @QueryParam("email") @Size(max = 254, message = "email filter has at most 254 characters") String email,
            @BeanParam Paging paging) {
        return users.list(callers.current(), Optional.ofNullable(email), paging.request())
                .map(found -> PageResponse.of(found, AdminUserResponse::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "No such account")
    public Uni<AdminUserResponse> get(@PathParam("id") String id) {
        return users.get(callers.current(), UserId.parse(id)).map(AdminUserResponse::of);
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account's roles",
            description = "Takes effect with the user's next access token, within its lifetime (15 minutes by default). "
                    + "Admins cannot take the admin role from themselves.")
    public Uni<AdminUserResponse> changeRoles(@PathParam("id") String id,
                                              @Valid @NotNull(message = "send {\"roles\": [...]}")
                                              AdminRequests.Roles body, @Context RoutingContext routing) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        body.roles().forEach(role -> roles.add(Role.parse(role)));
        return users.changeRoles(callers.current(), UserId.parse(id), roles, RequestOrigins.of(routing))
                .map(AdminUserResponse::of);
    }

    @POST
    @Path("/{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lock an account",
            description = "Sign-in and token refresh are refused until the lock ends; access tokens already issued "
                    + "run out within their lifetime. Without 'until' the lock lasts until an admin unlocks.")
    public Uni<AdminUserResponse> lock(@PathParam("id") String id, AdminRequests.Lock body, @Context RoutingContext routing) {
        return users.lock(callers.current(), UserId.parse(id),
                        Optional.ofNullable(body).map(AdminRequests.Lock::until), RequestOrigins.of(routing))
                .map(AdminUserResponse::of);
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Unlock an account", description = "Also lifts a lockout after failed sign-ins.")
    public Uni<AdminUserResponse> unlock(@PathParam("id") String id, @Context RoutingContext routing) {
        return users.unlock(callers.current(), UserId.parse(id), RequestOrigins.of(routing))
                .map(AdminUserResponse::of);
    }

    @POST
    @Path("/{id}/mfa/reset")
    @Operation(summary = "Remove an account's second factor",
            description = "For someone who lost the authenticator and the recovery codes; they sign in with the "
                    + "password alone and may enrol again.")
    @APIResponse(responseCode = "204", description = "The second factor is gone")
    public Uni<jakarta.ws.rs.core.Response> resetMfa(@PathParam("id") String id, @Context RoutingContext routing) {
        return mfa.reset(callers.current(), UserId.parse(id), RequestOrigins.of(routing))
                .map(ignored -> jakarta.ws.rs.core.Response.noContent().build());
    }
}
