package io.videogen.infrastructure.ai;

import io.micrometer.core.instrument.MeterRegistry;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.domain.provider.Capability;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chain outcomes as metrics: {@code videogen_provider_chain_calls_total{capability}},
 * {@code videogen_provider_fallbacks_total{capability,provider}} (served by a later link) and
 * {@code videogen_provider_chain_exhausted_total{capability}}; their ratio is the fallback rate.
 */
@ApplicationScoped
public class MicrometerProviderObserver implements ProviderObserver {

    private final ProviderMeters meters;

    public MicrometerProviderObserver(MeterRegistry registry) {
        this.meters = new ProviderMeters(registry);
    }

    @Override
    public void served(Capability capability, String provider, boolean fallback) {
        meters.served(capability);
        if (fallback) {
            meters.fallback(capability, provider);
        }
    }

    @Override
    public void exhausted(Capability capability) {
        meters.served(capability);
        meters.exhausted(capability);
    }
}
