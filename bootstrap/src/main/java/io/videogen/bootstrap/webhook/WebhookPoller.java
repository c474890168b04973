package io.videogen.bootstrap.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.videogen.application.port.in.DeliverWebhooksUseCase;
import io.videogen.infrastructure.webhook.WebhookConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Looks for due webhooks every {@code videogen.webhooks.poll-interval} in every instance; the
 * outbox leases each delivery to one of them. A round that is still sending when the timer fires
 * again is left to finish; the next round starts after it.
 */
@ApplicationScoped
class WebhookPoller {

    private static final Logger LOG = Logger.getLogger(WebhookPoller.class);

    private final Vertx vertx;
    private final DeliverWebhooksUseCase webhooks;
    private final WebhookConfig config;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set while rounds fail, so an outage is logged once when it starts and once when it ends. */
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile long timer = -1;

    WebhookPoller(Vertx vertx, DeliverWebhooksUseCase webhooks, WebhookConfig config) {
        this.vertx = vertx;
        this.webhooks = webhooks;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(Math.max(1, config.pollInterval().toMillis()), id -> poll());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    private void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        webhooks.deliverDue().subscribe().with(sent -> {
            running.set(false);
            if (failing.compareAndSet(true, false)) {
                LOG.info("delivering due webhooks again");
            }
        }, failure -> {
            running.set(false);
            if (failing.compareAndSet(false, true)) {
                LOG.warnf("could not deliver due webhooks, retrying every %s until it works: %s",
                        config.pollInterval(), failure.toString());
            }
        });
    }
}
