package io.videogen.domain.video;

import io.videogen.domain.media.Voice;

import io.videogen.domain.media.Visual;

import io.videogen.domain.media.VideoConfig;

import io.videogen.domain.media.ImageSyncConfig;

import io.videogen.domain.media.CaptionStyle;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.user.UserId;
import java.time.Instant;

/** Small, valid building blocks for the video tests. */
final class VideoFixtures {

    static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    static final VideoFailure TTS_DOWN =
            new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED, "TTS timed out", true, null);

    private VideoFixtures() {
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static Script script(String text) {
        return Script.fromText(text, Visual.DEFAULT, false, ScriptConfig.defaults(), VideoLimits.defaults());
    }

    static VideoSpec spec(String text) {
        return new VideoSpec(script(text), VideoConfig.defaults(), Voice.defaults(), null, null,
                AvatarConfig.defaults(), ImageSyncConfig.defaults(), true, CaptionStyle.defaults(), null, null);
    }

    static VideoSpec spec() {
        return spec("Hello world.\n\nSecond scene.");
    }

    static Video draft() {
        return Video.draft(VideoId.random(), UserId.random(), new VideoTitle("Launch"), spec(), T0);
    }

    static Video queued() {
        Video video = draft();
        video.queue(T0);
        return video;
    }

    /** A video whose stages before {@code stage} have finished and whose {@code stage} is running. */
    static Video runningStage(Stage stage) {
        Video video = queued();
        for (Stage earlier : Stage.values()) {
            video.startStage(earlier, at(earlier.ordinal() + 1));
            if (earlier == stage) {
                return video;
            }
            video.finishStage(earlier, at(earlier.ordinal() + 1));
        }
        throw new AssertionError("unreachable");
    }

    /** A processing video with every stage finished, ready to complete. */
    static Video allStagesFinished() {
        Video video = runningStage(Stage.RENDER);
        video.finishStage(Stage.RENDER, at(10));
        return video;
    }

    static Video completed() {
        Video video = allStagesFinished();
        video.complete(12_000, at(11));
        return video;
    }

    static Video failed() {
        Video video = runningStage(Stage.VOICE);
        video.fail(new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED, "TTS timed out", true, 1), at(9));
        return video;
    }

    static Video cancelled() {
        Video video = queued();
        video.cancel(at(1));
        return video;
    }

    /** A video in {@code status}, as the fixtures above make it. */
    static Video inStatus(VideoStatus status) {
        return switch (status) {
            case DRAFT -> draft();
            case QUEUED -> queued();
            case PROCESSING -> runningStage(Stage.VOICE);
            case COMPLETED -> completed();
            case FAILED -> failed();
            case CANCELLED -> cancelled();
        };
    }
}
