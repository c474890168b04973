package io.videogen.domain.video;

import static io.videogen.domain.video.VideoFixtures.T0;
import static io.videogen.domain.video.VideoFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoEvent.ProgressMade;
import io.videogen.domain.video.VideoEvent.StageFinished;
import io.videogen.domain.video.VideoEvent.StageStarted;
import io.videogen.domain.video.VideoEvent.VideoCancelled;
import io.videogen.domain.video.VideoEvent.VideoCompleted;
import io.videogen.domain.video.VideoEvent.VideoFailed;
import io.videogen.domain.video.VideoEvent.VideoQueued;
import io.videogen.domain.video.VideoEvent.VideoRenamed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VideoLifecycleTest {

    private static final VideoFailure TTS_DOWN =
            new VideoFailure(Stage.VOICE, FailureCode.SPEECH_SYNTHESIS_FAILED, "TTS timed out", true, null);

    // --- a new video ---

    @Test
    void aNewVideoIsADraftWithEveryStagePending() {
        UserId owner = UserId.random();
        Video video = Video.draft(VideoId.random(), owner, new VideoTitle("Launch"), VideoFixtures.spec(), T0);

        assertThat(video.status()).isEqualTo(VideoStatus.DRAFT);
        assertThat(video.owner()).isEqualTo(owner);
        assertThat(video.attempt()).isZero();
        assertThat(video.version()).isZero();
        assertThat(video.createdAt()).isEqualTo(T0);
        assertThat(video.updatedAt()).isEqualTo(T0);
        assertThat(video.stages()).extracting(StageRun::stage).containsExactly(Stage.values());
        assertThat(video.stages()).extracting(StageRun::status).containsOnly(StageRun.Status.PENDING);
        assertThat(video.nextStage()).contains(Stage.SCRIPT);
        assertThat(video.progress()).isEmpty();
        assertThat(video.failure()).isEmpty();
        assertThat(video.durationMs()).isEmpty();
    }

    @Test
    void queueingADraftStartsTheFirstAttempt() {
        Video video = VideoFixtures.draft();

        VideoQueued event = video.queue(at(1));

        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.attempt()).isEqualTo(1);
        assertThat(video.updatedAt()).isEqualTo(at(1));
        assertThat(event).isEqualTo(new VideoQueued(video.id(), at(1), 1));
    }

    @Test
    void onlyADraftCanBeQueued() {
        Video video = VideoFixtures.queued();

        assertThatThrownBy(() -> video.queue(at(1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot queue video " + video.id())
                .hasMessageContaining("while it is queued");
    }

    // --- stages ---

    @Test
    void startingTheFirstStageMakesTheVideoProcessing() {
        Video video = VideoFixtures.queued();

        StageStarted event = video.startStage(Stage.SCRIPT, at(1));

        assertThat(video.status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(video.stageRun(Stage.SCRIPT).status()).isEqualTo(StageRun.Status.RUNNING);
        assertThat(video.stageRun(Stage.SCRIPT).startedAt()).isEqualTo(at(1));
        assertThat(video.progress()).contains(new Progress(Stage.SCRIPT, 0));
        assertThat(event).isEqualTo(new StageStarted(video.id(), at(1), Stage.SCRIPT));
    }

    @Test
    void stagesRunInOrder() {
        Video video = VideoFixtures.queued();

        assertThatThrownBy(() -> video.startStage(Stage.VOICE, at(1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot start stage voice")
                .hasMessageContaining("stage script comes next");
        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
    }

    @Test
    void aFinishedStageCannotBeStartedAgain() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);

        assertThatThrownBy(() -> video.startStage(Stage.SCRIPT, at(5)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("stage voice comes next");
    }

    @Test
    void finishingAStageMovesOnToTheNext() {
        Video video = VideoFixtures.runningStage(Stage.SCRIPT);

        StageFinished event = video.finishStage(Stage.SCRIPT, at(2));

        assertThat(video.stageRun(Stage.SCRIPT).status()).isEqualTo(StageRun.Status.COMPLETED);
        assertThat(video.stageRun(Stage.SCRIPT).finishedAt()).isEqualTo(at(2));
        assertThat(video.nextStage()).contains(Stage.VOICE);
        assertThat(event).isEqualTo(new StageFinished(video.id(), at(2), Stage.SCRIPT));
    }

    @Test
    void aCrashedStageMayBeStartedAgain() {
        Video video = VideoFixtures.runningStage(Stage.VISUALS);
        video.reportProgress(Stage.VISUALS, 55, at(5));

        StageStarted again = video.startStage(Stage.VISUALS, at(6));

        assertThat(again.stage()).isEqualTo(Stage.VISUALS);
        assertThat(video.stageRun(Stage.VISUALS).status()).isEqualTo(StageRun.Status.RUNNING);
        assertThat(video.stageRun(Stage.VISUALS).startedAt()).isEqualTo(at(6));
        assertThat(video.progress()).contains(new Progress(Stage.VISUALS, 55));
    }

    @Test
    void cannotFinishAStageThatIsNotRunning() {
        Video video = VideoFixtures.runningStage(Stage.SCRIPT);

        assertThatThrownBy(() -> video.finishStage(Stage.VOICE, at(2)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot finish stage voice")
                .hasMessageContaining("it is pending");
    }

    @Test
    void cannotFinishAStageOfAVideoThatIsNotProcessing() {
        Video video = VideoFixtures.queued();

        assertThatThrownBy(() -> video.finishStage(Stage.SCRIPT, at(2)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("while it is queued");
    }

    @Test
    void cannotStartAStageOfADraft() {
        Video video = VideoFixtures.draft();

        assertThatThrownBy(() -> video.startStage(Stage.SCRIPT, at(1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot start stage script")
                .hasMessageContaining("while it is draft");
    }

    @Test
    void cannotStartAStageOnceEveryStageFinished() {
        Video video = VideoFixtures.allStagesFinished();

        assertThatThrownBy(() -> video.startStage(Stage.RENDER, at(11)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("every stage")
                .hasMessageContaining("complete it instead");
    }

    // --- progress ---

    @Test
    void progressIsReportedForTheRunningStage() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);

        ProgressMade event = video.reportProgress(Stage.VOICE, 20, at(3));

        assertThat(event.progress()).isEqualTo(new Progress(Stage.VOICE, 20));
        assertThat(video.progress()).contains(new Progress(Stage.VOICE, 20));
        assertThat(event.videoId()).isEqualTo(video.id());
    }

    @Test
    void progressNeverGoesBackwards() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);
        video.reportProgress(Stage.VOICE, 40, at(3));

        ProgressMade event = video.reportProgress(Stage.VOICE, 10, at(4));

        assertThat(event.progress().percent()).isEqualTo(40);
        assertThat(video.progress()).map(Progress::percent).contains(40);
    }

    @Test
    void progressStaysBelow100UntilTheVideoIsComplete() {
        Video video = VideoFixtures.runningStage(Stage.RENDER);

        assertThat(video.reportProgress(Stage.RENDER, 100, at(9)).progress().percent()).isEqualTo(99);
        assertThat(video.reportProgress(Stage.RENDER, 250, at(9)).progress().percent()).isEqualTo(99);
    }

    @Test
    void progressCanOnlyBeReportedForTheRunningStage() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);

        assertThatThrownBy(() -> video.reportProgress(Stage.SCRIPT, 50, at(3)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot report progress of stage script")
                .hasMessageContaining("it is completed");
    }

    // --- completing ---

    @Test
    void completingAFullyRenderedVideoRecordsItsDuration() {
        Video video = VideoFixtures.allStagesFinished();

        VideoCompleted event = video.complete(12_345, at(11));

        assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(video.durationMs()).contains(12_345L);
        assertThat(video.progress()).contains(new Progress(Stage.RENDER, 100));
        assertThat(video.nextStage()).isEmpty();
        assertThat(event).isEqualTo(new VideoCompleted(video.id(), at(11), 12_345));
    }

    @Test
    void cannotCompleteBeforeEveryStageFinished() {
        Video video = VideoFixtures.runningStage(Stage.COMPOSITION);

        assertThatThrownBy(() -> video.complete(12_000, at(9)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot complete video " + video.id())
                .hasMessageContaining("stage composition has not finished");
        assertThat(video.status()).isEqualTo(VideoStatus.PROCESSING);
    }

    @Test
    void cannotCompleteAQueuedVideo() {
        Video video = VideoFixtures.queued();

        assertThatThrownBy(() -> video.complete(12_000, at(9)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("while it is queued");
    }

    @Test
    void aCompletedVideoHasAPositiveDuration() {
        Video video = VideoFixtures.allStagesFinished();

        assertThatThrownBy(() -> video.complete(0, at(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive duration");
        assertThat(video.status()).isEqualTo(VideoStatus.PROCESSING);
    }

    // --- failing ---

    @Test
    void failingMarksTheStageAndKeepsTheReason() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);

        VideoFailed event = video.fail(TTS_DOWN, at(4));

        assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(video.failure()).contains(TTS_DOWN);
        assertThat(video.stageRun(Stage.VOICE).status()).isEqualTo(StageRun.Status.FAILED);
        assertThat(video.stageRun(Stage.VOICE).finishedAt()).isEqualTo(at(4));
        assertThat(video.stageRun(Stage.SCRIPT).status()).isEqualTo(StageRun.Status.COMPLETED);
        assertThat(event).isEqualTo(new VideoFailed(video.id(), at(4), TTS_DOWN));
    }

    @Test
    void aQueuedVideoMayFailBeforeAnyStageStarts() {
        Video video = VideoFixtures.queued();
        VideoFailure broken = new VideoFailure(Stage.SCRIPT, FailureCode.SCRIPT_PARSING_FAILED, "bad", false, null);

        video.fail(broken, at(2));

        assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(video.stageRun(Stage.SCRIPT).status()).isEqualTo(StageRun.Status.FAILED);
    }

    @Test
    void failingInAFinishedStageKeepsThatStageFinished() {
        Video video = VideoFixtures.runningStage(Stage.VOICE);

        video.fail(new VideoFailure(Stage.SCRIPT, FailureCode.INTERNAL_ERROR, "late", true, null), at(4));

        assertThat(video.stageRun(Stage.SCRIPT).status()).isEqualTo(StageRun.Status.COMPLETED);
    }

    @ParameterizedTest
    @EnumSource(value = VideoStatus.class, names = {"DRAFT", "COMPLETED", "FAILED", "CANCELLED"})
    void onlyAQueuedOrProcessingVideoCanFail(VideoStatus status) {
        Video video = inStatus(status);

        assertThatThrownBy(() -> video.fail(TTS_DOWN, at(20)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot fail video")
                .hasMessageContaining("while it is " + status.label());
    }

    // --- cancelling ---

    @Test
    void cancellingAQueuedVideoSaysWhereItWasCancelled() {
        Video video = VideoFixtures.queued();

        VideoCancelled event = video.cancel(at(1));

        assertThat(video.status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(event).isEqualTo(new VideoCancelled(video.id(), at(1), VideoStatus.QUEUED));
    }

    @Test
    void aRenderingVideoCanBeCancelled() {
        Video video = VideoFixtures.runningStage(Stage.VISUALS);

        VideoCancelled event = video.cancel(at(7));

        assertThat(video.status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(event.cancelledIn()).isEqualTo(VideoStatus.PROCESSING);
    }

    @ParameterizedTest
    @EnumSource(value = VideoStatus.class, names = {"COMPLETED", "FAILED", "CANCELLED"})
    void cancellingAFinishedVideoIsRefused(VideoStatus status) {
        Video video = inStatus(status);

        assertThatThrownBy(() -> video.cancel(at(30)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is already " + status.label())
                .hasMessageContaining("only a video that has not finished can be cancelled");
        assertThat(video.status()).isEqualTo(status);
    }

    // --- retrying ---

    @Test
    void retryStartsAFreshAttempt() {
        Video video = VideoFixtures.failed();

        VideoQueued event = video.retry(at(30));

        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.attempt()).isEqualTo(2);
        assertThat(video.stages()).extracting(StageRun::status).containsOnly(StageRun.Status.PENDING);
        assertThat(video.failure()).isEmpty();
        assertThat(video.progress()).isEmpty();
        assertThat(video.durationMs()).isEmpty();
        assertThat(video.nextStage()).contains(Stage.SCRIPT);
        assertThat(event).isEqualTo(new VideoQueued(video.id(), at(30), 2));
    }

    @Test
    void aCancelledVideoCanBeRetried() {
        Video video = VideoFixtures.cancelled();

        VideoQueued event = video.retry(at(30));

        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(event.attempt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = VideoStatus.class, names = {"DRAFT", "QUEUED", "PROCESSING", "COMPLETED"})
    void onlyAFailedOrCancelledVideoCanBeRetried(VideoStatus status) {
        Video video = inStatus(status);

        assertThatThrownBy(() -> video.retry(at(30)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is " + status.label())
                .hasMessageContaining("only a failed or cancelled video can be retried");
        assertThat(video.status()).isEqualTo(status);
    }

    @Test
    void cannotRetryACompletedVideo() {
        Video video = VideoFixtures.completed();

        assertThatThrownBy(() -> video.retry(at(30)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is completed");
        assertThat(video.durationMs()).contains(12_000L);
    }

    @Test
    void eachRetryCountsAnotherAttempt() {
        Video video = VideoFixtures.failed();
        video.retry(at(30));
        video.cancel(at(31));

        assertThat(video.retry(at(32)).attempt()).isEqualTo(3);
    }

    // --- renaming and revising ---

    @ParameterizedTest
    @EnumSource(VideoStatus.class)
    void aVideoCanBeRenamedInAnyState(VideoStatus status) {
        Video video = inStatus(status);
        VideoTitle newTitle = new VideoTitle("Launch, take two");

        VideoRenamed event = video.rename(newTitle, at(40));

        assertThat(video.title()).isEqualTo(newTitle);
        assertThat(video.status()).isEqualTo(status);
        assertThat(event).isEqualTo(new VideoRenamed(video.id(), at(40), newTitle));
    }

    @Test
    void revisingARenderingVideoIsRefused() {
        Video video = VideoFixtures.runningStage(Stage.AVATAR);
        VideoSpec before = video.spec();

        assertThatThrownBy(() -> video.revise(VideoFixtures.spec("Other words."), at(8)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is rendering")
                .hasMessageContaining("cancel it or wait until it finishes");
        assertThat(video.spec()).isSameAs(before);
    }

    @Test
    void revisingAQueuedVideoJustReplacesWhatItWillRender() {
        Video video = VideoFixtures.queued();
        VideoSpec revised = VideoFixtures.spec("Other words.");

        Optional<VideoQueued> event = video.revise(revised, at(2));

        assertThat(event).isEmpty();
        assertThat(video.spec()).isEqualTo(revised);
        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.attempt()).isEqualTo(1);
    }

    @Test
    void revisingACompletedVideoQueuesItAgain() {
        Video video = VideoFixtures.completed();
        VideoSpec revised = VideoFixtures.spec("Other words.");

        Optional<VideoQueued> event = video.revise(revised, at(40));

        assertThat(event).contains(new VideoQueued(video.id(), at(40), 2));
        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.spec()).isEqualTo(revised);
        assertThat(video.durationMs()).isEmpty();
        assertThat(video.progress()).isEmpty();
        assertThat(video.stages()).extracting(StageRun::status).containsOnly(StageRun.Status.PENDING);
    }

    @ParameterizedTest
    @EnumSource(value = VideoStatus.class, names = {"FAILED", "CANCELLED"})
    void revisingAStoppedVideoQueuesItAgain(VideoStatus status) {
        Video video = inStatus(status);

        Optional<VideoQueued> event = video.revise(VideoFixtures.spec("Other words."), at(40));

        assertThat(event).isPresent();
        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.failure()).isEmpty();
    }

    // --- events ---

    @Test
    void everyTransitionReturnsItsEvent() {
        Video video = VideoFixtures.draft();
        List<VideoEvent> events = new ArrayList<>();
        int t = 0;

        events.add(video.queue(at(++t)));
        for (Stage stage : Stage.values()) {
            events.add(video.startStage(stage, at(++t)));
            events.add(video.reportProgress(stage, (stage.ordinal() + 1) * 15, at(++t)));
            events.add(video.finishStage(stage, at(++t)));
        }
        events.add(video.complete(9_000, at(++t)));
        events.add(video.rename(new VideoTitle("Renamed"), at(++t)));
        events.add(video.revise(VideoFixtures.spec("New words."), at(++t)).orElseThrow());
        events.add(video.startStage(Stage.SCRIPT, at(++t)));
        events.add(video.fail(TTS_DOWN, at(++t)));
        events.add(video.retry(at(++t)));
        events.add(video.cancel(at(++t)));

        assertThat(events).allSatisfy(event -> assertThat(event.videoId()).isEqualTo(video.id()));
        assertThat(events).extracting(VideoEvent::occurredAt).isSorted().doesNotHaveDuplicates();
        assertThat(video.updatedAt()).isEqualTo(at(t));
        List<Class<?>> expected = new ArrayList<>(List.of(VideoQueued.class));
        for (Stage stage : Stage.values()) {
            expected.addAll(List.of(StageStarted.class, ProgressMade.class, StageFinished.class));
        }
        expected.addAll(List.of(VideoCompleted.class, VideoRenamed.class, VideoQueued.class, StageStarted.class,
                VideoFailed.class, VideoQueued.class, VideoCancelled.class));
        assertThat(events).extracting(Object::getClass).containsExactlyElementsOf(expected);
    }

    // --- storing ---

    static Stream<Arguments> videosInEveryState() {
        return Stream.<Supplier<Video>>of(VideoFixtures::draft, VideoFixtures::queued,
                        () -> VideoFixtures.runningStage(Stage.VISUALS), VideoFixtures::completed,
                        VideoFixtures::failed, VideoFixtures::cancelled)
                .map(Supplier::get)
                .map(video -> Arguments.of(video.status(), video));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("videosInEveryState")
    void snapshotAndRestoreRoundTrip(VideoStatus status, Video video) {
        Video restored = Video.restore(video.snapshot());

        assertThat(restored.snapshot()).isEqualTo(video.snapshot());
        assertThat(restored.status()).isEqualTo(status);
        assertThat(restored.nextStage()).isEqualTo(video.nextStage());
    }

    @Test
    void aRestoredVideoCarriesOnWhereItStopped() {
        Video video = VideoFixtures.runningStage(Stage.VISUALS);
        video.reportProgress(Stage.VISUALS, 60, at(6));
        Video restored = Video.restore(video.snapshot());

        restored.finishStage(Stage.VISUALS, at(7));

        assertThat(restored.nextStage()).contains(Stage.COMPOSITION);
        assertThat(restored.progress()).map(Progress::percent).contains(60);
    }

    @Test
    void theRestoredVersionIsKept() {
        Video.Snapshot stored = VideoFixtures.queued().snapshot();
        Video.Snapshot atVersion7 = new Video.Snapshot(stored.id(), stored.owner(), stored.title(), stored.spec(),
                stored.status(), stored.stages(), stored.progress(), stored.failure(), stored.durationMs(),
                stored.attempt(), stored.createdAt(), stored.updatedAt(), 7);

        assertThat(Video.restore(atVersion7).version()).isEqualTo(7);
    }

    @Test
    void theSnapshotsStagesCannotBeChangedFromOutside() {
        Video video = VideoFixtures.queued();

        assertThatThrownBy(() -> video.snapshot().stages().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Video inStatus(VideoStatus status) {
        return switch (status) {
            case DRAFT -> VideoFixtures.draft();
            case QUEUED -> VideoFixtures.queued();
            case PROCESSING -> VideoFixtures.runningStage(Stage.VOICE);
            case COMPLETED -> VideoFixtures.completed();
            case FAILED -> VideoFixtures.failed();
            case CANCELLED -> VideoFixtures.cancelled();
        };
    }
}
