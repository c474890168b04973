package io.videogen.presentation.rest.auth;

import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the auth endpoints. */
public final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "RegisterRequest")
    public record Register(
            @Schema(examples = "ana@example.com") @NotBlank(message = "email is required") @Size(max = 254) String email,
            @Schema(examples = "correct horse battery staple") @NotBlank(message = "password is required")
            @Size(max = 128, message = "password must have at most 128 characters") String password,
            @Schema(examples = "Ana") @Size(max = 100, message = "displayName must have at most 100 characters")
            String displayName) {

        @Override
        public String toString() {
            return "Register[email=" + email + ", password=***]";
        }
    }

    @Schema(name = "TokenRequest")
    public record Login(@NotBlank(message = "email is required") @Size(max = 254) String email,
                        @NotBlank(message = "password is required") @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "Login[email=" + email + ", password=***]";
        }
    }

    @Schema(name = "RefreshRequest")
    public record Refresh(@NotBlank(message = "refreshToken is required") @Size(max = 200) String refreshToken) {

        @Override
        public String toString() {
            return "Refresh[***]";
        }
    }

    @Schema(name = "MfaTokenRequest", description = "The mfaToken and exactly one of code and recoveryCode")
    public record SecondFactor(@NotBlank(message = "mfaToken is required") @Size(max = 200) String mfaToken,
                               @Schema(examples = "123456") @Pattern(regexp = "\\s*\\d{6}\\s*",
                                       message = "code must be the 6 digits the authenticator app shows") String code,
                               @Schema(examples = "k7p2m-x9qrt") @Size(max = 40) String recoveryCode) {

        @AssertTrue(message = "send either code or recoveryCode, not both")
        @Schema(hidden = true)
        public boolean isOneFactor() {
            return code == null ^ recoveryCode == null;
        }

        @Override
        public String toString() {
            return "SecondFactor[***]";
        }
    }

    @Schema(name = "TokenResponse")
    public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {

        static Tokens of(TokenPair pair) {
            return new Tokens(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds());
        }

        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }
}
