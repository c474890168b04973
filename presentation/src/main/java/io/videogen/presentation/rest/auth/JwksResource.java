package io.videogen.presentation.rest.auth;

import io.videogen.application.port.in.AuthenticateUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys that verify access tokens, for clients and gateways that check tokens themselves. */
@Path("/.well-known/jwks.json")
@Tag(name = "auth")
@PermitAll
public class JwksResource {

    private final AuthenticateUseCase authenticate;

    public JwksResource(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @GET
    @Produces("application/jwk-set+json")
    @Operation(summary = "Public keys of the access tokens (JSON Web Key Set)")
    public Response keys() {
        return Response.ok(authenticate.publicKeys()).header("Cache-Control", "public, max-age=300").build();
    }
}
