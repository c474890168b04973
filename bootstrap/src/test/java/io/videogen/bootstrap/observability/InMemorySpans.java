package io.videogen.bootstrap.observability;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Unremovable;
import io.videogen.bootstrap.worker.Eventually;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Spans of the test application, collected in memory: Quarkus hands every finished span to the
 * SpanExporter beans it finds ({@code quarkus.otel.traces.exporter=cdi}, the default), and the test
 * profile exports them one by one as they end ({@code quarkus.otel.simple}).
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    @Unremovable
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** Waits (a bounded time: a server span ends just after its response is sent) until a span matches. */
    public static SpanData await(InMemorySpanExporter exporter, Predicate<SpanData> wanted, String what) {
        AtomicReference<SpanData> found = new AtomicReference<>();
        Eventually.within(Duration.ofSeconds(10), () -> found.set(exporter.getFinishedSpanItems().stream()
                .filter(wanted).findFirst().orElseThrow(() -> new AssertionError("no finished span is " + what
                        + "; finished: " + exporter.getFinishedSpanItems().stream().map(SpanData::getName).toList()))));
        return found.get();
    }

    /** Every finished span of one trace. */
    public static List<SpanData> trace(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }
}
