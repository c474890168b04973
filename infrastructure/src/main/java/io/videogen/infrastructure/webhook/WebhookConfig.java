package io.videogen.infrastructure.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How webhooks are sent: {@code videogen.webhooks.*}. The encryption key of the signing secrets
 * ({@code secret-key}, {@code secret-key-file}) is read by the persistence adapter.
 */
@ConfigMapping(prefix = "videogen.webhooks")
public interface WebhookConfig {

    /**
     * Lets callback URLs reach loopback, private, link-local (metadata), CGNAT and other internal
     * addresses. Off in production; tests turn it on for a receiver on 127.0.0.1.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** The longest wait for the response once connected; the whole attempt is bounded by both timeouts. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** How often each instance looks for due deliveries. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Deliveries one instance sends at once per poll. */
    @WithDefault("20")
    int batchSize();

    /** Attempts before a delivery is marked failed. */
    @WithDefault("10")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles with every further one, up to the cap. */
    @WithDefault("PT10S")
    Duration backoffBase();

    @WithDefault("PT1H")
    Duration backoffCap();
}
