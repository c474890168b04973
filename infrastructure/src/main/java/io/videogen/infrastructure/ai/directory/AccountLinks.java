package io.videogen.infrastructure.ai.directory;

import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ImageGenerator;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.domain.provider.Capability;
import java.util.List;
import java.util.Optional;

/** The configured providers as one account calls them: its own links, everything else the directory's. */
final class AccountLinks implements ProviderDirectory {

    private final ConfiguredProviders configured;
    private final ConfiguredProviders.Links links;

    AccountLinks(ConfiguredProviders configured, ConfiguredProviders.Links links) {
        this.configured = configured;
        this.links = links;
    }

    @Override
    public List<ProviderStatus> providers() {
        return configured.providers();
    }

    @Override
    public Optional<ProviderStatus> switchProvider(String name, boolean enabled) {
        return configured.switchProvider(name, enabled);
    }

    @Override
    public List<ScriptAuthor> scriptAuthors() {
        return links.authors();
    }

    @Override
    public List<SpeechLink> speechLinks() {
        return links.speech();
    }

    @Override
    public List<ImageGenerator> imageLinks() {
        return links.images();
    }

    @Override
    public List<ClipGenerator> clipLinks() {
        return links.clips();
    }

    @Override
    public boolean offlineFallback(Capability capability) {
        return configured.offlineFallback(capability);
    }

    @Override
    public boolean enabled(String provider) {
        return configured.enabled(provider);
    }

    @Override
    public String settingFor(Capability capability) {
        return configured.settingFor(capability);
    }

    @Override
    public ProviderDirectory as(ProviderAccount account) {
        return configured.as(account);
    }
}
