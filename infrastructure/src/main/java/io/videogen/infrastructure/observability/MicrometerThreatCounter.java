package io.videogen.infrastructure.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.videogen.application.port.out.ThreatCounter;
import io.videogen.domain.audit.ThreatKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** {@code videogen_threats_total{kind}}, every kind registered at 0 so an alert's rate starts from a value. */
@ApplicationScoped
class MicrometerThreatCounter implements ThreatCounter {

    private final Map<ThreatKind, Counter> counters = new EnumMap<>(ThreatKind.class);

    MicrometerThreatCounter(MeterRegistry registry) {
        for (ThreatKind kind : ThreatKind.values()) {
            counters.put(kind, Counter.builder("videogen.threats")
                    .description("Attack patterns the threat detectors recognised")
                    .tag("kind", kind.label())
                    .register(registry));
        }
    }

    @Override
    public void detected(ThreatKind kind) {
        counters.get(kind).increment();
    }
}
