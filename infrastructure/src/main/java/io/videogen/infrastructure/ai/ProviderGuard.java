package io.videogen.infrastructure.ai;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.videogen.application.port.out.ProviderDirectory.CircuitState;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.domain.provider.Capability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * SmallRye Fault Tolerance around one provider's capability: retry (outermost) → circuit breaker →
 * timeout → bulkhead → the fleet's rate limit → the HTTP call. Whatever fails comes out as a
 * {@link ProviderUnavailableException} that says why and when to try again; outcomes and latency go to
 * the metrics, the circuit's state to its gauge and to {@code GET /api/v1/providers}.
 */
public final class ProviderGuard {

    private final String provider;
    private final Capability capability;
    private final Resilience resilience;
    private final ProviderMeters meters;
    private final Clock clock;
    private final Guard guard;
    private final ProviderRateLimit rateLimit;
    private final AtomicInteger circuitGauge;
    private final AtomicReference<CircuitState> circuit = new AtomicReference<>(CircuitState.CLOSED);
    private final AtomicReference<Instant> openedAt = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastSuccessAt = new AtomicReference<>();

    public ProviderGuard(String provider, Capability capability, Resilience resilience, ProviderMeters meters,
                         Clock clock) {
        this(provider, capability, resilience, meters, clock, ProviderRateLimit.NONE);
    }

    public ProviderGuard(String provider, Capability capability, Resilience resilience, ProviderMeters meters,
                         Clock clock, ProviderRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        this.provider = provider;
        this.capability = capability;
        this.resilience = resilience;
        this.meters = meters;
        this.clock = clock;
        this.circuitGauge = meters.circuitGauge(provider, capability);
        this.guard = Guard.create()
                .withDescription("provider " + provider + " " + capability.key())
                .withRetry()
                    .maxRetries(resilience.maxRetries())
                    .delay(0, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                    .maxDuration(maxRetryDuration(resilience).toMillis(), ChronoUnit.MILLIS)
                    .whenException(this::worthRetrying)
                    .withCustomBackoff().strategy(() -> new RetryAfterBackoff(resilience)).done()
                    .done()
                .withCircuitBreaker()
                    // a refused key is the caller's problem (a user's own key may be wrong), not an outage
                    .when(e -> !(e instanceof ProviderHttpException http) || http.mayPassLater())
                    .requestVolumeThreshold(resilience.circuitRequests())
                    .failureRatio(resilience.circuitFailureRatio())
                    .delay(resilience.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .onStateChange(this::circuitChanged)
                    .done()
                .withTimeout().duration(resilience.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(resilience.concurrency()).queueSize(Math.max(1, resilience.queue()))
                    .enableSynchronousQueueing().done()
                .build();
    }

    /** Runs the call under the guard; blocking. */
    public <T> T call(Supplier<T> call) {
        Instant started = clock.instant();
        try {
            T result = guard.get(() -> {
                rateLimit.admit(); // every attempt, retries included, takes a token of the fleet's limit
                return call.get();
            }, uncheckedType());
            meters.count(provider, capability, ProviderMeters.Outcome.SUCCESS);
            meters.time(provider, capability, Duration.between(started, clock.instant()));
            lastSuccessAt.set(clock.instant());
            return result;
        } catch (CircuitBreakerOpenException e) {
            meters.count(provider, capability, ProviderMeters.Outcome.CIRCUIT_OPEN);
            throw unavailable("its circuit is open after repeated failures", remainingOpen(), e);
        } catch (BulkheadException e) {
            meters.count(provider, capability, ProviderMeters.Outcome.BULKHEAD_FULL);
            throw unavailable("it is busy with " + resilience.concurrency() + " calls and a full queue",
                    Duration.ofSeconds(5), e);
        } catch (TimeoutException e) {
            meters.count(provider, capability, ProviderMeters.Outcome.TIMEOUT);
            meters.time(provider, capability, Duration.between(started, clock.instant()));
            throw unavailable("it did not answer within " + resilience.timeout().toMillis() + " ms", null, e);
        } catch (ProviderHttpException e) {
            if (e.timedOut()) {
                meters.count(provider, capability, ProviderMeters.Outcome.TIMEOUT);
                meters.time(provider, capability, Duration.between(started, clock.instant()));
                throw unavailable("it did not answer within " + resilience.timeout().toMillis() + " ms", null, e);
            }
            meters.count(provider, capability, ProviderMeters.Outcome.ERROR);
            meters.time(provider, capability, Duration.between(started, clock.instant()));
            throw unavailable(e.getMessage(), e.retryAfter().orElse(null), e);
        } catch (RuntimeException e) {
            meters.count(provider, capability, ProviderMeters.Outcome.ERROR);
            throw unavailable("the call failed: " + e.getClass().getSimpleName(), null, e);
        }
    }

    /** A call that answered, but not usably: counted apart from transport failures. */
    public void answerRejected(String reason) {
        meters.count(provider, capability, ProviderMeters.Outcome.INVALID);
        lastError.set(reason);
    }

    /**
     * A job the provider accepted but did not finish before its deadline (a video clip): counted as a
     * timeout, failed like one.
     */
    public ProviderUnavailableException overdue(String why) {
        meters.count(provider, capability, ProviderMeters.Outcome.TIMEOUT);
        return unavailable(why, null, null);
    }

    public CircuitState circuit() {
        CircuitState state = circuit.get();
        Instant opened = openedAt.get();
        if (state == CircuitState.OPEN && opened != null
                && !clock.instant().isBefore(opened.plus(resilience.circuitDelay()))) {
            return CircuitState.HALF_OPEN; // the next call is the trial; SmallRye switches on that call
        }
        return state;
    }

    public String lastError() {
        return lastError.get();
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt.get();
    }

    private boolean worthRetrying(Throwable e) {
        if (e instanceof ProviderHttpException http) {
            if (!http.mayPassLater()) {
                return false;
            }
            return http.retryAfter().map(wait -> wait.compareTo(resilience.maxRetryAfter()) <= 0).orElse(true);
        }
        return e instanceof TimeoutException;
    }

    private void circuitChanged(CircuitBreakerState state) {
        CircuitState mapped = switch (state) {
            case OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.CLOSED;
        };
        if (mapped == CircuitState.OPEN) {
            openedAt.set(clock.instant());
        }
        circuit.set(mapped);
        circuitGauge.set(mapped.ordinal());
    }

    private Duration remainingOpen() {
        Instant opened = openedAt.get();
        if (opened == null) {
            return resilience.circuitDelay();
        }
        Duration left = Duration.between(clock.instant(), opened.plus(resilience.circuitDelay()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private ProviderUnavailableException unavailable(String why, Duration retryAfter, Throwable cause) {
        String message = "provider '" + provider + "' (" + capability.key() + "): " + why;
        lastError.set(message);
        return new ProviderUnavailableException(provider, message, retryAfter, cause);
    }

    private static Duration maxRetryDuration(Resilience resilience) {
        Duration perAttempt = resilience.timeout().plus(resilience.maxBackoff().compareTo(resilience.maxRetryAfter())
                >= 0 ? resilience.maxBackoff() : resilience.maxRetryAfter());
        return perAttempt.multipliedBy(resilience.maxRetries() + 1L);
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> uncheckedType() {
        return (Class<T>) Object.class;
    }
}
