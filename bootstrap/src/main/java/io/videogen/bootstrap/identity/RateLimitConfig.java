package io.videogen.bootstrap.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request rate limits per route group: a bucket of {@code capacity} requests that refills at
 * {@code per-minute}. Signed-in requests count per user, anonymous ones and sign-in per address.
 * The defaults are in application.properties, where operators see them.
 */
@ConfigMapping(prefix = "videogen.rate-limit")
interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** register, token, refresh, logout */
    Limit auth();

    /** POST /api/v1/videos */
    Limit createVideo();

    /** GET and HEAD */
    Limit read();

    /** every other change */
    Limit write();

    interface Limit {
        int capacity();

        int perMinute();
    }
}
