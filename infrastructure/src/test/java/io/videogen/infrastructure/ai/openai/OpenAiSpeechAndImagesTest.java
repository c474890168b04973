package io.videogen.infrastructure.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderSettings;
import io.videogen.infrastructure.ai.ProviderTestKit;
import io.videogen.infrastructure.ai.Resilience;
import io.videogen.infrastructure.ai.Tones;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiSpeechAndImagesTest {

    private final ProviderTestKit kit = new ProviderTestKit();
    private final ObjectMapper json = new ObjectMapper();
    private final Resilience resilience = ProviderTestKit.quick(Duration.ofSeconds(2));

    @TempDir
    Path work;

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void speechIsAskedForAsWavInTheVoiceWithoutItsProviderPrefix() throws Exception {
        byte[] tone = Tones.wav(440, 1.5, 24_000);
        kit.server.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/wav").withBody(tone)));

        SpeechClip clip = speech().synthesize("Hello there.", new Voice("kokoro:af_bella", "en", 1.25),
                work.resolve("scene-0.wav"));

        assertThat(clip.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(clip.words()).isEmpty();
        byte[] written = Files.readAllBytes(clip.wav());
        assertThat(java.nio.ByteBuffer.wrap(written, 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                .as("resampled to the offline voice's rate").isEqualTo(16_000);
        assertThat(written.length).isEqualTo(44 + 1500 * 16 * 2);
        kit.server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech"))
                .withRequestBody(matchingJsonPath("$.voice", equalTo("af_bella")))
                .withRequestBody(matchingJsonPath("$.model", equalTo("kokoro")))
                .withRequestBody(matchingJsonPath("$.input", equalTo("Hello there.")))
                .withRequestBody(matchingJsonPath("$.response_format", equalTo("wav")))
                .withRequestBody(matchingJsonPath("$.speed", equalTo("1.25"))));
    }

    @Test
    void theVoicesAreTheConfiguredOnesWithProviderIds() {
        assertThat(speech().voices()).extracting(v -> v.id() + "/" + v.language() + "/" + v.provider())
                .containsExactly("kokoro:af_bella/en/kokoro", "kokoro:ef_dora/es/kokoro");
    }

    @Test
    void aTruncatedAudioBodyIsUnusableAndLeavesNoFile() {
        byte[] whole = Tones.wav(440, 1.0, 24_000);
        kit.server.stubFor(post(urlEqualTo("/v1/audio/speech")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/wav").withBody(Arrays.copyOf(whole, whole.length / 2))));
        Path wav = work.resolve("scene-0.wav");

        assertThatThrownBy(() -> speech().synthesize("Hello.", new Voice("kokoro:af_bella", "en", 1.0), wav))
                .isInstanceOf(UnusableAnswerException.class)
                .hasMessageContaining("truncated");
        assertThat(work).isEmptyDirectory();
        assertThat(kit.count("kokoro", "invalid")).isEqualTo(1);
    }

    @Test
    void anImageIsAskedForAsBase64InTheFramesShape() throws Exception {
        byte[] png = Tones.png(0xd02020, 32, 18);
        kit.server.stubFor(post(urlEqualTo("/v1/images/generations")).willReturn(okJson("{\"created\":1,\"data\":[{"
                + "\"b64_json\":\"" + Base64.getEncoder().encodeToString(png) + "\"}]}")));
        Path picture = work.resolve("still.generated");

        images().generate("a red barn", new Resolution(1280, 720), picture);

        assertThat(Files.readAllBytes(picture)).isEqualTo(png);
        kit.server.verify(postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withRequestBody(matchingJsonPath("$.prompt", equalTo("a red barn")))
                .withRequestBody(matchingJsonPath("$.size", equalTo("1536x1024")))
                .withRequestBody(matchingJsonPath("$.response_format", equalTo("b64_json"))));
        assertThat(OpenAiImages.size(new Resolution(720, 1280))).isEqualTo("1024x1536");
        assertThat(OpenAiImages.size(new Resolution(720, 720))).isEqualTo("1024x1024");
    }

    @Test
    void anImageAnswerWithoutPictureDataIsUnusable() {
        kit.server.stubFor(post(urlEqualTo("/v1/images/generations")).willReturn(okJson("{\"data\":[{\"url\":"
                + "\"https://example.com/x.png\"}]}")));

        assertThatThrownBy(() -> images().generate("a red barn", new Resolution(1280, 720), work.resolve("x")))
                .isInstanceOf(UnusableAnswerException.class).hasMessageContaining("no data[0].b64_json");
        assertThat(work).isEmptyDirectory();
    }

    private OpenAiSpeech speech() {
        ProviderSettings settings = new ProviderSettings("kokoro", ProviderSettings.Kind.OPENAI,
                java.net.URI.create("http://127.0.0.1:" + kit.server.port() + "/v1"), Optional.empty(),
                Map.of(Capability.SPEECH, "kokoro"), List.of("af_bella", "ef_dora:es"));
        return new OpenAiSpeech(settings, kit.http, kit.guard("kokoro", Capability.SPEECH, resilience),
                resilience.timeout(), json);
    }

    private OpenAiImages images() {
        return new OpenAiImages(kit.settings("local", Map.of(Capability.IMAGE, "sdxl")), kit.http,
                kit.guard("local", Capability.IMAGE, resilience), resilience.timeout(), json);
    }
}
