package io.videogen.bootstrap.webhook;

import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.port.out.WebhookSecretStore;
import io.videogen.application.port.out.WebhookSender;
import io.videogen.application.webhook.WebhookDeliveryLog;
import io.videogen.application.webhook.WebhookDispatcher;
import io.videogen.application.webhook.WebhookRetryPolicy;
import io.videogen.application.webhook.WebhookSecrets;
import io.videogen.infrastructure.webhook.WebhookConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the webhook services of the application from their adapters and {@code videogen.webhooks.*}. */
class WebhookWiring {

    @Produces
    @Singleton
    WebhookSecrets webhookSecrets(WebhookSecretStore store) {
        return new WebhookSecrets(store);
    }

    @Produces
    @Singleton
    WebhookDeliveryLog webhookDeliveryLog(WebhookDeliveries deliveries) {
        return new WebhookDeliveryLog(deliveries);
    }

    @Produces
    @Singleton
    WebhookDispatcher webhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhookSecrets secrets,
                                        Clock clock, VideoMetrics metrics, WebhookConfig config) {
        WebhookRetryPolicy retries = new WebhookRetryPolicy(config.backoffBase(), config.backoffCap(),
                config.maxAttempts(), () -> ThreadLocalRandom.current().nextDouble());
        // an attempt takes at most connect + read timeout (plus a second of slack in the sender);
        // the lease outlasts it comfortably, so a slow receiver is never sent the same event twice at once
        Duration lease = config.connectTimeout().plus(config.readTimeout()).multipliedBy(2).plusSeconds(30);
        return new WebhookDispatcher(deliveries, sender, secrets, retries, clock, metrics, config.batchSize(),
                lease);
    }
}
