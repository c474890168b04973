package io.videogen.presentation.rest.auth;

import jakarta.ws.rs.core.Context;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuthenticateUseCase;
import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import io.videogen.application.port.in.CompleteMfaSignInUseCase;
import io.videogen.application.port.in.LoginCommand;
import io.videogen.domain.user.Email;
import io.videogen.presentation.security.RequestOrigins;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in for browsers: the same tokens as {@code /auth/token}, but the refresh token travels only
 * in an HttpOnly cookie that page scripts cannot read, and the access token stays in the page's
 * memory. Refreshing and signing out with the cookie need the CSRF header (docs/adr/0011).
 */
@Path("/api/v1/auth/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
@PermitAll
public class SessionResource {

    private final AuthenticateUseCase authenticate;
    private final CompleteMfaSignInUseCase secondFactor;

    public SessionResource(AuthenticateUseCase authenticate, CompleteMfaSignInUseCase secondFactor) {
        this.authenticate = authenticate;
        this.secondFactor = secondFactor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in a browser",
            description = "Answers the access token; the refresh token is set as an HttpOnly, Secure, SameSite=Strict "
                    + "cookie scoped to /api/v1/auth/session, beside a readable CSRF cookie for the X-CSRF-Token header.")
    @APIResponse(responseCode = "200", description = "Signed in; cookies set")
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    public Uni<Response> signIn(@Valid @NotNull AuthRequests.Login body, @Context RoutingContext routing) {
        LoginCommand command = new LoginCommand(new Email(body.email()), body.password().toCharArray(),
                RequestOrigins.of(routing));
        return authenticate.login(command).map(SessionResource::started);
    }

    @POST
    @Path("/mfa")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish a browser's sign-in with a second factor",
            description = "After POST /api/v1/auth/session answered 401 MFA_REQUIRED: its mfaToken with the current "
                    + "code of the authenticator app, or a recovery code. Sets the cookies like a sign-in.")
    @APIResponse(responseCode = "200", description = "Signed in; cookies set")
    @APIResponse(responseCode = "401", description = "A wrong, replayed or expired code or mfaToken")
    public Uni<Response> signInWithSecondFactor(@Valid @NotNull AuthRequests.SecondFactor body,
                                                @Context RoutingContext routing) {
        return secondFactor.complete(body.mfaToken(), body.code(), body.recoveryCode(), RequestOrigins.of(routing))
                .map(SessionResource::started);
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Refresh a browser's access token with its cookie",
            description = "Needs the refresh cookie and X-CSRF-Token with the value of the videogen_csrf cookie. "
                    + "Both cookies are replaced: the refresh token is single-use.")
    @APIResponse(responseCode = "200", description = "A new access token; cookies replaced")
    @APIResponse(responseCode = "401", description = "No session cookie, or the session ended")
    @APIResponse(responseCode = "403", description = "X-CSRF-Token missing or wrong")
    public Uni<Response> refresh(
            @Parameter(hidden = true) @CookieParam(SessionCookies.REFRESH) String refreshToken,
            @Parameter(description = "The value of the videogen_csrf cookie") @HeaderParam(SessionCookies.CSRF_HEADER)
            String csrf,
            @Context RoutingContext routing) {
        SessionCookies.checkCsrf(refreshToken, csrf);
        return authenticate.refresh(refreshToken, RequestOrigins.of(routing)).map(SessionResource::started);
    }

    @DELETE
    @Operation(summary = "Sign a browser out", description = "Revokes the session's tokens and clears its cookies. "
            + "Needs X-CSRF-Token like refresh; without a session cookie it only clears them.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "X-CSRF-Token missing or wrong")
    public Uni<Response> signOut(
            @Parameter(hidden = true) @CookieParam(SessionCookies.REFRESH) String refreshToken,
            @HeaderParam(SessionCookies.CSRF_HEADER) String csrf,
            @Context RoutingContext routing) {
        if (refreshToken == null || refreshToken.isEmpty()) {
            return Uni.createFrom().item(SessionCookies.cleared(Response.noContent()).build());
        }
        SessionCookies.checkCsrf(refreshToken, csrf);
        return authenticate.logout(refreshToken, RequestOrigins.of(routing))
                .map(ignored -> SessionCookies.cleared(Response.noContent()).build());
    }

    private static Response started(TokenPair pair) {
        return SessionCookies.set(Response.ok(new AccessToken(pair.accessToken(), "Bearer", pair.expiresInSeconds())),
                pair.refreshToken()).build();
    }

    /** A browser session's access token; its refresh token is in the cookie. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SessionResponse")
    public record AccessToken(String accessToken, String tokenType, long expiresIn) {

        @Override
        public String toString() {
            return "AccessToken[***]";
        }
    }
}
