package io.videogen.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.FixedClock;
import io.videogen.application.port.out.VideoMetrics;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.port.out.WebhookSecretStore;
import io.videogen.application.port.out.WebhookSender;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {

    private static final String BODY = "{\"eventId\":\"e\",\"type\":\"video.completed\"}";

    private final OutboxFake outbox = new OutboxFake();
    private final ReceiverFake receiver = new ReceiverFake();
    private final SecretsFake secretStore = new SecretsFake();
    private final WebhookSecrets secrets = new WebhookSecrets(secretStore);
    private final FixedClock clock = new FixedClock();
    private final List<VideoMetrics.WebhookOutcome> counted = new ArrayList<>();
    private final VideoMetrics metrics = new VideoMetrics() {
        @Override
        public void webhookDelivery(WebhookOutcome outcome) {
            counted.add(outcome);
        }
    };
    private final WebhookDispatcher dispatcher = new WebhookDispatcher(outbox, receiver, secrets,
            new WebhookRetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 3, () -> 1.0), clock, metrics, 10,
            Duration.ofMinutes(1));
    private final UserId ana = UserId.random();

    @Test
    void anAcceptedWebhookIsDeliveredAndSignedWithTheOwnersSecret() {
        outbox.add(ana);
        receiver.answers(204);

        int sent = dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(sent).isEqualTo(1);
        assertThat(outbox.recorded).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(WebhookDeliveries.Outcome.DELIVERED);
            assertThat(record.attempt().responseCode()).hasValue(204);
        });
        Map<String, String> headers = receiver.requests.get(0).headers();
        String secret = secrets.secret(new Caller(ana, Set.of(Role.CREATOR))).await().atMost(Duration.ofSeconds(30));
        long timestamp = Long.parseLong(headers.get("Videogen-Timestamp"));
        assertThat(timestamp).isEqualTo(clock.now().getEpochSecond());
        assertThat(headers.get("Videogen-Signature")).isEqualTo(WebhookSignature.sign(secret, timestamp, BODY));
        assertThat(receiver.requests.get(0).body()).isEqualTo(BODY);
        assertThat(counted).containsExactly(VideoMetrics.WebhookOutcome.DELIVERED);
    }

    @Test
    void aWebhookAnsweredWithAnErrorWaitsAndGoesAgain() {
        outbox.add(ana);
        receiver.answers(500);

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.recorded).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(WebhookDeliveries.Outcome.RETRYING);
            assertThat(record.retryIn()).contains(Duration.ofSeconds(10));
            assertThat(record.attempt().responseCode()).hasValue(500);
        });
        assertThat(counted).containsExactly(VideoMetrics.WebhookOutcome.RETRYING);
    }

    @Test
    void aRedirectIsNotSuccess() {
        outbox.add(ana);
        receiver.answers(302);

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.recorded.get(0).outcome()).isEqualTo(WebhookDeliveries.Outcome.RETRYING);
    }

    @Test
    void theLastAllowedAttemptMarksTheDeliveryFailed() {
        outbox.add(ana, 3);
        receiver.answers(503);

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.recorded.get(0).outcome()).isEqualTo(WebhookDeliveries.Outcome.FAILED);
        assertThat(outbox.recorded.get(0).retryIn()).isEmpty();
        assertThat(counted).containsExactly(VideoMetrics.WebhookOutcome.GAVE_UP);
    }

    @Test
    void aRefusedAddressIsCountedAsRefused() {
        outbox.add(ana);
        receiver.refuses = true;

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.recorded.get(0).outcome()).isEqualTo(WebhookDeliveries.Outcome.RETRYING);
        assertThat(counted).containsExactly(VideoMetrics.WebhookOutcome.REFUSED);
    }

    @Test
    void aSenderThatBreaksCountsAsAnUnansweredAttempt() {
        outbox.add(ana);
        receiver.breaks = true;

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.recorded).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(WebhookDeliveries.Outcome.RETRYING);
            assertThat(record.attempt().responseCode()).isEmpty();
            assertThat(record.attempt().error()).hasValueSatisfying(error -> assertThat(error).contains("socket"));
        });
    }

    @Test
    void aRotatedSecretSignsTheNextAttempt() {
        Caller caller = new Caller(ana, Set.of(Role.CREATOR));
        String old = secrets.secret(caller).await().atMost(Duration.ofSeconds(30));
        String rotated = secrets.rotate(caller).await().atMost(Duration.ofSeconds(30));
        outbox.add(ana);
        receiver.answers(200);

        dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30));

        Map<String, String> headers = receiver.requests.get(0).headers();
        long timestamp = Long.parseLong(headers.get("Videogen-Timestamp"));
        assertThat(rotated).isNotEqualTo(old).startsWith("whsec_");
        assertThat(headers.get("Videogen-Signature")).isEqualTo(WebhookSignature.sign(rotated, timestamp, BODY));
    }

    @Test
    void aResultThatCannotBeRecordedDoesNotStopTheOthers() {
        outbox.add(ana);
        outbox.add(ana);
        receiver.answers(200);
        outbox.failRecording = 1;

        assertThatThrownBy(() -> dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30)))
                .hasMessageContaining("could not record 1 of 2 webhook attempts");
        assertThat(receiver.requests).hasSize(2);
        assertThat(outbox.recorded).singleElement()
                .satisfies(record -> assertThat(record.outcome()).isEqualTo(WebhookDeliveries.Outcome.DELIVERED));
    }

    @Test
    void nothingDueSendsNothing() {
        assertThat(dispatcher.deliverDue().await().atMost(Duration.ofSeconds(30))).isZero();
        assertThat(receiver.requests).isEmpty();
    }

    record Recorded(WebhookDeliveries.Claimed delivery, WebhookDeliveries.Attempt attempt,
                    WebhookDeliveries.Outcome outcome, Optional<Duration> retryIn) {
    }

    static final class OutboxFake implements WebhookDeliveries {
        final List<Claimed> due = new ArrayList<>();
        final List<Recorded> recorded = new ArrayList<>();
        int failRecording;

        void add(UserId owner) {
            add(owner, 1);
        }

        void add(UserId owner, int attempt) {
            due.add(new Claimed(UUID.randomUUID(), UUID.randomUUID(), VideoId.random(), owner, "video.completed",
                    URI.create("https://hooks.example.com/in"), BODY, attempt));
        }

        @Override
        public Uni<Void> schedule(Scheduled delivery) {
            throw new UnsupportedOperationException("the dispatcher only sends");
        }

        @Override
        public Uni<List<Claimed>> claimDue(int limit, Duration lease) {
            List<Claimed> claimed = List.copyOf(due);
            due.clear();
            return Uni.createFrom().item(claimed);
        }

        @Override
        public Uni<Boolean> record(Claimed delivery, Attempt attempt, Outcome outcome, Optional<Duration> retryIn) {
            if (failRecording > 0) {
                failRecording--;
                return Uni.createFrom().failure(new IllegalStateException("connection to the database lost"));
            }
            recorded.add(new Recorded(delivery, attempt, outcome, retryIn));
            return Uni.createFrom().item(true);
        }

        @Override
        public Uni<Map<VideoId, Log>> latestFor(Collection<VideoId> videos) {
            return Uni.createFrom().item(Map.of());
        }
    }

    record Request(URI url, Map<String, String> headers, String body) {
    }

    static final class ReceiverFake implements WebhookSender {
        final List<Request> requests = new ArrayList<>();
        final Deque<Integer> statuses = new ArrayDeque<>();
        boolean breaks;
        boolean refuses;

        void answers(int status) {
            statuses.add(status);
        }

        @Override
        public Uni<WebhookDeliveries.Attempt> post(URI url, Map<String, String> headers, String jsonBody) {
            requests.add(new Request(url, Map.copyOf(headers), jsonBody));
            if (breaks) {
                return Uni.createFrom().failure(new IllegalStateException("socket closed"));
            }
            if (refuses) {
                return Uni.createFrom().item(WebhookDeliveries.Attempt.refused("refused: 10.0.0.1 is private"));
            }
            int status = statuses.size() > 1 ? statuses.remove() : statuses.element();
            return Uni.createFrom().item(WebhookDeliveries.Attempt.answered(status));
        }
    }

    static final class SecretsFake implements WebhookSecretStore {
        final Map<UserId, String> secrets = new ConcurrentHashMap<>();

        @Override
        public Uni<String> findOrCreate(UserId user, String candidate) {
            return Uni.createFrom().item(secrets.computeIfAbsent(user, ignored -> candidate));
        }

        @Override
        public Uni<Void> replace(UserId user, String secret) {
            secrets.put(user, secret);
            return Uni.createFrom().voidItem();
        }
    }
}
