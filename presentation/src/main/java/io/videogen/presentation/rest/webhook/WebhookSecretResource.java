package io.videogen.presentation.rest.webhook;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageWebhookSecretUseCase;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secret that signs the caller's webhooks. */
@Path("/api/v1/me/webhook-secret")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
public class WebhookSecretResource {

    private static final String VERIFY = "Webhooks carry Videogen-Timestamp (unix seconds) and Videogen-Signature: "
            + "v1=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\" keyed with this secret>.";

    private final ManageWebhookSecretUseCase secrets;
    private final CallerResolver callers;

    public WebhookSecretResource(ManageWebhookSecretUseCase secrets, CallerResolver callers) {
        this.secrets = secrets;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Your webhook signing secret", description = "Made on the first request. " + VERIFY)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookSecretResponse.class)))
    public Uni<Response> secret() {
        return secrets.secret(callers.current()).map(WebhookSecretResource::privately);
    }

    @POST
    @Path("/rotate")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Replace your webhook signing secret",
            description = "Webhooks sent from now on, including retries of earlier ones, are signed with the new "
                    + "secret; the old one stops being used at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookSecretResponse.class)))
    public Uni<Response> rotate() {
        return secrets.rotate(callers.current()).map(WebhookSecretResource::privately);
    }

    private static Response privately(String secret) {
        return Response.ok(new WebhookSecretResponse(secret)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @Schema(name = "WebhookSecret")
    public record WebhookSecretResponse(@Schema(examples = "whsec_3q2-7wHK...") String secret) {

        @Override
        public String toString() {
            return "WebhookSecretResponse[secret=…]";
        }
    }
}
