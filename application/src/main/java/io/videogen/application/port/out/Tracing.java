package io.videogen.application.port.out;

import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;

/**
 * One trace per video, from its POST through the queue to the last FFmpeg pass. The application
 * says what work it does and under which parent; the adapter records it (OpenTelemetry) and puts
 * the trace, span, video and user ids on the log lines written while a span is active.
 *
 * <p>Parents are passed explicitly rather than found in thread-local state, because a render hops
 * between event-loop and worker threads. A trace crosses the render queue as text: the W3C
 * {@code traceparent} (and {@code tracestate}) of the span that queued the job.
 */
public interface Tracing {

    /** Attribute naming the video a span works on; also put on log lines as {@code videoId}. */
    String VIDEO_ID = "videogen.video.id";
    /** Attribute naming the user a span works for; also put on log lines as {@code userId}. */
    String USER_ID = "enduser.id";

    Tracing NONE = new Tracing() {
        @Override
        public String currentContext() {
            return null;
        }

        @Override
        public Span start(String name, String parentContext) {
            return Span.NONE;
        }

        @Override
        public void identify(VideoId video, UserId user) {
        }
    };

    /**
     * The current span as text to store with a job (at most 512 characters), or null when nothing
     * is being traced. Ask on the caller's thread, before the work hops elsewhere.
     */
    String currentContext();

    /**
     * Starts a span whose parent is the stored context, or the current span when the context is
     * null, or a new trace when neither exists. A malformed context starts a new trace.
     */
    Span start(String name, String parentContext);

    /** Names the video the current request works on, and for whom, on its span and its log lines. */
    void identify(VideoId video, UserId user);

    /** A unit of work in a trace. Ending it more than once has no further effect. */
    interface Span {

        Span NONE = new Span() {
        };

        /** A span under this one. */
        default Span child(String name) {
            return NONE;
        }

        default Span tag(String key, String value) {
            return this;
        }

        default Span tag(String key, long value) {
            return this;
        }

        default Span tag(String key, boolean value) {
            return this;
        }

        /** Records the failure on the span and marks the span as failed. */
        default void fail(Throwable failure) {
        }

        /**
         * Makes this span the current one on this thread until the scope closes: spans that libraries
         * start (HTTP clients, SQL) nest under it, and log lines carry its ids.
         */
        default Scope activate() {
            return Scope.NONE;
        }

        default void end() {
        }

        /** This span as text to store, like {@link Tracing#currentContext()}; null when not traced. */
        default String context() {
            return null;
        }
    }

    /** What {@link Span#activate()} returns; closing it restores what was current before. */
    interface Scope extends AutoCloseable {

        Scope NONE = () -> {
        };

        @Override
        void close();
    }
}
