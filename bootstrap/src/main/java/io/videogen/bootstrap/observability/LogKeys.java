package io.videogen.bootstrap.observability;

/**
 * The log-context (MDC) keys of videogen, next to Quarkus's traceId, spanId, parentId and sampled.
 * The text format in application.properties and the JSON log's {@code mdc} object show them.
 */
final class LogKeys {

    static final String REQUEST_ID = "requestId";
    static final String USER_ID = "userId";
    static final String VIDEO_ID = "videoId";

    private LogKeys() {
    }
}
