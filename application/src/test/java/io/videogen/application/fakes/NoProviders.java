package io.videogen.application.fakes;

import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ImageGenerator;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ScriptAuthor;
import io.videogen.domain.provider.Capability;
import java.util.List;
import java.util.Optional;

/** A configuration without AI providers: everything offline. Tests extend it for the one thing they need. */
public class NoProviders implements ProviderDirectory {

    @Override
    public List<ProviderStatus> providers() {
        return List.of();
    }

    @Override
    public Optional<ProviderStatus> switchProvider(String name, boolean enabled) {
        return Optional.empty();
    }

    @Override
    public List<ScriptAuthor> scriptAuthors() {
        return List.of();
    }

    @Override
    public List<SpeechLink> speechLinks() {
        return List.of();
    }

    @Override
    public List<ImageGenerator> imageLinks() {
        return List.of();
    }

    @Override
    public List<ClipGenerator> clipLinks() {
        return List.of();
    }

    @Override
    public boolean offlineFallback(Capability capability) {
        return true;
    }

    @Override
    public boolean enabled(String provider) {
        return false;
    }

    @Override
    public String settingFor(Capability capability) {
        return "videogen.ai.providers.<name>." + capability.key() + "-model";
    }
}
