package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;

/** Signing in, refreshing and signing out: access tokens are short-lived JWTs, refresh tokens opaque and single-use. */
public interface AuthenticateUseCase {

    /**
     * Checks the password and starts a new refresh-token family. Too many failures for one account or
     * from one address lock sign-in out for a while ({@link RateLimitedException}).
     */
    Uni<TokenPair> login(LoginCommand command);

    /** Exchanges a refresh token for a new pair; presenting one that was already used revokes its whole family. */
    Uni<TokenPair> refresh(String refreshToken, RequestOrigin origin);

    /** Revokes the refresh token's family; unknown tokens are ignored, so logout never tells whether one existed. */
    Uni<Void> logout(String refreshToken, RequestOrigin origin);

    /** The public keys access tokens are verified with, as a JSON Web Key Set. */
    String publicKeys();

    record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {

        /** Tokens are secrets: a pair that ends up in a log or an exception message shows none. */
        @Override
        public String toString() {
            return "TokenPair[***, expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
