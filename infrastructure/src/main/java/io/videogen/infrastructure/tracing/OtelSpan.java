package io.videogen.infrastructure.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.videogen.application.port.out.Tracing;

/**
 * One OpenTelemetry span behind the Tracing port. It remembers the video and user it works for
 * (from the tags of itself or its ancestors), to put them on log lines while it is active.
 */
final class OtelSpan implements Tracing.Span {

    private final Tracer tracer;
    private final Span span;
    private String videoId;
    private String userId;

    OtelSpan(Tracer tracer, Span span, String videoId, String userId) {
        this.tracer = tracer;
        this.span = span;
        this.videoId = videoId;
        this.userId = userId;
    }

    @Override
    public Tracing.Span child(String name) {
        Span child = tracer.spanBuilder(name).setParent(Context.root().with(span)).startSpan();
        return new OtelSpan(tracer, child, videoId, userId);
    }

    @Override
    public Tracing.Span tag(String key, String value) {
        if (value != null) {
            span.setAttribute(key, value);
            if (Tracing.VIDEO_ID.equals(key)) {
                videoId = value;
            } else if (Tracing.USER_ID.equals(key)) {
                userId = value;
            }
        }
        return this;
    }

    @Override
    public Tracing.Span tag(String key, long value) {
        span.setAttribute(key, value);
        return this;
    }

    @Override
    public Tracing.Span tag(String key, boolean value) {
        span.setAttribute(key, value);
        return this;
    }

    @Override
    public void fail(Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }

    /**
     * Quarkus's context storage puts traceId, spanId, parentId and sampled on the log context when a
     * span becomes current, and restores them when its scope closes; the video and user ids follow here.
     */
    @Override
    public Tracing.Scope activate() {
        io.opentelemetry.context.Scope scope = Context.current().with(span).makeCurrent();
        LogContext.Restore restore = LogContext.put(videoId, userId);
        return () -> {
            restore.run();
            scope.close();
        };
    }

    @Override
    public void end() {
        span.end();
    }

    @Override
    public String context() {
        return OpenTelemetryTracing.serialize(Context.root().with(span));
    }
}
