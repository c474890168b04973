package io.videogen.presentation.rest.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ProviderKeysUseCase;
import io.videogen.application.port.in.ProviderKeysUseCase.KeyView;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own API keys for the configured providers: write-only, encrypted at rest. */
@Path("/api/v1/me/provider-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
@RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
public class ProviderKeysResource {

    private final ProviderKeysUseCase keys;
    private final CallerResolver callers;

    public ProviderKeysResource(ProviderKeysUseCase keys, CallerResolver callers) {
        this.keys = keys;
        this.callers = callers;
    }

    @PUT
    @Path("/{provider}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your own key for a provider",
            description = "Your calls to that provider (scripts, voices, pictures of your videos) then use your key "
                    + "instead of the server's. The key is stored encrypted and never shown again.")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "404", description = "No configured provider has that name")
    public Uni<Response> put(@PathParam("provider") String provider,
                             @Valid @NotNull(message = "send {\"apiKey\": \"...\"}") KeyRequest body) {
        return keys.put(callers.current(), provider, body.apiKey()).map(ignored -> Response.noContent().build());
    }

    @GET
    @Operation(summary = "Your provider keys", description = "Only the last four characters of each key show.")
    public Uni<List<KeyResponse>> list() {
        return keys.list(callers.current()).map(stored -> stored.stream().map(KeyResponse::of).toList());
    }

    @DELETE
    @Path("/{provider}")
    @Operation(summary = "Remove your key for a provider", description = "Your calls use the server's key again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "You have no key for that provider")
    public Uni<Response> delete(@PathParam("provider") String provider) {
        return keys.delete(callers.current(), provider).map(ignored -> Response.noContent().build());
    }

    @Schema(name = "ProviderKeyRequest")
    public record KeyRequest(@Schema(description = "The key the provider gave you; write-only") String apiKey) {

        @Override
        public String toString() {
            return "KeyRequest[***]";
        }
    }

    @Schema(name = "ProviderKey")
    public record KeyResponse(@Schema(examples = "openai") String provider,
                              @Schema(description = "The key's last four characters", examples = "3f9a") String last4,
                              Instant updatedAt) {

        static KeyResponse of(KeyView key) {
            return new KeyResponse(key.provider(), key.last4(), key.updatedAt());
        }
    }
}
