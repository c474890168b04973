package io.videogen.presentation.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Response headers and request size limits the service adds on top of Quarkus's own settings. */
@ConfigMapping(prefix = "videogen.http")
public interface HttpHardeningConfig {

    /**
     * Strict-Transport-Security max-age; unset sends no HSTS header. Set it (e.g. P365D) only when
     * every client reaches the service over HTTPS, typically through a TLS-terminating proxy.
     */
    Optional<Duration> hsts();

    /**
     * The largest body a request other than a multipart upload may have; larger ones answer 413
     * before the body is read. Uploads are bounded by quarkus.http.limits.max-body-size.
     */
    @WithDefault("1M")
    MemorySize maxJsonBody();
}
