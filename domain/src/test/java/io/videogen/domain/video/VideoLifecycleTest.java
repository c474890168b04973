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
import io.videogen.domain.video.VideoEvent.VideoCompleted;
import io.videogen.domain.video.VideoEvent.VideoQueued;
import org.junit.jupiter.api.Test;

/** A video from draft through its stages and progress to completion. */
class VideoLifecycleTest {

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
}
