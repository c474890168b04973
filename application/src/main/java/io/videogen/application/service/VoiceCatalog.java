package io.videogen.application.service;

import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.out.SpeechSynthesizer;
import java.util.List;

/** Every voice of every configured speech provider, in the providers' order. */
public final class VoiceCatalog implements ListVoicesUseCase {

    private final List<SpeechSynthesizer> providers;

    public VoiceCatalog(List<SpeechSynthesizer> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public List<VoiceView> voices() {
        return providers.stream().flatMap(provider -> provider.voices().stream())
                .map(v -> new VoiceView(v.id(), v.provider(), v.name(), v.language(), v.gender()))
                .toList();
    }
}
