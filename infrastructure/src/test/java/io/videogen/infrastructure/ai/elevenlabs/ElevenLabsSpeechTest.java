package io.videogen.infrastructure.ai.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.speech.WordTiming;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.ProviderTestKit;
import io.videogen.infrastructure.ai.Resilience;
import io.videogen.infrastructure.ai.Tones;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElevenLabsSpeechTest {

    private static final String PATH = "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps?output_format=pcm_16000";

    private final ProviderTestKit kit = new ProviderTestKit();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void speechComesBackWithWordTimingsFromTheCharacterAlignment() {
        ObjectNode answer = json.createObjectNode()
                .put("audio_base64", Base64.getEncoder().encodeToString(Tones.pcm(440, 1.0, 16_000)));
        ObjectNode alignment = answer.putObject("alignment");
        ArrayNode characters = alignment.putArray("characters");
        ArrayNode starts = alignment.putArray("character_start_times_seconds");
        ArrayNode ends = alignment.putArray("character_end_times_seconds");
        String text = "Hi there";
        for (int i = 0; i < text.length(); i++) {
            characters.add(String.valueOf(text.charAt(i)));
            starts.add(i * 0.1);
            ends.add(i * 0.1 + 0.1);
        }
        kit.server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer.toString())));
        Resilience resilience = ProviderTestKit.quick(Duration.ofSeconds(2));
        ProviderSettings settings = new ProviderSettings("eleven", ProviderSettings.Kind.ELEVENLABS,
                URI.create("http://127.0.0.1:" + kit.server.port()), Optional.of(ProviderTestKit.KEY),
                Map.of(Capability.SPEECH, "eleven_multilingual_v2"), List.of("21m00Tcm4TlvDq8ikWAM:en"));
        ElevenLabsSpeech speech = new ElevenLabsSpeech(settings, kit.http,
                kit.guard("eleven", Capability.SPEECH, resilience), resilience.timeout(), json);

        SpeechClip clip = speech.synthesize(text, new Voice("eleven:21m00Tcm4TlvDq8ikWAM", "en", 1.0),
                work.resolve("scene-0.wav"));

        assertThat(clip.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(clip.words()).containsExactly(
                new WordTiming("Hi", Duration.ZERO, Duration.ofMillis(200)),
                new WordTiming("there", Duration.ofMillis(300), Duration.ofMillis(800)));
        kit.server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("xi-api-key", equalTo(ProviderTestKit.KEY))
                .withRequestBody(matchingJsonPath("$.model_id", equalTo("eleven_multilingual_v2")))
                .withRequestBody(matchingJsonPath("$.text", equalTo(text))));
        assertThat(speech.voices()).extracting(v -> v.id()).containsExactly("eleven:21m00Tcm4TlvDq8ikWAM");
    }
}
