package io.videogen.bootstrap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.in.RenderSpecUseCase.RenderSpecCommand;
import io.videogen.application.port.in.RenderSpecUseCase.RenderedVideo;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoId;
import io.videogen.infrastructure.media.FfmpegVideoComposer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six scenes rendered through FreeTTS, Java2D and in-process FFmpeg, then rendered again in the
 * same workspace after one scene's text changed: only that scene is spoken and encoded again, the
 * other five segments come from the cache, and the new video is complete and right.
 */
class IncrementalRenderTest {

    @TempDir
    Path dir;

    /** Every cache lookup of one render, by cache and scene: true = hit. */
    static final class Lookups implements RenderObserver {
        final Map<String, Map<Integer, Boolean>> byCache = new TreeMap<>();

        @Override
        public synchronized void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
            byCache.computeIfAbsent(cache, c -> new TreeMap<>()).put(sceneIndex, hit);
        }

        List<Integer> misses(String cache) {
            return byCache.get(cache).entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }
    }

    @Test
    void changingOneSceneOfSixReencodesOnlyThatScene() throws Exception {
        List<SceneDraft> scenes = new ArrayList<>();
        String[] colours = {"#1e3c72", "#134e5e", "#4b134f", "#203a43", "#42275a", "#0f2027"};
        for (int i = 0; i < 6; i++) {
            scenes.add(Drafts.scene("This is scene number " + (i + 1) + ". It says one short thing.",
                    "Part " + (i + 1), colours[i], "#2a5298"));
        }
        Path workspace = dir.resolve("work");
        Path first = dir.resolve("first.mp4");
        Lookups firstLookups = new Lookups();
        assertThat(OfflineRenderService.holdsNarration(workspace)).isFalse();
        RenderedVideo before = render(firstLookups, Drafts.of(scenes), first, workspace);
        assertThat(firstLookups.misses("segment")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(before.segmentsEncoded()).isEqualTo(6);
        // every scene after the first fades in; its fade's frames before the caption are kept apart (ADR 0041)
        assertThat(firstLookups.misses("lead")).containsExactly(1, 2, 3, 4, 5);
        assertThat(OfflineRenderService.holdsNarration(workspace)).as("the CLI starts no voice for it ahead").isTrue();

        scenes.set(3, Drafts.scene("Scene four now says something else, and a little more of it.", "Part 4",
                colours[3], "#2a5298"));
        Path second = dir.resolve("second.mp4");
        Lookups secondLookups = new Lookups();
        RenderedVideo after = render(secondLookups, Drafts.of(scenes), second, workspace);

        assertThat(secondLookups.misses("speech")).containsExactly(3);
        assertThat(secondLookups.misses("still")).isEmpty();
        assertThat(secondLookups.misses("segment")).containsExactly(3);
        assertThat(secondLookups.byCache.get("segment")).hasSize(6);
        assertThat(after.segmentsEncoded()).isEqualTo(1);
        assertThat(after.segmentsReused()).isEqualTo(5);
        assertThat(secondLookups.byCache.get("lead")).as("the edited scene's lead is found made")
                .containsExactly(Map.entry(3, true));
        assertThat(after.duration()).isGreaterThan(before.duration());

        MediaInfo info = new FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine()).probe(second);
        assertThat(info.streams()).extracting(MediaInfo.Stream::type).containsExactly("video", "audio");
        MediaInfo.Stream video = info.streams().get(0);
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.fps()).isEqualTo(15.0);
        assertThat(info.streams().get(1).codec()).isEqualTo("aac");
        double narration = seconds(workspace.resolve("audio/narration.wav"));
        double frame = 1.0 / 15;
        assertThat(info.duration().toNanos() / 1e9).isCloseTo(narration, within(frame));
        assertThat(after.duration().toNanos() / 1e9).isCloseTo(narration, within(frame));
        assertThat(Files.readString(dir.resolve("second.srt"))).contains("Scene four now says")
                .doesNotContain("This is scene number 4.");
    }

    private static RenderedVideo render(RenderObserver observer, io.videogen.application.port.in.VideoDraft draft,
                                        Path target, Path workspace) {
        RenderSpecUseCase renders = new OfflineRendering().useCase(observer);
        return renders.render(new RenderSpecCommand(draft, target, workspace, Map.of(), null));
    }

    static double seconds(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.getFrameLength() / (double) in.getFormat().getFrameRate();
        }
    }
}
