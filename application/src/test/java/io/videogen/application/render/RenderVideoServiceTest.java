package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.fakes.HeldClaim;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.RenderVideoUseCase.Outcome;
import io.videogen.application.port.in.RenderVideoUseCase.RenderResult;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.UpdateVideoCommand;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderVideoServiceTest {

    private static final String SIX_SCENES = String.join("\n\n", "Scene one speaks first.",
            "Scene two follows.", "Scene three is in the middle.", "Scene four comes next.",
            "Scene five is nearly done.", "Scene six ends it.");

    @TempDir
    Path dir;
    Studio studio;

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
    }

    private RenderResult render(Video video) {
        return studio.renderService.render(video.id(), null, HeldClaim.heldWhile(() -> true))
                .await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void rendersThroughEveryStageInOrderAndStoresEveryOutput() throws Exception {
        Video video = studio.create(studio.ana, "Welcome to the tour.\n\nThanks for watching.");

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        Video done = studio.videos.stored(video.id());
        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(done.stages()).allMatch(run -> run.status() == StageRun.Status.COMPLETED
                && !run.finishedAt().isBefore(run.startedAt()));
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.values());
        String prefix = MediaStore.videoPrefix(video.id());
        for (String file : List.of("video.mp4", "thumbnail.jpg", "captions.srt", "captions.vtt", "captions.json")) {
            assertThat(studio.media.find(prefix + file)).as(file).isPresent();
        }
        assertThat(done.durationMs()).isPresent();
    }

    @Test
    void progressOnlyGrowsAndEndsAtOneHundred() {
        Video video = studio.create(studio.ana, SIX_SCENES);

        render(video);

        List<Integer> percents = studio.publisher.of(VideoEvent.ProgressMade.class).stream()
                .map(e -> e.progress().percent()).toList();
        assertThat(percents).isNotEmpty().isSorted();
        assertThat(studio.videos.stored(video.id()).progress().orElseThrow().percent()).isEqualTo(100);
    }

    @Test
    void captionsAreInOrderAndInsideTheVideo() throws Exception {
        Video video = studio.create(studio.ana, SIX_SCENES);

        render(video);

        String srt = studio.media.read(MediaStore.videoPrefix(video.id()) + "captions.srt");
        Matcher times = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})")
                .matcher(srt);
        long previousEnd = 0;
        int cues = 0;
        long videoMs = studio.videos.stored(video.id()).durationMs().orElseThrow();
        while (times.find()) {
            long start = millis(times, 1);
            long end = millis(times, 5);
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(videoMs);
            previousEnd = end;
            cues++;
        }
        assertThat(cues).isEqualTo(6);
        assertThat(studio.media.read(MediaStore.videoPrefix(video.id()) + "captions.vtt")).startsWith("WEBVTT");
    }

    @Test
    void segmentsLastExactlyTheirSceneAndAddUpToTheVideo() {
        Video video = studio.create(studio.ana, SIX_SCENES);

        render(video);

        long sum = studio.tools.plans.stream().mapToLong(plan -> Math.round(plan.duration().toNanos()
                * plan.fps() / 1e9)).sum();
        long videoFrames = Math.round(studio.videos.stored(video.id()).durationMs().orElseThrow() * 30 / 1000.0);
        assertThat(sum).isCloseTo(videoFrames, org.assertj.core.data.Offset.offset(1L));
        assertThat(studio.tools.plans).allSatisfy(plan -> assertThat(plan.duration()).isGreaterThan(Duration.ZERO));
    }

    @Test
    void changingOneSceneRendersOnlyThatScene() {
        Video video = studio.create(studio.ana, SIX_SCENES);
        render(video);
        Video completed = studio.videos.stored(video.id());
        studio.clearRecords();

        String changed = SIX_SCENES.replace("Scene four comes next.", "Scene four now says something else.");
        studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(), completed.version(), null,
                Studio.draft(changed))).await().atMost(Duration.ofSeconds(30));
        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.spoken).containsExactly("Scene four now says something else.");
        assertThat(studio.tools.segmentsRendered).containsExactly(3);
        assertThat(studio.cacheLookups).filteredOn(l -> l.startsWith("segment:"))
                .containsExactly("segment:0:hit", "segment:1:hit", "segment:2:hit", "segment:3:miss",
                        "segment:4:hit", "segment:5:hit");
    }

    @Test
    void theSoundtrackIsMadeBesideTheEncodersOnceAndAnEditOfThePicturesAloneKeepsIt() {
        studio.useEncoders(2);
        Video video = studio.create(studio.ana, SIX_SCENES);

        assertThat(render(video).outcome()).isEqualTo(Outcome.COMPLETED);

        assertThat(studio.tools.segmentSawSoundtrack).hasSize(6).containsOnly(true);
        assertThat(studio.tools.soundtracks).hasSize(1);
        SoundtrackPlan plan = studio.tools.soundtracks.get(0);
        assertThat(plan.length().toMillis()).isEqualTo(studio.videos.stored(video.id()).durationMs().orElseThrow());
        assertThat(plan.loudnessTarget()).isEqualTo(-16.0);
        assertThat(plan.music()).isNull();

        // the same words over other pictures: every segment again, the same soundtrack
        Video completed = studio.videos.stored(video.id());
        studio.clearRecords();
        studio.tools.soundtracks.clear();
        studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(), completed.version(), null,
                new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText(SIX_SCENES), Map.of(), null,
                        new VideoDraft.Look(null, new Visual.Color(new RgbColor(10, 20, 30)), null, null), null, null,
                        null)))
                .await().atMost(Duration.ofSeconds(30));
        assertThat(render(video).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.segmentsRendered).hasSize(6);
        assertThat(studio.tools.soundtracks).as("the soundtrack found made").isEmpty();
    }

    @Test
    void aSoundtrackThatFailsBesideTheEncodersFailsTheRenderStage() throws Exception {
        studio.useEncoders(2);
        studio.tools.failSoundtrack = true;
        Video video = studio.create(studio.ana, SIX_SCENES);

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.stage()).isEqualTo(Stage.RENDER);
        assertThat(failure.message()).contains("music cannot be decoded");
        assertThat(studio.tools.segmentSawSoundtrack).as("tried beside the encoders first").containsOnly(true);
        assertThat(studio.media.find(MediaStore.videoPrefix(video.id()) + "video.mp4")).isEmpty();
    }

    @Test
    void clipsAreSaidSideBySideWhenTheVoiceAllowsItARepeatedTextOnceAndTheVideoIsTheSame() throws Exception {
        String text = "Scene one speaks first.\n\nThe same words.\n\nScene three is in the middle.\n\nThe same words.";
        Studio alone = new Studio(dir.resolve("one-at-a-time"));
        Video saidAlone = alone.create(alone.ana, text);
        alone.renderService.render(saidAlone.id(), null, HeldClaim.heldWhile(() -> true))
                .await().atMost(Duration.ofSeconds(30));
        studio.tools.clipsAtOnce = 2;
        Video video = studio.create(studio.ana, text);

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.speechSawAnother).as("two clips were said side by side").contains(true);
        assertThat(studio.publisher.of(VideoEvent.ProgressMade.class).stream().map(e -> e.progress().percent())
                .toList()).as("progress only grows while clips are said together").isNotEmpty().isSorted();
        assertThat(studio.tools.spoken).containsExactlyInAnyOrder("Scene one speaks first.", "The same words.",
                "Scene three is in the middle.");
        assertThat(studio.tools.spoken).hasSameElementsAs(alone.tools.spoken).hasSameSizeAs(alone.tools.spoken);
        assertThat(studio.tools.plans).extracting(plan -> plan.duration())
                .containsExactlyElementsOf(alone.tools.plans.stream().map(plan -> plan.duration()).toList());
        assertThat(studio.media.read(MediaStore.videoPrefix(video.id()) + "captions.vtt"))
                .isEqualTo(alone.media.read(MediaStore.videoPrefix(saidAlone.id()) + "captions.vtt"));
    }

    @Test
    void aSceneTheVoiceCannotSaySideBySideWithAnotherFailsTheVideoNamingThatScene() {
        studio.tools.clipsAtOnce = 2;
        Video video = studio.create(studio.ana, "Fine words.\n\nUnsayable words.\n\nMore fine words.");
        studio.tools.failSpeechFor = text -> text.startsWith("Unsayable");

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.stage()).isEqualTo(Stage.VOICE);
        assertThat(failure.code()).isEqualTo(FailureCode.SPEECH_SYNTHESIS_FAILED);
        assertThat(failure.sceneIndex()).isEqualTo(1);
    }

    @Test
    void aSceneTheVoiceCannotSayFailsTheVideoNamingStageAndScene() throws Exception {
        Video video = studio.create(studio.ana, "Fine words.\n\nUnsayable words.");
        studio.tools.failSpeechFor = text -> text.startsWith("Unsayable");

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        VideoFailure failure = studio.videos.stored(video.id()).failure().orElseThrow();
        assertThat(failure.stage()).isEqualTo(Stage.VOICE);
        assertThat(failure.code()).isEqualTo(FailureCode.SPEECH_SYNTHESIS_FAILED);
        assertThat(failure.sceneIndex()).isEqualTo(1);
        assertThat(failure.message()).contains("scene 1");
        assertThat(failure.retryable()).isFalse();
        assertThat(studio.media.find(MediaStore.videoPrefix(video.id()) + "video.mp4")).isEmpty();
    }

    @Test
    void aPassingProblemLeavesTheVideoInProgressAndTheNextAttemptReusesFinishedWork() {
        Video video = studio.create(studio.ana, SIX_SCENES);
        studio.tools.failSegmentAt = 4;
        studio.tools.failSegmentTimes = 1;

        RenderResult first = render(video);

        assertThat(first.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(first.failure().orElseThrow().stage()).isEqualTo(Stage.COMPOSITION);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(studio.tools.segmentsRendered).containsExactlyInAnyOrder(0, 1, 2, 3);
        studio.clearRecords();

        RenderResult second = render(video);

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
        assertThat(render(video).outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(studio.tools.calls).filteredOn("avatar"::equals).hasSize(3);
        studio.clearRecords();

        assertThat(render(video).outcome()).isEqualTo(Outcome.COMPLETED);

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

        RenderResult result = render(video);

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.speechSawAStill).containsExactly(true, true);
        assertThat(studio.publisher.of(VideoEvent.StageStarted.class)).extracting(VideoEvent.StageStarted::stage)
                .containsExactly(Stage.values());
    }

    @Test
    void aStillPaintedBesideTheVoiceThatFailsFailsTheVisualsStageAfterTheVoice() {
        studio.tools.failPaint = true;
        Video video = studio.create(studio.ana, "Welcome to the tour.\n\nThanks for watching.");

        RenderResult result = render(video);

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
        Video video = studio.create(studio.ana, SIX_SCENES);
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

        RenderResult result = render(video);

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

    private static long millis(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
