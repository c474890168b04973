package io.videogen.presentation.rest.auth;

import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import jakarta.validation.constraints.NotBlank;
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
