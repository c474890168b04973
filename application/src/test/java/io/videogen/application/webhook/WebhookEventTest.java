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
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookEventTest {

    @TempDir
    Path dir;

    @Test
    void aCancelledVideoWithACallbackSendsVideoCancelled() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        Instant at = Instant.parse("2026-11-21T12:00:00Z");
        VideoEvent cancelled = video.cancel(at);

        WebhookEvent event = WebhookEvent.announcing(cancelled, video).orElseThrow();

        assertThat(event.type()).isEqualTo("video.cancelled");
        assertThat(event.video()).isEqualTo(video.id());
        assertThat(event.owner()).isEqualTo(video.owner());
        assertThat(event.url()).hasToString("https://hooks.example.com/videogen");
        assertThat(event.createdAt()).isEqualTo(at);
        assertThat(event.delivery("{}").eventId()).isEqualTo(event.id());
        assertThat(WebhookEvent.announcing(cancelled, video).orElseThrow().id()).as("each event its own id")
                .isNotEqualTo(event.id());
    }

    @Test
    void aFailedVideoSendsVideoFailed() {
        Video video = queuedVideo("https://hooks.example.com/videogen");
        VideoEvent failed = video.fail(new VideoFailure(Stage.SCRIPT, FailureCode.SCRIPT_PARSING_FAILED, "no text",
                false, null), Instant.now());

        assertThat(WebhookEvent.announcing(failed, video))
                .hasValueSatisfying(event -> assertThat(event.type()).isEqualTo("video.failed"));
    }

    @Test
    void aVideoWithoutCallbackSendsNothing() {
        Video video = queuedVideo(null);

        assertThat(WebhookEvent.announcing(video.cancel(Instant.now()), video)).isEmpty();
    }

    @Test
    void anEventOfARunningVideoSendsNothing() {
        Video video = queuedVideo("https://hooks.example.com/videogen");

        assertThat(WebhookEvent.announcing(video.startStage(Stage.SCRIPT, Instant.now()), video)).isEmpty();
        assertThat(WebhookEvent.announcing(video.rename(new VideoTitle("Renamed"), Instant.now()), video)).isEmpty();
    }

    @Test
    void theUseCasesScheduleOneDeliveryForTheFinalStateAndNothingForTheRest() {
        Studio studio = new Studio(dir);
        Video video = queuedVideo(studio, "https://hooks.example.com/videogen");

        studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));
        studio.lifecycle.retry(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        assertThat(studio.outbox.scheduled).singleElement().satisfies(delivery -> {
            assertThat(delivery.type()).isEqualTo("video.cancelled");
            assertThat(delivery.video()).isEqualTo(video.id());
            assertThat(delivery.body()).as("written from the video as stored")
                    .isEqualTo("video.cancelled " + video.id() + " cancelled");
        });
        assertThat(studio.publisher.of(VideoEvent.VideoCancelled.class)).as("the same event went to the watchers")
                .singleElement().satisfies(event -> assertThat(event.videoId()).isEqualTo(video.id()));
    }

    private Video queuedVideo(String callbackUrl) {
        return queuedVideo(new Studio(dir), callbackUrl);
    }

    private static Video queuedVideo(Studio studio, String callbackUrl) {
        VideoDraft draft = new VideoDraft(new VideoTitle("Hooked"), new ScriptSource.PlainText("Hello there."),
                Map.of(), null, null, null, null, callbackUrl == null ? null : CallbackUrl.parse(callbackUrl));
        return studio.creating.create(new CreateVideoCommand(studio.ana, draft)).await().atMost(Duration.ofSeconds(30));
    }
}
