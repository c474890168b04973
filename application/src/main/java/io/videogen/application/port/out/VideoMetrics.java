package io.videogen.application.port.out;

import io.videogen.domain.video.VideoStatus;
import java.time.Duration;

/**
 * Counts what happens to videos, render jobs and webhooks, for operators' dashboards and alerts
 * (docs/operations.md). Every method may be left as it is; none may throw.
 */
public interface VideoMetrics {

    VideoMetrics NONE = new VideoMetrics() {
    };

    /** A client created a video and it was queued. */
    default void videoSubmitted() {
    }

    /** A video reached a final state: completed, failed or cancelled. Other states are ignored. */
    default void videoFinished(VideoStatus finalStatus) {
    }

    /** A render started in this process (counted as in flight until {@link #renderEnded()}). */
    default void renderStarted() {
    }

    default void renderEnded() {
    }

    /**
     * Worker hook: a worker claimed a render job. {@code attempt} is the job's attempt number after the
     * claim (1 for the first run); every attempt above 1 counts as a retry — a backoff after a retryable
     * failure, or a lease taken over from a worker that died.
     */
    default void renderJobClaimed(int attempt) {
    }

    /** Worker hook: a step of a fanned-out render's bookkeeping (claim, settle, progress) took this long. */
    default void fanOutStep(FanOutStep step, Duration took) {
    }

    /** Webhook hook: the outcome of one delivery attempt of a webhook. */
    default void webhookDelivery(WebhookOutcome outcome) {
    }

    enum WebhookOutcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** The attempt failed (error status, timeout, connection); another attempt is scheduled. */
        RETRYING,
        /** The last attempt failed; no more attempts. */
        GAVE_UP,
        /** Not sent: the URL resolved to an address the SSRF policy forbids. */
        REFUSED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
