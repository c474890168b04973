package io.videogen.infrastructure.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.application.port.out.ClipGenerator.ClipShape;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
import io.videogen.infrastructure.ai.ProviderGuard;
import io.videogen.infrastructure.ai.ProviderMeters;
import io.videogen.infrastructure.ai.ProviderTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asynchronous video API over real HTTP: submit, look while queued and in progress, download. */
class OpenAiClipsTest {

    private static final byte[] CLIP = "not checked here: the chain's media inspection checks the bytes"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final ProviderTestKit kit = new ProviderTestKit();
    private final ObjectMapper json = new ObjectMapper();
    /** Moves a minute on at each reading once {@link #stepping} is set, so a deadline passes without waiting. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T04:00:00Z"));
    private volatile boolean stepping;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return stepping ? now.updateAndGet(t -> t.plus(Duration.ofMinutes(1))) : now.get();
        }
    };

    @TempDir
    Path work;

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void aJobIsSubmittedWatchedUntilCompletedAndDownloaded() throws Exception {
        kit.server.stubFor(post(urlEqualTo("/v1/videos")).willReturn(okJson(job("video_1", "queued"))));
        kit.server.stubFor(get(urlEqualTo("/v1/videos/video_1")).inScenario("job").whenScenarioStateIs(STARTED)
                .willReturn(okJson(job("video_1", "in_progress"))).willSetStateTo("done"));
        kit.server.stubFor(get(urlEqualTo("/v1/videos/video_1")).inScenario("job").whenScenarioStateIs("done")
                .willReturn(okJson(job("video_1", "completed"))));
        kit.server.stubFor(get(urlEqualTo("/v1/videos/video_1/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(CLIP)));
        Path file = work.resolve("clip.mp4");

        clips(Duration.ofMinutes(10)).generate("a lake at dawn", new ClipShape("1280x720", 4), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(CLIP);
        kit.server.verify(postRequestedFor(urlEqualTo("/v1/videos"))
                .withHeader("Authorization", equalTo("Bearer " + ProviderTestKit.KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("sora-2")))
                .withRequestBody(matchingJsonPath("$.prompt", equalTo("a lake at dawn")))
                .withRequestBody(matchingJsonPath("$.seconds", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.size", equalTo("1280x720"))));
        kit.server.verify(2, getRequestedFor(urlEqualTo("/v1/videos/video_1")));
        assertThat(kit.count("studio", "success")).isEqualTo(4);
        assertThat(onlyClip()).containsExactly(file);
    }

    @Test
    void aJobPastItsDeadlineIsGivenUpAsATimeoutWithoutADownload() {
        kit.server.stubFor(post(urlEqualTo("/v1/videos")).willReturn(okJson(job("video_2", "queued"))));
        kit.server.stubFor(get(urlEqualTo("/v1/videos/video_2")).willReturn(okJson(job("video_2", "in_progress"))));
        stepping = true;

        assertThatThrownBy(() -> clips(Duration.ofMinutes(5)).generate("a slow sunrise",
                new ClipShape("1280x720", 4), work.resolve("clip.mp4")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("job video_2 did not complete within PT5M")
                .hasMessageContaining("videogen.ai.video.deadline");

        kit.server.verify(0, getRequestedFor(urlEqualTo("/v1/videos/video_2/content")));
        assertThat(kit.count("studio", "timeout")).isEqualTo(1);
        assertThat(onlyClip()).isEmpty();
    }

    @Test
    void aFailedJobIsAnUnusableAnswerNamingTheProvidersReason() {
        kit.server.stubFor(post(urlEqualTo("/v1/videos")).willReturn(okJson(job("video_3", "queued"))));
        kit.server.stubFor(get(urlEqualTo("/v1/videos/video_3")).willReturn(okJson(
                "{\"id\":\"video_3\",\"status\":\"failed\",\"error\":{\"message\":\"moderation blocked\"}}")));

        assertThatThrownBy(() -> clips(Duration.ofMinutes(5)).generate("x", new ClipShape("1280x720", 4),
                work.resolve("clip.mp4")))
                .isInstanceOf(UnusableAnswerException.class)
                .hasMessageContaining("job video_3 failed: moderation blocked");
        assertThat(kit.count("studio", "invalid")).isEqualTo(1);
    }

    @Test
    void aJobIdThatIsNoPathSegmentIsRefusedBeforeAnyLook() {
        kit.server.stubFor(post(urlEqualTo("/v1/videos")).willReturn(okJson(job("../admin", "queued"))));

        assertThatThrownBy(() -> clips(Duration.ofMinutes(5)).generate("x", new ClipShape("1280x720", 4),
                work.resolve("clip.mp4")))
                .isInstanceOf(UnusableAnswerException.class).hasMessageContaining("no usable job id");
        assertThat(kit.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void theShortestLengthCoveringTheSceneIsAskedForInTheFramesShape() {
        OpenAiClips clips = clips(Duration.ofMinutes(5));

        assertThat(clips.shape(new Resolution(1280, 720), Duration.ofMillis(3_500)))
                .isEqualTo(new ClipShape("1280x720", 4));
        assertThat(clips.shape(new Resolution(720, 1280), Duration.ofMillis(4_001)))
                .isEqualTo(new ClipShape("720x1280", 8));
        assertThat(clips.shape(new Resolution(1080, 1080), Duration.ofSeconds(30)))
                .as("longer than any: the longest, looped").isEqualTo(new ClipShape("1280x720", 12));
    }

    private OpenAiClips clips(Duration deadline) {
        ProviderGuard guard = new ProviderGuard("studio", Capability.VIDEO, ProviderTestKit.quick(Duration.ofSeconds(2)),
                new ProviderMeters(kit.meters), Clock.systemUTC());
        return new OpenAiClips(kit.settings("studio", Map.of(Capability.VIDEO, "sora-2")), kit.http, guard,
                new OpenAiClips.Timing(Duration.ofSeconds(2), deadline, Duration.ofMillis(1), List.of(12, 4, 8)),
                json, clock);
    }

    private static String job(String id, String status) {
        return "{\"id\":\"" + id + "\",\"object\":\"video\",\"status\":\"" + status + "\",\"progress\":0}";
    }

    /** Every file in the work folder: the clip, and no partial download beside it. */
    private List<Path> onlyClip() {
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
