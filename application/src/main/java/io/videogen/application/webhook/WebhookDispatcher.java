package io.videogen.application.webhook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DeliverWebhooksUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.VideoMetrics.WebhookOutcome;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.port.out.WebhookDeliveries.Attempt;
import io.videogen.application.port.out.WebhookDeliveries.Claimed;
import io.videogen.application.port.out.WebhookDeliveries.Outcome;
import io.videogen.application.port.out.WebhookSender;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends due webhooks from the outbox: each is signed with its owner's current secret when it
 * leaves, and one that is not answered with a 2xx waits and goes again until the retry policy
 * gives up. Any number of processes may run this at once; each delivery is leased to one of them.
 */
public final class WebhookDispatcher implements DeliverWebhooksUseCase {

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhookSecrets secrets;
    private final WebhookRetryPolicy retries;
    private final Clock clock;
    private final VideoMetrics metrics;
    private final int batchSize;
    private final Duration lease;

    /**
     * @param lease how long a claimed delivery is left to its sender; longer than one attempt can
     *              take (connect and read timeouts), so a slow answer is never sent twice
     */
    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhookSecrets secrets,
                             WebhookRetryPolicy retries, Clock clock, VideoMetrics metrics, int batchSize,
                             Duration lease) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a webhook batch holds at least one delivery");
        }
        this.deliveries = deliveries;
        this.sender = sender;
        this.secrets = secrets;
        this.retries = retries;
        this.clock = clock;
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /**
     * Sends every claimed delivery at once. One whose result cannot be recorded (the database went
     * away) does not stop the others; its lease runs out and it goes again, and the round reports
     * the first such failure after all of them finished.
     */
    @Override
    public Uni<Integer> deliverDue() {
        return deliveries.claimDue(batchSize, lease).chain(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return Multi.createFrom().iterable(claimed)
                    .onItem().transformToUniAndMerge(delivery -> attempt(delivery)
                            .map(ignored -> Optional.<Throwable>empty())
                            .onFailure().recoverWithItem(Optional::of))
                    .collect().asList()
                    .map(results -> {
                        results.stream().flatMap(Optional::stream).findFirst().ifPresent(failure -> {
                            throw new IllegalStateException("could not record " + results.stream()
                                    .filter(Optional::isPresent).count() + " of " + results.size()
                                    + " webhook attempts; they go again when their lease ends", failure);
                        });
                        return results.size();
                    });
        });
    }

    private Uni<Outcome> attempt(Claimed delivery) {
        return secrets.secretOf(delivery.owner())
                .chain(secret -> sender.post(delivery.url(), headers(delivery, secret), delivery.body()))
                .onFailure().recoverWithItem(failure -> Attempt.unanswered("not sent: " + describe(failure)))
                .chain(attempt -> {
                    Optional<Duration> retryIn = attempt.succeeded() ? Optional.empty()
                            : retries.delayAfter(delivery.attempt());
                    Outcome outcome = attempt.succeeded() ? Outcome.DELIVERED
                            : retryIn.isPresent() ? Outcome.RETRYING : Outcome.FAILED;
                    return deliveries.record(delivery, attempt, outcome, retryIn)
                            .invoke(() -> metrics.webhookDelivery(attempt.refused() ? WebhookOutcome.REFUSED
                                    : switch (outcome) {
                                        case DELIVERED -> WebhookOutcome.DELIVERED;
                                        case RETRYING -> WebhookOutcome.RETRYING;
                                        case FAILED -> WebhookOutcome.GAVE_UP;
                                    }))
                            .replaceWith(outcome);
                });
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private Map<String, String> headers(Claimed delivery, String secret) {
        long timestamp = clock.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, delivery.body()));
        headers.put(WebhookSignature.EVENT_ID_HEADER, delivery.eventId().toString());
        headers.put(WebhookSignature.EVENT_TYPE_HEADER, delivery.type());
        return headers;
    }
}
