package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;

/** Signing in, refreshing and signing out: access tokens are short-lived JWTs, refresh tokens opaque and single-use. */
public interface AuthenticateUseCase {

    /** Checks the password and starts a new refresh-token family. */
    Uni<TokenPair> login(LoginCommand command);

    /** Exchanges a refresh token for a new pair; presenting one that was already used revokes its whole family. */
    Uni<TokenPair> refresh(String refreshToken);

    /** Revokes the refresh token's family; unknown tokens are ignored, so logout never tells whether one existed. */
    Uni<Void> logout(String refreshToken);

    /** The public keys access tokens are verified with, as a JSON Web Key Set. */
    String publicKeys();

    record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {
    }
}
