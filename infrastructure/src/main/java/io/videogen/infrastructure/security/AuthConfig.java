package io.videogen.infrastructure.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Token settings. The verifier (mp.jwt.verify.*) reads the same issuer and audience in application.properties. */
@ConfigMapping(prefix = "videogen.auth")
public interface AuthConfig {

    /** The {@code iss} of every access token. */
    @WithDefault("videogen")
    String issuer();

    /** The {@code aud} of every access token. */
    @WithDefault("videogen-api")
    String audience();

    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** How long one signing key signs before a new one is made (at the next start). */
    @WithDefault("P90D")
    Duration keyRotation();

    /**
     * bcrypt's cost for passwords set from now on, 4 to 31 (the log2 of its rounds); each step doubles
     * the work of a sign-in and of guessing a password. A stored hash keeps the cost it was made with.
     */
    @WithDefault("12")
    int passwordCost();

    /** Where the signing keys live; by default {@code <data-dir>/keys}, set by the bootstrap before start. */
    Path keyDirectory();
}
