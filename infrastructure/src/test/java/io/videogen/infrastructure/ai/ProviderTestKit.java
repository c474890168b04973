package io.videogen.infrastructure.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.videogen.domain.provider.Capability;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A WireMock server playing a provider on 127.0.0.1, and guards with short, test-sized bounds. */
public final class ProviderTestKit implements AutoCloseable {

    public static final String KEY = "sk-test-0123456789abcdefSECRET";

    public final WireMockServer server;
    public final MeterRegistry meters = new SimpleMeterRegistry();
    public final ProviderHttp http = new ProviderHttp(Duration.ofSeconds(2));

    public ProviderTestKit() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    public ProviderSettings settings(String name, Map<Capability, String> models) {
        return new ProviderSettings(name, ProviderSettings.Kind.OPENAI,
                URI.create("http://127.0.0.1:" + server.port() + "/v1"), Optional.of(KEY), models, List.of());
    }

    /** 2 retries after 10-40 ms, a circuit over 4 calls that opens at half of them failing for 400 ms. */
    public static Resilience quick(Duration timeout) {
        return new Resilience(timeout, 2, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(3), 4, 0.5,
                Duration.ofMillis(400), 4, 4);
    }

    public ProviderGuard guard(String provider, Capability capability, Resilience resilience) {
        return new ProviderGuard(provider, capability, resilience, new ProviderMeters(meters), Clock.systemUTC());
    }

    public double count(String provider, String outcome) {
        var counter = meters.find("videogen.provider.requests").tag("provider", provider).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        server.stop();
    }
}
