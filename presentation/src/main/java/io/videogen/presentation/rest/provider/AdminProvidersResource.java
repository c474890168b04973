package io.videogen.presentation.rest.provider;

import io.videogen.application.port.in.ManageProvidersUseCase;
import io.videogen.application.port.in.ManageProvidersUseCase.ProviderView;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class AdminProvidersResource {

    private final ManageProvidersUseCase providers;
    private final CallerResolver callers;

    public AdminProvidersResource(ManageProvidersUseCase providers, CallerResolver callers) {
        this.providers = providers;
        this.callers = callers;
    }

    @PUT
    @Path("/{name}")
    @Operation(summary = "Switch a provider off or on",
            description = "A switched-off provider is skipped in every chain (the next link serves) until it is "
                    + "switched on again. The switch holds for this process until it restarts.")
    @APIResponse(responseCode = "404", description = "No provider has that name")
    public ProviderView switchProvider(@PathParam("name") String name,
                                       @Valid @NotNull(message = "send {\"enabled\": true|false}") Switch body) {
        return providers.switchProvider(callers.current(), name, body.enabled());
    }

    public record Switch(@NotNull(message = "enabled is true or false") Boolean enabled) {
    }
}
