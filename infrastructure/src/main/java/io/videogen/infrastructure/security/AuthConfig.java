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

    /** Where the signing keys live; by default {@code <data-dir>/keys}, set by the bootstrap before start. */
    Path keyDirectory();
}
