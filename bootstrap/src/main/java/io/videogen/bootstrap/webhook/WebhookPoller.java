package io.videogen.bootstrap.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.videogen.application.port.in.DeliverWebhooksUseCase;
import io.videogen.bootstrap.rounds.PeriodicRounds;
import io.videogen.infrastructure.webhook.WebhookConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Looks for due webhooks every {@code videogen.webhooks.poll-interval} in every instance; the
 * outbox leases each delivery to one of them. A round that is still sending when the timer fires
 * again is left to finish; the next round starts after it.
 */
@ApplicationScoped
class WebhookPoller {

    private final PeriodicRounds rounds;

    WebhookPoller(Vertx vertx, DeliverWebhooksUseCase webhooks, WebhookConfig config) {
        this.rounds = new PeriodicRounds(vertx, Logger.getLogger(WebhookPoller.class), "deliver due webhooks",
                config.pollInterval(), webhooks::deliverDue);
    }

    void start(@Observes StartupEvent started) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        rounds.stop();
    }
}
