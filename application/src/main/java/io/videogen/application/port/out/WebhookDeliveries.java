package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The webhook outbox. A delivery is scheduled in the transaction that takes its video to a final
 * state (see docs/adr/0008), so it exists exactly when the state change committed; senders in any
 * process claim due deliveries without waiting on each other and record how each attempt went.
 */
public interface WebhookDeliveries {

    /**
     * Adds a delivery, due at once, in the caller's transaction: a change that rolls back takes its
     * delivery with it.
     */
    Uni<Void> schedule(Scheduled delivery);

    /**
     * Leases up to {@code limit} deliveries whose next attempt is due and counts the attempt. A
     * lease that runs out (its sender died mid-attempt) makes the delivery due again.
     */
    Uni<List<Claimed>> claimDue(int limit, Duration lease);

    /**
     * Records the attempt of a claimed delivery: delivered, waiting until {@code retryAt}, or failed
     * for good. Returns false, and changes nothing, when the lease was lost to another sender. Each
     * call is a transaction of its own, so the attempts of one round are recorded side by side and
     * one that cannot be recorded fails alone.
     */
    Uni<Boolean> record(Claimed delivery, Attempt attempt, Outcome outcome, Optional<Duration> retryIn);

    /** The newest delivery of each of these videos that has one. */
    Uni<Map<VideoId, Log>> latestFor(Collection<VideoId> videos);

    enum Outcome { DELIVERED, RETRYING, FAILED }

    enum Status { PENDING, DELIVERED, FAILED }

    /** A delivery to add: the event it announces and the complete body to send. */
    record Scheduled(UUID eventId, VideoId video, UserId owner, String type, URI url, String body) {
    }

    /** A leased delivery; {@code claim} identifies this lease, {@code attempt} counts from 1. */
    record Claimed(UUID eventId, UUID claim, VideoId video, UserId owner, String type, URI url, String body,
                   int attempt) {
    }

    /** How one attempt ended: the response status, or why there was none. */
    record Attempt(OptionalInt responseCode, Optional<String> error, boolean refused) {

        public static Attempt answered(int status) {
            return new Attempt(OptionalInt.of(status), Optional.empty(), false);
        }

        public static Attempt unanswered(String why) {
            return new Attempt(OptionalInt.empty(), Optional.of(why), false);
        }

        /** Not sent at all: the callback's address is one the service must not reach. */
        public static Attempt refused(String why) {
            return new Attempt(OptionalInt.empty(), Optional.of(why), true);
        }

        public boolean succeeded() {
            return responseCode.isPresent() && responseCode.getAsInt() >= 200 && responseCode.getAsInt() < 300;
        }
    }

    /** What the video resource tells about its newest delivery. */
    record Log(String type, Status status, int attempts, Integer lastResponseCode, String lastError,
               Instant lastAttemptAt, Instant nextAttemptAt) {
    }
}
