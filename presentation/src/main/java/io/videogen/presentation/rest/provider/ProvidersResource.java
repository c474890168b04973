package io.videogen.presentation.rest.provider;

import io.videogen.application.port.in.ManageProvidersUseCase;
import io.videogen.application.port.in.ManageProvidersUseCase.ProviderView;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
public class ProvidersResource {

    private final ManageProvidersUseCase providers;

    public ProvidersResource(ManageProvidersUseCase providers) {
        this.providers = providers;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "The configured AI providers, what they offer and their health",
            description = "circuit is closed (calls go through), open (calls fail fast after repeated failures) or "
                    + "half-open (the next call is a trial). Keys are never shown.")
    public List<ProviderView> list() {
        return providers.providers();
    }
}
