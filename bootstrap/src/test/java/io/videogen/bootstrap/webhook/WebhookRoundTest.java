package io.videogen.bootstrap.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.port.out.WebhookDeliveries.Log;
import io.videogen.application.port.out.WebhookDeliveries.Scheduled;
import io.videogen.application.port.out.WebhookDeliveries.Status;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One round of the poller sends the deliveries it claimed side by side, each on its own: what goes
 * wrong with one of them is that one's business. Shorter than the lease
 * ({@code 2 × (connect + read timeout) + 30 s}), so a delivery held up until its lease ran out fails here.
 */
@QuarkusTest
class WebhookRoundTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    WebhookDeliveries deliveries;
    @Inject
    TransactionRunner transactions;

    private Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    /**
     * A delivery whose secret cannot be made (its owner has no account: the secret's foreign key
     * refuses it) once shared the transaction of the others of its round and aborted it, so none of
     * them was sent or recorded, and all of them waited for their lease to run out (the fresh-clone
     * CI of session 17 saw a webhook arrive 46 s late).
     */
    @Test
    void aDeliveryThatCannotBeSignedDoesNotHoldUpTheOthersOfItsRound() throws Exception {
        Accounts.Account ana = Accounts.signUp();
        String body = "{\"type\":\"video.cancelled\"}";
        Scheduled orphan = new Scheduled(UUID.randomUUID(), VideoId.random(), new UserId(UUID.randomUUID()),
                "video.cancelled", URI.create(receiver.url("/hooks/orphan")), body);
        Scheduled neighbour = new Scheduled(UUID.randomUUID(), VideoId.random(), new UserId(UUID.fromString(ana.id())),
                "video.cancelled", URI.create(receiver.url("/hooks/neighbour")), body);

        // one transaction: both are due from the same moment, so one round claims both
        transactions.inTransaction(() -> deliveries.schedule(orphan).chain(() -> deliveries.schedule(neighbour)))
                .await().atMost(PATIENCE);

        Receiver.Request hook = receiver.expect("/hooks/neighbour", PATIENCE,
                "the webhook claimed in the same round as one whose owner has no account");
        assertThat(hook.eventId()).isEqualTo(neighbour.eventId().toString());
        assertThat(hook.signature()).as("signed with its owner's secret").startsWith("v1=");
        AtomicReference<Log> log = new AtomicReference<>();
        Eventually.within(PATIENCE, () -> {
            log.set(deliveries.latestFor(List.of(neighbour.video())).await().atMost(PATIENCE).get(neighbour.video()));
            assertThat(log.get().status()).as("the neighbour's delivery recorded: %s", log.get())
                    .isEqualTo(Status.DELIVERED);
        });
        assertThat(log.get().attempts()).as("delivered at its first attempt, the orphan's failure not its own: %s",
                log.get()).isEqualTo(1);
        assertThat(receiver.count("/hooks/orphan")).as("a webhook that cannot be signed is never sent").isZero();
    }
}
