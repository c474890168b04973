package io.videogen.infrastructure.ai;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.videogen.domain.provider.Capability;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The metrics of provider calls: {@code videogen_provider_requests_total{provider,capability,outcome}},
 * {@code videogen_provider_request_duration_seconds} (histogram) and
 * {@code videogen_provider_circuit_state} (0 closed, 1 open, 2 half-open).
 */
public final class ProviderMeters {

    /** How a guarded call ended. */
    public enum Outcome {
        SUCCESS, ERROR, TIMEOUT, CIRCUIT_OPEN, BULKHEAD_FULL, INVALID;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public ProviderMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String provider, Capability capability, Outcome outcome) {
        Counter.builder("videogen.provider.requests").description("Calls to AI providers, by how they ended")
                .tag("provider", provider).tag("capability", capability.key()).tag("outcome", outcome.tag())
                .register(registry).increment();
    }

    public void time(String provider, Capability capability, Duration took) {
        Timer.builder("videogen.provider.request.duration").description("How long calls to AI providers took")
                .tag("provider", provider).tag("capability", capability.key())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry).record(took);
    }

    /** Registers the circuit gauge; the returned holder is set on every state change. */
    public AtomicInteger circuitGauge(String provider, Capability capability) {
        AtomicInteger state = new AtomicInteger();
        io.micrometer.core.instrument.Gauge.builder("videogen.provider.circuit.state", state, AtomicInteger::get)
                .description("Circuit breaker of a provider's capability: 0 closed, 1 open, 2 half-open")
                .tag("provider", provider).tag("capability", capability.key()).register(registry);
        return state;
    }

    public void fallback(Capability capability, String provider) {
        Counter.builder("videogen.provider.fallbacks").description(
                        "Calls served by a later link of a capability's chain because an earlier one failed")
                .tag("capability", capability.key()).tag("provider", provider).register(registry).increment();
    }

    public void served(Capability capability) {
        Counter.builder("videogen.provider.chain.calls").description("Calls to a capability's provider chain")
                .tag("capability", capability.key()).register(registry).increment();
    }

    public void exhausted(Capability capability) {
        Counter.builder("videogen.provider.chain.exhausted").description(
                        "Calls for which every link of a capability's chain failed")
                .tag("capability", capability.key()).register(registry).increment();
    }
}
