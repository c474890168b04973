package io.videogen.infrastructure.tracing;

import org.jboss.logging.MDC;

/** The log-context (MDC) keys this package sets next to Quarkus's traceId and spanId. */
final class LogContext {

    static final String VIDEO_ID = "videoId";
    static final String USER_ID = "userId";

    private LogContext() {
    }

    /** Sets the given (non-null) ids and returns what puts the previous values back. */
    static Restore put(String videoId, String userId) {
        Object previousVideo = videoId != null ? MDC.get(VIDEO_ID) : null;
        Object previousUser = userId != null ? MDC.get(USER_ID) : null;
        if (videoId != null) {
            MDC.put(VIDEO_ID, videoId);
        }
        if (userId != null) {
            MDC.put(USER_ID, userId);
        }
        return () -> {
            if (videoId != null) {
                restore(VIDEO_ID, previousVideo);
            }
            if (userId != null) {
                restore(USER_ID, previousUser);
            }
        };
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    @FunctionalInterface
    interface Restore {
        void run();
    }
}
