package io.videogen.application.provider;

import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ImageGenerator;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.provider.Capability;
import java.util.List;
import java.util.Optional;

/**
 * The configured providers as the chains see them: while an admin has the {@code ai-providers}
 * flag off, every provider counts as switched off, so speech and pictures come from the offline
 * adapters and nothing leaves the service. The per-provider switch still decides when it is on.
 */
public final class FeatureSwitchedProviders implements ProviderDirectory {

    private final ProviderDirectory configured;
    private final FeatureGate features;

    public FeatureSwitchedProviders(ProviderDirectory configured, FeatureGate features) {
        this.configured = configured;
        this.features = features;
    }

    @Override
    public List<ProviderStatus> providers() {
        boolean on = features.enabledNow(Feature.AI_PROVIDERS);
        return configured.providers().stream().map(status -> on ? status : new ProviderStatus(status.name(),
                status.kind(), status.capabilities(), status.models(), false, status.circuit(), status.lastError(),
                status.lastSuccessAt())).toList();
    }

    @Override
    public Optional<ProviderStatus> switchProvider(String name, boolean enabled) {
        return configured.switchProvider(name, enabled);
    }

    @Override
    public List<ScriptAuthor> scriptAuthors() {
        return configured.scriptAuthors();
    }

    @Override
    public List<SpeechLink> speechLinks() {
        return configured.speechLinks();
    }

    @Override
    public List<ImageGenerator> imageLinks() {
        return configured.imageLinks();
    }

    @Override
    public List<ClipGenerator> clipLinks() {
        return configured.clipLinks();
    }

    @Override
    public boolean offlineFallback(Capability capability) {
        return configured.offlineFallback(capability) || !features.enabledNow(Feature.AI_PROVIDERS);
    }

    @Override
    public boolean enabled(String provider) {
        return features.enabledNow(Feature.AI_PROVIDERS) && configured.enabled(provider);
    }

    @Override
    public String settingFor(Capability capability) {
        return configured.settingFor(capability);
    }

    @Override
    public ProviderDirectory as(ProviderAccount account) {
        ProviderDirectory own = configured.as(account);
        return own == configured ? this : new FeatureSwitchedProviders(own, features);
    }
}
