package io.videogen.presentation.rest.auth;

import jakarta.ws.rs.core.Context;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageMfaUseCase;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's second factor (TOTP). */
@Path("/api/v1/me/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
@RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
public class MfaResource {

    private final ManageMfaUseCase mfa;
    private final CallerResolver callers;

    public MfaResource(ManageMfaUseCase mfa, CallerResolver callers) {
        this.mfa = mfa;
        this.callers = callers;
    }

    @POST
    @Path("/totp")
    @Operation(summary = "Start enrolling an authenticator app",
            description = "Answers a new secret and its otpauth:// URI (show it as a QR code). MFA is on only after "
                    + "POST /totp/confirm with a code from the app; enrolling again before that replaces the secret.")
    public Uni<Enrolment> enrol(@Context RoutingContext routing) {
        return mfa.enrol(callers.current(), RequestOrigins.of(routing))
                .map(enrolment -> new Enrolment(enrolment.secret(), enrolment.otpauthUri()));
    }

    @POST
    @Path("/totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn MFA on with a code from the app",
            description = "Answers ten single-use recovery codes, shown only this once: keep them somewhere safe.")
    public Uni<RecoveryCodes> confirm(@Valid @NotNull Code body, @Context RoutingContext routing) {
        return mfa.confirm(callers.current(), body.code().strip(), RequestOrigins.of(routing)).map(RecoveryCodes::new);
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn MFA off", description = "Takes a current code from the app, or a recovery code.")
    public Uni<Response> disable(@Valid @NotNull Code body, @Context RoutingContext routing) {
        return mfa.disable(callers.current(), body.code().strip(), RequestOrigins.of(routing))
                .map(ignored -> Response.noContent().build());
    }

    @Schema(name = "MfaEnrolment")
    public record Enrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "Enrolment[***]";
        }
    }

    @Schema(name = "MfaCodeRequest")
    public record Code(@Schema(examples = "123456") @NotBlank(message = "code is required")
                       @Size(max = 40, message = "code is the 6 digits of the app or a recovery code") String code) {

        @Override
        public String toString() {
            return "Code[***]";
        }
    }

    @Schema(name = "MfaRecoveryCodes")
    public record RecoveryCodes(List<String> recoveryCodes) {

        @Override
        public String toString() {
            return "RecoveryCodes[***]";
        }
    }
}
