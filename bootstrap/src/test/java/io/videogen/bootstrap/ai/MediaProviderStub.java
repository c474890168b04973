package io.videogen.bootstrap.ai;

import java.util.Map;

/**
 * Plays an OpenAI-compatible server named {@code studio} that writes scripts, speaks (voices
 * {@code af_bella} in English and {@code ef_dora} in Spanish), paints and films (a clip job is looked
 * at every 0.1 s and given up after 6 s), at the paths below.
 */
public class MediaProviderStub extends PlayedProvider {

    static final String CHAT = "/v1/chat/completions";
    static final String SPEECH = "/v1/audio/speech";
    static final String IMAGES = "/v1/images/generations";
    static final String VIDEOS = "/v1/videos";

    @Override
    protected Map<String, String> configuration(String root) {
        return Map.ofEntries(
                Map.entry("videogen.ai.providers.studio.kind", "openai"),
                Map.entry("videogen.ai.providers.studio.base-url", root + "/v1"),
                Map.entry("videogen.ai.providers.studio.chat-model", "llama3.2"),
                Map.entry("videogen.ai.providers.studio.speech-model", "kokoro"),
                Map.entry("videogen.ai.providers.studio.speech-voices", "af_bella:en,ef_dora:es"),
                Map.entry("videogen.ai.providers.studio.image-model", "sdxl"),
                Map.entry("videogen.ai.providers.studio.video-model", "sora-2"),
                Map.entry("videogen.ai.chat.timeout", "PT5S"),
                Map.entry("videogen.ai.speech.timeout", "PT2S"),
                Map.entry("videogen.ai.image.timeout", "PT2S"),
                Map.entry("videogen.ai.video.timeout", "PT5S"),
                Map.entry("videogen.ai.video.deadline", "PT6S"),
                Map.entry("videogen.ai.video.poll-interval", "PT0.1S"),
                Map.entry("videogen.ai.resilience.max-retries", "0"),
                Map.entry("videogen.ai.resilience.circuit-requests", "1000"));
    }
}
