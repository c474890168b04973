package io.videogen.application.service;

import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.SampleVoiceUseCase;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.ResourceNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every voice of every configured speech provider, in the providers' order, and a sample of each:
 * {@link VoiceSamples}' sentence in the voice's language, made once and kept (the last 32).
 */
public final class VoiceCatalog implements ListVoicesUseCase, SampleVoiceUseCase {

    private static final int KEPT_SAMPLES = 32;

    private final List<SpeechSynthesizer> providers;
    private final Map<String, VoiceSample> samples = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, VoiceSample> eldest) {
            return size() > KEPT_SAMPLES;
        }
    };

    public VoiceCatalog(List<SpeechSynthesizer> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public List<VoiceView> voices() {
        return providers.stream().flatMap(provider -> provider.voices().stream())
                .map(v -> new VoiceView(v.id(), v.provider(), v.name(), v.language(), v.gender()))
                .toList();
    }

    @Override
    public VoiceSample sample(String voiceId) {
        synchronized (samples) {
            VoiceSample kept = samples.get(voiceId);
            if (kept != null) {
                return kept;
            }
        }
        for (SpeechSynthesizer provider : providers) {
            for (VoiceDescription voice : provider.voices()) {
                if (voice.id().equals(voiceId)) {
                    VoiceSample made = new VoiceSample(say(provider, new Voice(voice.id(), voice.language(), 1.0)));
                    synchronized (samples) {
                        samples.put(voiceId, made);
                    }
                    return made;
                }
            }
        }
        throw new ResourceNotFoundException("voice", voiceId);
    }

    private static byte[] say(SpeechSynthesizer provider, Voice voice) {
        try {
            Path folder = Files.createTempDirectory("videogen-voice-sample");
            Path wav = folder.resolve("sample.wav");
            try {
                provider.synthesize(VoiceSamples.sentence(voice.language()), voice, wav);
                return Files.readAllBytes(wav);
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a sample of voice " + voice.voiceId(), e);
        }
    }
}
