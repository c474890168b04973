package io.videogen.domain.video;

import static io.videogen.domain.video.VideoFixtures.TTS_DOWN;
import static io.videogen.domain.video.VideoFixtures.inStatus;
import static io.videogen.domain.video.VideoFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.video.VideoEvent.VideoCancelled;
import io.videogen.domain.video.VideoEvent.VideoFailed;
import io.videogen.domain.video.VideoEvent.VideoQueued;
import io.videogen.domain.video.VideoEvent.VideoRenamed;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How a video fails, is cancelled, retried, renamed and revised. */
class VideoEndingsTest {

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
}
