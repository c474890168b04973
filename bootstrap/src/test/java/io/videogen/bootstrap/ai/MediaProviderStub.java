package io.videogen.bootstrap.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server on 127.0.0.1 playing an OpenAI-compatible server named {@code studio} that
 * writes scripts, speaks (voices {@code af_bella} in English and {@code ef_dora} in Spanish), paints and
 * films (a clip job is looked at every 0.1 s and given up after 6 s).
 */
public class MediaProviderStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.ofEntries(
                Map.entry("videogen.ai.providers.studio.kind", "openai"),
                Map.entry("videogen.ai.providers.studio.base-url", "http://127.0.0.1:" + server.port() + "/v1"),
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

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
