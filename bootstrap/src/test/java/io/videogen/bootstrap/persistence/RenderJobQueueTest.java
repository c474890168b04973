package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against the default retry settings: 5 attempts, 2 s base delay. */
@QuarkusTest
class RenderJobQueueTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final VideoFailure TIMEOUT = new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED,
            "the voice engine timed out", true, null);

    @Inject
    RenderJobQueue queue;
    @Inject
    Pool pool;

    private RenderJobRows rows;

    @BeforeEach
    void emptyQueue() {
        rows = new RenderJobRows(pool);
        rows.clear();
    }

    @Test
    void anEnqueuedJobIsClaimedOnceWithALeaseAndAFencingToken() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, "00-trace-01"));

        RenderJob job = await(queue.claim("worker-a", LEASE)).orElseThrow();

        assertThat(job.videoId()).isEqualTo(video);
        assertThat(job.workerId()).isEqualTo("worker-a");
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.traceContext()).isEqualTo("00-trace-01");
        assertThat(job.leaseUntil()).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(70));
        assertThat(await(queue.claim("worker-b", LEASE))).isEmpty();
    }

    @Test
    void concurrentClaimersNeverGetTheSameJob() throws Exception {
        List<VideoId> videos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            videos.add(VideoId.random());
            await(queue.enqueue(videos.get(i), null));
        }
        ExecutorService workers = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<RenderJob>>> claims = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String worker = "worker-" + i;
                Callable<Optional<RenderJob>> claim = () -> {
                    start.await();
                    return await(queue.claim(worker, LEASE));
                };
                claims.add(workers.submit(claim));
            }
            start.countDown();
            List<VideoId> claimed = new ArrayList<>();
            for (Future<Optional<RenderJob>> claim : claims) {
                claim.get().ifPresent(job -> claimed.add(job.videoId()));
            }

            assertThat(claimed).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(videos);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldHolderIsFencedOff() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));
        RenderJob lost = await(queue.claim("slow-worker", Duration.ofMillis(200))).orElseThrow();
        rows.passTime(video, Duration.ofMillis(400));

        RenderJob taken = await(queue.claim("fast-worker", LEASE)).orElseThrow();

        assertThat(taken.videoId()).isEqualTo(video);
        assertThat(taken.fencingToken()).isGreaterThan(lost.fencingToken());
        assertThat(taken.attempt()).isEqualTo(2);
        assertThatThrownBy(() -> await(queue.complete(lost))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(queue.renewLease(lost, LEASE))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> await(queue.fail(lost, TIMEOUT))).isInstanceOf(StaleVersionException.class);
        await(queue.complete(taken));
        assertThat(rows.find(video)).isEmpty();
    }

    @Test
    void aRenewedLeaseKeepsTheJobFromOtherWorkers() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));
        RenderJob job = await(queue.claim("worker-a", Duration.ofMillis(300))).orElseThrow();

        RenderJob renewed = await(queue.renewLease(job, LEASE));
        rows.passTime(video, Duration.ofMillis(500));

        assertThat(renewed.leaseUntil()).isAfter(job.leaseUntil());
        assertThat(renewed.fencingToken()).isEqualTo(job.fencingToken());
        assertThat(await(queue.claim("worker-b", LEASE))).isEmpty();
    }

    @Test
    void aFailedJobWaitsWithGrowingBackoffAndIsDeadAfterTheLastAttempt() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));

        RenderJob first = await(queue.claim("worker", LEASE)).orElseThrow();
        await(queue.fail(first, TIMEOUT));
        RenderJobRows.Stored waiting = rows.find(video).orElseThrow();
        assertThat(waiting.status()).isEqualTo("queued");
        assertThat(waiting.secondsUntilDue()).isBetween(0.5, 2.0);
        assertThat(waiting.lastError()).contains("SPEECH_SYNTHESIS_FAILED");
        assertThat(await(queue.claim("impatient-worker", LEASE))).as("not due before its backoff").isEmpty();

        for (int attempt = 2; attempt <= 5; attempt++) {
            rows.makeDue(video);
            RenderJob again = await(queue.claim("worker", LEASE)).orElseThrow();
            assertThat(again.attempt()).isEqualTo(attempt);
            await(queue.fail(again, TIMEOUT));
        }

        RenderJobRows.Stored dead = rows.find(video).orElseThrow();
        assertThat(dead.status()).isEqualTo("dead");
        assertThat(dead.attempt()).isEqualTo(5);
        assertThat(dead.lastError()).contains("the voice engine timed out");
        rows.makeDue(video);
        assertThat(await(queue.claim("worker", LEASE))).isEmpty();
    }

    @Test
    void theSecondRetryWaitsLongerThanTheFirst() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));
        await(queue.fail(await(queue.claim("worker", LEASE)).orElseThrow(), TIMEOUT));
        rows.makeDue(video);

        await(queue.fail(await(queue.claim("worker", LEASE)).orElseThrow(), TIMEOUT));

        assertThat(rows.find(video).orElseThrow().secondsUntilDue()).isBetween(1.5, 4.0);
    }

    @Test
    void aFailureThatARetryCannotFixEndsTheJobAtOnce() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));
        RenderJob job = await(queue.claim("worker", LEASE)).orElseThrow();

        await(queue.fail(job, new VideoFailure(Stage.SCRIPT, FailureCode.SCRIPT_PARSING_FAILED, "nothing to say",
                false, 0)));

        assertThat(rows.find(video).orElseThrow().status()).isEqualTo("dead");
    }

    @Test
    void enqueueingADeadJobAgainStartsItAfreshAndFencesOffOldTokens() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));
        RenderJob old = await(queue.claim("worker", LEASE)).orElseThrow();
        await(queue.fail(old, new VideoFailure(Stage.SCRIPT, FailureCode.SCRIPT_PARSING_FAILED, "bad", false, null)));

        await(queue.enqueue(video, null));
        RenderJob fresh = await(queue.claim("worker", LEASE)).orElseThrow();

        assertThat(fresh.attempt()).isEqualTo(1);
        assertThat(fresh.fencingToken()).isGreaterThan(old.fencingToken() + 1);
        assertThat(rows.find(video).orElseThrow().lastError()).isNull();
    }

    @Test
    void aWithdrawnJobIsNeverClaimed() {
        VideoId video = VideoId.random();
        await(queue.enqueue(video, null));

        await(queue.withdraw(video));

        assertThat(await(queue.claim("worker", LEASE))).isEmpty();
        assertThat(rows.find(video)).isEmpty();
    }
}
