package io.videogen.domain.video;

import static io.videogen.domain.video.VideoFixtures.TTS_DOWN;
import static io.videogen.domain.video.VideoFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The events a video's transitions return, and its snapshot and restore. */
class VideoEventsAndStorageTest {

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
}
