package io.videogen.infrastructure.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import io.videogen.application.port.out.Tracing;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * The Tracing port on OpenTelemetry, exported by Quarkus (OTLP, {@code quarkus.otel.*}). A stored
 * trace context is the W3C {@code traceparent} line, followed by a newline and the {@code tracestate}
 * when there is one and both fit the 512 characters of {@code render_jobs.trace_context}. (Inside
 * this class {@code Span} is the port's span; OpenTelemetry's is written out in full.)
 */
@ApplicationScoped
class OpenTelemetryTracing implements Tracing {

    static final int MAX_CONTEXT_LENGTH = 512;
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private final Tracer tracer;

    OpenTelemetryTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String currentContext() {
        return serialize(Context.current());
    }

    @Override
    public Span start(String name, String parentContext) {
        Context parent = parentContext != null ? parse(parentContext) : Context.current();
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(name).setParent(parent)
                .setSpanKind(parentContext != null ? SpanKind.CONSUMER : SpanKind.INTERNAL)
                .startSpan();
        return new OtelSpan(tracer, span, null, null);
    }

    /**
     * Tags the current span; the log context is set only inside a request (a Vert.x duplicated context,
     * where Quarkus keeps the MDC per request), so nothing lingers on a pooled thread afterwards.
     */
    @Override
    public void identify(VideoId video, UserId user) {
        io.opentelemetry.api.trace.Span current = io.opentelemetry.api.trace.Span.current();
        current.setAttribute(VIDEO_ID, video.toString());
        if (user != null) {
            current.setAttribute(USER_ID, user.toString());
        }
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx != null && VertxContext.isDuplicatedContext(vertx)) {
            MDC.put(LogContext.VIDEO_ID, video.toString());
            if (user != null) {
                MDC.put(LogContext.USER_ID, user.toString());
            }
        }
    }

    static String serialize(Context context) {
        if (!io.opentelemetry.api.trace.Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String traceparent = carrier.get("traceparent");
        String tracestate = carrier.get("tracestate");
        if (tracestate == null || tracestate.isEmpty()) {
            return traceparent;
        }
        String both = traceparent + "\n" + tracestate;
        return both.length() <= MAX_CONTEXT_LENGTH ? both : traceparent;
    }

    /** A stored context as the parent of new spans; anything unreadable gives a context with no span. */
    static Context parse(String stored) {
        Map<String, String> carrier = new HashMap<>();
        int newline = stored.indexOf('\n');
        carrier.put("traceparent", (newline < 0 ? stored : stored.substring(0, newline)).strip());
        if (newline >= 0) {
            carrier.put("tracestate", stored.substring(newline + 1).strip());
        }
        return W3C.extract(Context.root(), carrier, MapGetter.INSTANCE);
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
