package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a render makes: every stage and output, progress, captions, segments, the soundtrack, re-renders. */
class RenderVideoServiceTest {

    @TempDir
    Path dir;
    Studio studio;

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
    }

    @Test
    void rendersThroughEveryStageInOrderAndStoresEveryOutput() throws Exception {
        Video video = studio.create(studio.ana, "Welcome to the tour.\n\nThanks for watching.");

        RenderResult result = studio.rendered(video);

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
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);

        studio.rendered(video);

        List<Integer> percents = studio.publisher.of(VideoEvent.ProgressMade.class).stream()
                .map(e -> e.progress().percent()).toList();
        assertThat(percents).isNotEmpty().isSorted();
        assertThat(studio.videos.stored(video.id()).progress().orElseThrow().percent()).isEqualTo(100);
    }

    @Test
    void captionsAreInOrderAndInsideTheVideo() throws Exception {
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);

        studio.rendered(video);

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
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);

        studio.rendered(video);

        long sum = studio.tools.plans.stream().mapToLong(plan -> Math.round(plan.duration().toNanos()
                * plan.fps() / 1e9)).sum();
        long videoFrames = Math.round(studio.videos.stored(video.id()).durationMs().orElseThrow() * 30 / 1000.0);
        assertThat(sum).isCloseTo(videoFrames, org.assertj.core.data.Offset.offset(1L));
        assertThat(studio.tools.plans).allSatisfy(plan -> assertThat(plan.duration()).isGreaterThan(Duration.ZERO));
    }

    @Test
    void changingOneSceneRendersOnlyThatScene() {
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);
        studio.rendered(video);
        Video completed = studio.videos.stored(video.id());
        studio.clearRecords();

        String changed = Studio.SIX_SCENES.replace("Scene four comes next.", "Scene four now says something else.");
        studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(), completed.version(), null,
                Studio.draft(changed))).await().atMost(Duration.ofSeconds(30));
        RenderResult result = studio.rendered(video);

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
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);

        assertThat(studio.rendered(video).outcome()).isEqualTo(Outcome.COMPLETED);

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
                new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText(Studio.SIX_SCENES), Map.of(), null,
                        new VideoDraft.Look(null, new Visual.Color(new RgbColor(10, 20, 30)), null, null), null, null,
                        null)))
                .await().atMost(Duration.ofSeconds(30));
        assertThat(studio.rendered(video).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(studio.tools.segmentsRendered).hasSize(6);
        assertThat(studio.tools.soundtracks).as("the soundtrack found made").isEmpty();
    }

    @Test
    void aSoundtrackThatFailsBesideTheEncodersFailsTheRenderStage() throws Exception {
        studio.useEncoders(2);
        studio.tools.failSoundtrack = true;
        Video video = studio.create(studio.ana, Studio.SIX_SCENES);

        RenderResult result = studio.rendered(video);

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
        alone.rendered(saidAlone);
        studio.tools.clipsAtOnce = 2;
        Video video = studio.create(studio.ana, text);

        RenderResult result = studio.rendered(video);

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

    private static long millis(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
