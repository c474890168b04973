package io.videogen.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VideoEventCodecTest {

    private static final VideoId VIDEO = VideoId.random();
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void everyKindOfEventSurvivesTheTripUnchanged() {
        List<VideoEvent> events = List.of(
                new VideoEvent.VideoQueued(VIDEO, AT, 2),
                new VideoEvent.StageStarted(VIDEO, AT, Stage.VOICE),
                new VideoEvent.ProgressMade(VIDEO, AT, new Progress(Stage.COMPOSITION, 42)),
                new VideoEvent.StageFinished(VIDEO, AT, Stage.RENDER),
                new VideoEvent.SceneComposed(VIDEO, AT, 2, true),
                new VideoEvent.SceneComposed(VIDEO, AT, 0, false),
                new VideoEvent.VideoCompleted(VIDEO, AT, 12_345),
                new VideoEvent.VideoFailed(VIDEO, AT, new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED,
                        "the voice cannot say it", true, 3)),
                new VideoEvent.VideoFailed(VIDEO, AT, new VideoFailure(Stage.RENDER, FailureCode.STORAGE_FAILED,
                        "disk full", false, null)),
                new VideoEvent.VideoCancelled(VIDEO, AT, VideoStatus.PROCESSING),
                new VideoEvent.VideoRenamed(VIDEO, AT, new VideoTitle("Quarterly «update»")));

        for (VideoEvent event : events) {
            VideoEventCodec.Envelope decoded = VideoEventCodec.decode(VideoEventCodec.encode("process-1", event));

            assertThat(decoded.event()).isEqualTo(event);
            assertThat(decoded.origin()).isEqualTo("process-1");
        }
    }

    @Test
    void aNotificationNamesTheVideoTheTypeAndTheData() {
        String json = VideoEventCodec.encode("p", new VideoEvent.ProgressMade(VIDEO, AT,
                new Progress(Stage.COMPOSITION, 42)));

        assertThat(json).contains("\"videoId\":\"" + VIDEO + "\"", "\"type\":\"progress\"",
                "\"data\":{\"stage\":\"COMPOSITION\",\"percent\":42}");
    }

    @Test
    void aLongFailureMessageIsShortenedToFitANotification() {
        String message = "x".repeat(20_000);
        String json = VideoEventCodec.encode("p", new VideoEvent.VideoFailed(VIDEO, AT,
                new VideoFailure(Stage.RENDER, FailureCode.INTERNAL_ERROR, message, false, null)));

        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(PostgresProgressPublisher.MAX_PAYLOAD_BYTES);
        VideoEvent.VideoFailed decoded = (VideoEvent.VideoFailed) VideoEventCodec.decode(json).event();
        assertThat(decoded.failure().message()).startsWith("xxx").hasSize(VideoEventCodec.MAX_MESSAGE + 1);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> VideoEventCodec.decode("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VideoEventCodec.decode("{\"origin\":\"p\",\"videoId\":\"" + VIDEO
                + "\",\"at\":\"" + AT + "\",\"type\":\"exploded\",\"data\":{}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exploded");
        assertThatThrownBy(() -> VideoEventCodec.decode("{\"type\":\"queued\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("videoId");
    }
}
