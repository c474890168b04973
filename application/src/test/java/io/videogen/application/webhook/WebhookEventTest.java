package io.videogen.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookEventTest {

    @TempDir
    Path dir;

    @Test
    void aCancelledVideoWithACallbackSendsVideoCancelled() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        Instant at = Instant.parse("2026-11-21T12:00:00Z");
        video.cancel(at);

        UUID id = UUID.randomUUID();
        WebhookEvent event = WebhookEvent.forTransition(VideoStatus.QUEUED, video, id).orElseThrow();

        assertThat(event.id()).isEqualTo(id);
        assertThat(event.type()).isEqualTo("video.cancelled");
        assertThat(event.video()).isEqualTo(video.id());
        assertThat(event.owner()).isEqualTo(video.owner());
        assertThat(event.url()).hasToString("https://hooks.example.com/videogen");
        assertThat(event.createdAt()).isEqualTo(at);
    }

    @Test
    void aFailedVideoSendsVideoFailed() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        video.fail(new VideoFailure(Stage.SCRIPT, FailureCode.SCRIPT_PARSING_FAILED, "no text", false, null),
                Instant.now());

        assertThat(WebhookEvent.forTransition(VideoStatus.QUEUED, video, UUID.randomUUID()))
                .hasValueSatisfying(event -> assertThat(event.type()).isEqualTo("video.failed"));
    }

    @Test
    void aVideoWithoutCallbackSendsNothing() {
        Video video = queuedVideo(null);
        video.cancel(Instant.now());

        assertThat(WebhookEvent.forTransition(VideoStatus.QUEUED, video, UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingAFinishedVideoAgainSendsNothingTwice() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        video.cancel(Instant.now());

        assertThat(WebhookEvent.forTransition(VideoStatus.CANCELLED, video, UUID.randomUUID())).isEmpty();
    }

    @Test
    void aVideoThatIsStillRunningSendsNothing() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        video.startStage(Stage.SCRIPT, Instant.now());

        assertThat(WebhookEvent.forTransition(VideoStatus.QUEUED, video, UUID.randomUUID())).isEmpty();
    }

    private Video queuedVideo(String callbackUrl) {
        Studio studio = new Studio(dir);
        VideoDraft draft = new VideoDraft(new VideoTitle("Hooked"), new ScriptSource.PlainText("Hello there."),
                Map.of(), null, null, null, null, callbackUrl == null ? null : CallbackUrl.parse(callbackUrl));
        return studio.videoService.create(new CreateVideoCommand(studio.ana, draft)).await().atMost(Duration.ofSeconds(30));
    }
}
