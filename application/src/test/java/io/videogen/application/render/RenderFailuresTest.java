package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.fakes.HeldClaim;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a render fails, is retried, stops or is abandoned, and what each failure is called. */
class RenderFailuresTest {

    @TempDir
    Path dir;
    Studio studio;

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
    }

    @Test
    void aSceneTheVoiceCannotSaySideBySideWithAnotherFailsTheVideoNamingThatScene() {
        studio.tools.clipsAtOnce = 2;
        Video video = studio.create(studio.ana, "Fine words.\n\nUnsayable words.\n\nMore fine words.");
        studio.tools.failSpeechFor = text -> text.startsWith("Unsayable");

        failedToSayScene(studio.rendered(video), video, 1);
    }

    @Test
    void aSceneTheVoiceCannotSayFailsTheVideoNamingStageAndScene() throws Exception {
        Video video = studio.create(studio.ana, "Fine words.\n\nUnsayable words.");
        studio.tools.failSpeechFor = text -> text.startsWith("Unsayable");

        VideoFailure failure = failedToSayScene(studio.rendered(video), video, 1);
        assertThat(failure.message()).contains("scene 1");
        assertThat(failure.retryable()).isFalse();
        assertThat(studio.media.find(MediaStore.videoPrefix(video.id()) + "video.mp4")).isEmpty();
    }

    @Test
    void aPassingProblemLeavesTheVideoInProgressAndTheNextAttemptReusesFinishedWork() {
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);
        studio.tools.failSegmentAt = 4;
        studio.tools.failSegmentTimes = 1;

        RenderResult first = studio.rendered(video);

        assertThat(first.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(first.failure().orElseThrow().stage()).isEqualTo(Stage.COMPOSITION);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(studio.tools.segmentsRendered).containsExactlyInAnyOrder(0, 1, 2, 3);
        studio.clearRecords();

        RenderResult second = studio.rendered(video);

        assertThat(second.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.spoken).isEmpty();
        assertThat(studio.tools.segmentsRendered).containsExactlyInAnyOrder(4, 5);
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.COMPOSITION, Stage.RENDER);
    }

    @Test
    void aRetryAfterACrashRunsNoFinishedStageAgainAndCallsNoAdapterForWorkAlreadyDone() {
        Video video = studio.creating.create(new io.videogen.application.port.in.CreateVideoCommand(studio.ana,
                new VideoDraft(new VideoTitle("Presented"), new ScriptSource.Scenes(List.of(
                        new io.videogen.domain.video.Script.SceneDraft("Scene one has a presenter.", null, "One",
                                null, true),
                        new io.videogen.domain.video.Script.SceneDraft("Scene two has one too.", null, "Two", null,
                                true),
                        new io.videogen.domain.video.Script.SceneDraft("Scene three ends it.", null, "Three", null,
                                true))), Map.of(), null, null, null, null, null)))
                .await().atMost(Duration.ofSeconds(10));
        // the worker dies while encoding the last scene: the attempt ends without a word
        studio.tools.failSegmentAt = 2;
        studio.tools.failSegmentTimes = 1;
        assertThat(studio.rendered(video).outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(studio.tools.calls).filteredOn("avatar"::equals).hasSize(3);
        studio.clearRecords();

        assertThat(studio.rendered(video).outcome()).isEqualTo(Outcome.COMPLETED);

        // script, voice, avatar and visuals finished before: only the missing segment's presenter is made
        // (the video is joined while the thumbnail is taken: those two in either order)
        assertThat(studio.tools.calls).containsExactlyInAnyOrder("avatar", "segment", "soundtrack", "join",
                "thumbnail");
        assertThat(studio.tools.calls.subList(0, 3)).containsExactly("avatar", "segment", "soundtrack");
        assertThat(studio.tools.segmentsRendered).containsExactly(2);
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.COMPOSITION, Stage.RENDER);
    }

    @Test
    void stillsPaintedOfflineArePaintedWhileTheClipsAreSaid() {
        studio.tools.speechAwaitsAStill = true;
        Video video = studio.create(studio.ana, "Welcome to the tour.\n\nThanks for watching.");

        RenderResult result = studio.rendered(video);

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.speechSawAStill).containsExactly(true, true);
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.values());
    }

    @Test
    void aStillPaintedBesideTheVoiceThatFailsFailsTheVisualsStageAfterTheVoice() {
        studio.tools.failPaint = true;
        Video video = studio.create(studio.ana, "Welcome to the tour.\n\nThanks for watching.");

        RenderResult result = studio.rendered(video);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.stage()).isEqualTo(Stage.VISUALS);
        assertThat(failure.code()).isEqualTo(FailureCode.IMAGE_GENERATION_FAILED);
        assertThat(failure.sceneIndex()).isEqualTo(0);
        assertThat(failure.message()).contains("the painter has run out of paint");
        assertThat(studio.tools.spoken).containsExactly("Welcome to the tour.", "Thanks for watching.");
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.SCRIPT, Stage.VOICE, Stage.AVATAR, Stage.VISUALS);
    }

    @Test
    void stopsAsSoonAsTheJobIsNoLongerOwned() {
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);
        int[] asked = {0};

        RenderResult result = studio.renderService.render(video.id(), null, HeldClaim.heldWhile(() -> asked[0]++ < 2))
                .await().atMost(Duration.ofSeconds(30));

        assertThat(result.outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(studio.tools.segmentsRendered).isEmpty();
    }

    @Test
    void aCancelledVideoIsNotRendered() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        RenderResult result = studio.rendered(video);

        assertThat(result.outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(studio.tools.spoken).isEmpty();
    }

    @Test
    void aPassingProblemAfterTheJobWasLostIsAbandonedNotAFailure() {
        Video video = studio.create(studio.ana, "Fine words.\n\nTimed out words.");
        boolean[] owned = {true};
        // the worker loses its job (taken over) just as the speech provider times out
        studio.tools.failSpeechFor = text -> {
            if (text.startsWith("Timed out")) {
                owned[0] = false;
                return true;
            }
            return false;
        };
        studio.tools.speechFailureRetryable = true;

        RenderResult result = studio.renderService.render(video.id(), null, HeldClaim.heldWhile(() -> owned[0]))
                .await().atMost(Duration.ofSeconds(30));

        assertThat(result.outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(studio.publisher.of(VideoEvent.VideoFailed.class)).isEmpty();
    }

    @Test
    void aPassingProblemOnTheLastAttemptFailsTheVideo() {
        Video video = studio.create(studio.ana, "Fine words.\n\nTimed out words.");
        studio.tools.failSpeechFor = text -> text.startsWith("Timed out");
        studio.tools.speechFailureRetryable = true;

        RenderResult result = studio.renderService.render(video.id(), null, HeldClaim.onTheLastAttempt())
                .await().atMost(Duration.ofSeconds(30));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.stage()).isEqualTo(Stage.VOICE);
        assertThat(failure.sceneIndex()).isEqualTo(1);
        assertThat(result.failure()).contains(failure);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.FAILED);
        assertThat(studio.publisher.of(VideoEvent.VideoFailed.class)).hasSize(1);
    }

    @Test
    void failuresAreTypedByTheirStage() {
        assertThat(Arrays.stream(Stage.values()).map(stage -> FailureClassifier.describe(stage,
                new io.videogen.application.port.out.RenderStepException("x", false)).code()))
                .containsExactly(FailureCode.SCRIPT_PARSING_FAILED, FailureCode.SPEECH_SYNTHESIS_FAILED,
                        FailureCode.AVATAR_RENDER_FAILED, FailureCode.IMAGE_GENERATION_FAILED,
                        FailureCode.VIDEO_ASSEMBLY_FAILED, FailureCode.VIDEO_ASSEMBLY_FAILED);
        assertThat(FailureClassifier.describe(Stage.RENDER, new java.io.IOException("disk full")).code())
                .isEqualTo(FailureCode.STORAGE_FAILED);
    }

    /** The video failed in its voice stage on {@code scene}, which the voice could not say; its failure. */
    private VideoFailure failedToSayScene(RenderResult result, Video video, int scene) {
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.stage()).isEqualTo(Stage.VOICE);
        assertThat(failure.code()).isEqualTo(FailureCode.SPEECH_SYNTHESIS_FAILED);
        assertThat(failure.sceneIndex()).isEqualTo(scene);
        return failure;
    }
}
