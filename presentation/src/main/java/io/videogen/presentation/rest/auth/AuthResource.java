package io.videogen.presentation.rest.auth;

import jakarta.ws.rs.core.Context;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuthenticateUseCase;
import io.videogen.application.port.in.CompleteMfaSignInUseCase;
import io.videogen.application.port.in.LoginCommand;
import io.videogen.application.port.in.RegisterUserCommand;
import io.videogen.application.port.in.RegisterUserUseCase;
import io.videogen.domain.user.Email;
import io.videogen.domain.feature.Feature;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.RequiresFeature;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, sign-in, token refresh and sign-out: the only API paths that need no token. */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
@PermitAll
public class AuthResource {

    private final RegisterUserUseCase register;
    private final AuthenticateUseCase authenticate;
    private final CompleteMfaSignInUseCase secondFactor;

    public AuthResource(RegisterUserUseCase register, AuthenticateUseCase authenticate,
                        CompleteMfaSignInUseCase secondFactor) {
        this.register = register;
        this.authenticate = authenticate;
        this.secondFactor = secondFactor;
    }

    @POST
    @Path("/register")
    @RequiresFeature(Feature.REGISTRATION)
    @Operation(summary = "Create an account", description = "New accounts get the creator role.")
    public Uni<Response> register(@Valid @NotNull AuthRequests.Register body) {
        RegisterUserCommand command = new RegisterUserCommand(new Email(body.email()), body.password().toCharArray(),
                body.displayName());
        return register.register(command).map(user -> Response.created(URI.create("/api/v1/me"))
                .entity(UserResponse.of(user)).build());
    }

    @POST
    @Path("/token")
    @Operation(summary = "Sign in", description = "Answers a short-lived access token and a single-use refresh token.")
    public Uni<AuthRequests.Tokens> token(@Valid @NotNull AuthRequests.Login body, @Context RoutingContext routing) {
        LoginCommand command = new LoginCommand(new Email(body.email()), body.password().toCharArray(),
                RequestOrigins.of(routing));
        return authenticate.login(command).map(AuthRequests.Tokens::of);
    }

    @POST
    @Path("/token/mfa")
    @Operation(summary = "Finish a sign-in with a second factor",
            description = "After POST /token answered 401 MFA_REQUIRED: its mfaToken (valid 5 minutes, once) with the "
                    + "current code of the authenticator app, or one of the recovery codes. Wrong and replayed codes "
                    + "count as failed sign-ins.")
    public Uni<AuthRequests.Tokens> tokenWithSecondFactor(@Valid @NotNull AuthRequests.SecondFactor body,
                                                          @Context RoutingContext routing) {
        return secondFactor.complete(body.mfaToken(), body.code(), body.recoveryCode(), RequestOrigins.of(routing))
                .map(AuthRequests.Tokens::of);
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens",
            description = "The refresh token stops working; presenting it again revokes every token of its sign-in.")
    public Uni<AuthRequests.Tokens> refresh(@Valid @NotNull AuthRequests.Refresh body, @Context RoutingContext routing) {
        return authenticate.refresh(body.refreshToken(), RequestOrigins.of(routing)).map(AuthRequests.Tokens::of);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out", description = "Revokes the refresh token and every token issued with it.")
    public Uni<Response> logout(@Valid @NotNull AuthRequests.Refresh body, @Context RoutingContext routing) {
        return authenticate.logout(body.refreshToken(), RequestOrigins.of(routing))
                .map(ignored -> Response.noContent().build());
    }
}
