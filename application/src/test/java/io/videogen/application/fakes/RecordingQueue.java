package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.RenderJob;
import io.videogen.application.port.out.RenderJobQueue;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The render queue in memory, with the PostgreSQL queue's rules: one holder per job, leases that
 * run out on the wall clock, fencing tokens that never repeat, retries until {@link #maxAttempts},
 * then dead. It also remembers what was enqueued and withdrawn.
 */
public final class RecordingQueue implements RenderJobQueue {

    public final List<VideoId> enqueued = new ArrayList<>();
    public final List<VideoId> withdrawn = new ArrayList<>();
    /** Every claim, as "video@token by worker". */
    public final List<String> claims = new ArrayList<>();
    public int maxAttempts = 3;
    private int renewals;

    private final Map<VideoId, Row> rows = new LinkedHashMap<>();
    private long tokens;

    public enum Status { QUEUED, RUNNING, DEAD }

    /** A job as stored. */
    public record Row(Status status, int attempt, long token, String worker, Instant leaseUntil, Instant dueAt,
                      VideoFailure lastError) {
    }

    @Override
    public synchronized Uni<Void> enqueue(VideoId videoId, String traceContext) {
        enqueued.add(videoId);
        rows.put(videoId, new Row(Status.QUEUED, 0, ++tokens, null, null, Instant.now(), null));
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<Optional<RenderJob>> claim(String workerId, Duration lease) {
        Instant now = Instant.now();
        for (Map.Entry<VideoId, Row> entry : rows.entrySet()) {
            Row row = entry.getValue();
            boolean due = row.status == Status.QUEUED && !row.dueAt.isAfter(now);
            boolean expired = row.status == Status.RUNNING && row.leaseUntil.isBefore(now);
            if (due || expired) {
                Row claimed = new Row(Status.RUNNING, row.attempt + 1, ++tokens, workerId, now.plus(lease), row.dueAt,
                        row.lastError);
                entry.setValue(claimed);
                claims.add(entry.getKey() + "@" + claimed.token + " by " + workerId);
                return Uni.createFrom().item(Optional.of(new RenderJob(entry.getKey(), claimed.token, claimed.attempt,
                        workerId, claimed.leaseUntil, null)));
            }
        }
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public synchronized Uni<RenderJob> renewLease(RenderJob job, Duration lease) {
        return held(job).map(row -> {
            Instant until = Instant.now().plus(lease);
            put(job, new Row(row.status, row.attempt, row.token, row.worker, until, row.dueAt, row.lastError));
            renewed();
            return job.renewLease(until);
        });
    }

    private synchronized void renewed() {
        renewals++;
        notifyAll();
    }

    /** How many leases were renewed so far. */
    public synchronized int renewals() {
        return renewals;
    }

    /** Waits until this many leases were renewed in all; false when the time ran out first. */
    public synchronized boolean awaitRenewals(int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (renewals < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized Uni<Void> complete(RenderJob job) {
        return held(job).invoke(row -> rows.remove(job.videoId())).replaceWithVoid();
    }

    @Override
    public synchronized Uni<Void> fail(RenderJob job, VideoFailure failure) {
        return held(job).invoke(row -> {
            boolean again = failure.retryable() && hasAttemptsLeft(job);
            put(job, new Row(again ? Status.QUEUED : Status.DEAD, row.attempt, row.token, null, null,
                    again ? Instant.now().plusSeconds(60) : row.dueAt, failure));
        }).replaceWithVoid();
    }

    @Override
    public boolean hasAttemptsLeft(RenderJob job) {
        return job.attempt() < maxAttempts;
    }

    @Override
    public synchronized Uni<Void> release(RenderJob job) {
        return held(job).invoke(row -> put(job, new Row(Status.QUEUED, row.attempt - 1, row.token, null, null,
                Instant.now(), row.lastError))).replaceWithVoid();
    }

    /** This queue keeps no tasks (renders in these tests never fan out): the job is due again at once. */
    @Override
    public synchronized Uni<Boolean> awaitTasks(RenderJob job) {
        return release(job).replaceWith(false);
    }

    @Override
    public synchronized Uni<Void> confirmHeld(RenderJob job) {
        return held(job).replaceWithVoid();
    }

    @Override
    public synchronized Uni<Void> withdraw(VideoId videoId) {
        withdrawn.add(videoId);
        rows.remove(videoId);
        return Uni.createFrom().voidItem();
    }

    public synchronized Optional<Row> row(VideoId videoId) {
        return Optional.ofNullable(rows.get(videoId));
    }

    /** Lets a job waiting for its retry run now, as if its backoff had passed. */
    public synchronized void makeDue(VideoId videoId) {
        Row row = rows.get(videoId);
        rows.put(videoId, new Row(row.status, row.attempt, row.token, row.worker, row.leaseUntil, Instant.now(),
                row.lastError));
    }

    /** Another worker takes the job over, as after this one's lease ran out. */
    public synchronized void takeOver(VideoId videoId, String otherWorker) {
        Row row = rows.get(videoId);
        rows.put(videoId, new Row(Status.RUNNING, row.attempt + 1, ++tokens, otherWorker,
                Instant.now().plusSeconds(60), row.dueAt, row.lastError));
        claims.add(videoId + "@" + tokens + " by " + otherWorker);
    }

    private Uni<Row> held(RenderJob job) {
        Row row = rows.get(job.videoId());
        if (row == null || row.token != job.fencingToken() || row.status != Status.RUNNING) {
            return Uni.createFrom().failure(new StaleVersionException("render job of video " + job.videoId()));
        }
        return Uni.createFrom().item(row);
    }

    private void put(RenderJob job, Row row) {
        rows.put(job.videoId(), row);
    }
}
