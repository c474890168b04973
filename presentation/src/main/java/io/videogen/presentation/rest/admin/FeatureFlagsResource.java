package io.videogen.presentation.rest.admin;

import jakarta.ws.rs.core.Context;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageFeatureFlagsUseCase;
import io.videogen.application.port.in.ManageFeatureFlagsUseCase.FlagState;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runtime feature flags, for admins. */
@Path("/api/v1/admin/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class FeatureFlagsResource {

    private final ManageFeatureFlagsUseCase flags;
    private final CallerResolver callers;

    public FeatureFlagsResource(ManageFeatureFlagsUseCase flags, CallerResolver callers) {
        this.flags = flags;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the feature flags",
            description = "Each flag's state: as an admin set it, else its configured default (videogen.features.*).")
    public Uni<List<Flag>> list() {
        return flags.list(callers.current()).map(states -> states.stream().map(Flag::of).toList());
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a feature on or off",
            description = "Every instance follows within two seconds; a switched-off feature answers 403 FEATURE_DISABLED.")
    public Uni<Flag> set(@PathParam("name") String name, @Valid @NotNull Change body, @Context RoutingContext routing) {
        return flags.set(callers.current(), name, body.enabled(), RequestOrigins.of(routing)).map(Flag::of);
    }

    @Schema(name = "FeatureFlag")
    public record Flag(@Schema(examples = "registration") String name, boolean enabled, String description) {

        static Flag of(FlagState state) {
            return new Flag(state.feature().flagName(), state.enabled(), state.feature().description());
        }
    }

    @Schema(name = "FeatureFlagChange")
    public record Change(@NotNull(message = "enabled is required (true or false)") Boolean enabled) {
    }
}
