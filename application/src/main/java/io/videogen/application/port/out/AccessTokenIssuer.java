package io.videogen.application.port.out;

import io.videogen.domain.user.User;
import java.time.Duration;

/** Signs access tokens (JWTs) with the service's current key and publishes the keys that verify them. */
public interface AccessTokenIssuer {

    AccessToken issue(User user);

    /** Every public key a valid token may have been signed with, as a JSON Web Key Set. */
    String publicKeySet();

    record AccessToken(String token, Duration lifetime) {
    }
}
