package io.videogen.bootstrap.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.TransactionRunner;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.application.port.out.WebhookDeliveries.Attempt;
import io.videogen.application.port.out.WebhookDeliveries.Claimed;
import io.videogen.application.port.out.WebhookDeliveries.Outcome;
import io.videogen.application.service.CreateVideoService;
import io.videogen.application.service.VideoChanges;
import io.videogen.application.service.VideoLifecycle;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The PostgreSQL outbox, driven by hand (no poller in this profile). */
@QuarkusTest
@TestProfile(ManualWebhooks.class)
class WebhookOutboxTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    CreateVideoService videos;
    @Inject
    VideoLifecycle lifecycle;
    @Inject
    VideoChanges changes;
    @Inject
    VideoRepository repository;
    @Inject
    TransactionRunner transactions;
    @Inject
    WebhookDeliveries outbox;

    private final Caller ana = new Caller(UserId.random(), Set.of(Role.CREATOR));

    @Test
    void twoSendersClaimingAtOnceNeverTakeTheSameDelivery() {
        Set<VideoId> cancelled = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            cancelled.add(cancelledVideo().id());
        }

        List<List<Claimed>> both = Uni.combine().all()
                .unis(outbox.claimDue(4, LEASE), outbox.claimDue(4, LEASE)).asTuple()
                .map(pair -> List.of(pair.getItem1(), pair.getItem2()))
                .await().atMost(Duration.ofSeconds(30));

        List<VideoId> first = ours(both.get(0), cancelled);
        List<VideoId> second = ours(both.get(1), cancelled);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(new HashSet<>(concat(first, second))).isEqualTo(cancelled);
        assertThat(concat(first, second)).hasSize(6);
        assertThat(ours(outbox.claimDue(10, LEASE).await().atMost(Duration.ofSeconds(30)), cancelled)).as("all leased").isEmpty();
    }

    @Test
    void aLostLeaseMakesTheDeliveryDueAgainAndTheLateResultIsIgnored() {
        VideoId video = cancelledVideo().id();
        Claimed slow = claim(video, Duration.ofMillis(200));
        AtomicReference<Claimed> claimedAgain = new AtomicReference<>();

        Eventually.within(Duration.ofSeconds(10), () -> claimedAgain.set(claim(video, LEASE)));

        Claimed again = claimedAgain.get();

        assertThat(again.eventId()).isEqualTo(slow.eventId());
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.claim()).isNotEqualTo(slow.claim());
        assertThat(outbox.record(slow, Attempt.answered(200), Outcome.DELIVERED, Optional.empty())
                .await().atMost(Duration.ofSeconds(30))).as("the first sender lost its lease").isFalse();
        assertThat(outbox.record(again, Attempt.answered(503), Outcome.RETRYING, Optional.of(Duration.ofMinutes(1)))
                .await().atMost(Duration.ofSeconds(30))).isTrue();
        WebhookDeliveries.Log log = outbox.latestFor(List.of(video)).await().atMost(Duration.ofSeconds(30)).get(video);
        assertThat(log.status()).isEqualTo(WebhookDeliveries.Status.PENDING);
        assertThat(log.attempts()).isEqualTo(2);
        assertThat(log.lastResponseCode()).isEqualTo(503);
        assertThat(log.nextAttemptAt()).isAfter(log.lastAttemptAt());
    }

    @Test
    void aSaveThatLosesToANewerVersionSchedulesNothing() {
        Video created = create();
        Video mine = repository.findById(created.id()).await().atMost(Duration.ofSeconds(30)).orElseThrow();
        Video theirs = repository.findById(created.id()).await().atMost(Duration.ofSeconds(30)).orElseThrow();
        List<VideoEvent> cancelled = List.of(mine.cancel(Instant.now()));
        transactions.inTransaction(() -> changes.save(mine, cancelled)).await().atMost(Duration.ofSeconds(30));

        List<VideoEvent> failed = List.of(theirs.fail(new VideoFailure(Stage.SCRIPT,
                FailureCode.SCRIPT_PARSING_FAILED, "late", false, null), Instant.now()));
        assertThatThrownBy(() -> transactions.inTransaction(() -> changes.save(theirs, failed))
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(StaleVersionException.class);

        assertThat(outbox.latestFor(List.of(created.id())).await().atMost(Duration.ofSeconds(30)).get(created.id()).type())
                .isEqualTo("video.cancelled");
        assertThat(ours(outbox.claimDue(50, LEASE).await().atMost(Duration.ofSeconds(30)), Set.of(created.id())))
                .as("exactly one delivery").hasSize(1);
    }

    @Test
    void aChangeThatRollsBackTakesItsDeliveryWithIt() {
        Video video = repository.findById(create().id()).await().atMost(Duration.ofSeconds(30)).orElseThrow();
        List<VideoEvent> cancelled = List.of(video.cancel(Instant.now()));

        assertThatThrownBy(() -> transactions.inTransaction(() -> changes.save(video, cancelled)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the queue refused"))))
                .await().atMost(Duration.ofSeconds(30))).hasMessageContaining("the queue refused");

        assertThat(outbox.latestFor(List.of(video.id())).await().atMost(Duration.ofSeconds(30)))
                .as("the delivery was written in the change's transaction").isEmpty();
        assertThat(repository.findById(video.id()).await().atMost(Duration.ofSeconds(30)).orElseThrow().status())
                .isEqualTo(VideoStatus.QUEUED);
    }

    @Test
    void aRepositorySaveAloneSchedulesNothing() {
        Video video = repository.findById(create().id()).await().atMost(Duration.ofSeconds(30)).orElseThrow();
        video.cancel(Instant.now());

        repository.save(video).await().atMost(Duration.ofSeconds(30));

        assertThat(outbox.latestFor(List.of(video.id())).await().atMost(Duration.ofSeconds(30)))
                .as("webhooks come from the use case's events, not from the repository").isEmpty();
    }

    @Test
    void aVideoThatIsStillRunningHasNoDelivery() {
        Video created = create();

        assertThat(outbox.latestFor(List.of(created.id())).await().atMost(Duration.ofSeconds(30))).isEmpty();
    }

    private Claimed claim(VideoId video, Duration lease) {
        return outbox.claimDue(50, lease).await().atMost(Duration.ofSeconds(30)).stream()
                .filter(claimed -> claimed.video().equals(video)).findFirst()
                .orElseThrow(() -> new AssertionError("no due delivery for video " + video));
    }

    private Video create() {
        VideoDraft draft = new VideoDraft(new VideoTitle("Outbox " + UUID.randomUUID()),
                new ScriptSource.PlainText("Hello outbox."), Map.of(), null, null, null, null,
                CallbackUrl.parse("http://93.184.215.14/hooks/outbox"));
        return videos.create(new CreateVideoCommand(ana, draft)).await().atMost(Duration.ofSeconds(30));
    }

    private Video cancelledVideo() {
        return lifecycle.cancel(create().id(), ana).await().atMost(Duration.ofSeconds(30));
    }

    private static List<VideoId> ours(List<Claimed> claimed, Set<VideoId> videos) {
        return claimed.stream().map(Claimed::video).filter(videos::contains).toList();
    }

    private static List<VideoId> concat(List<VideoId> a, List<VideoId> b) {
        List<VideoId> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
