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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
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
        /** The soundtrack's pieces (told without a scene): found kept, and encoded; found levelled, and levelled. */
        int piecesKept;
        int piecesEncoded;
        int levelKept;
        int levelled;

        @Override
        public synchronized void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
            byCache.computeIfAbsent(cache, c -> new TreeMap<>()).put(sceneIndex, hit);
            if ("soundtrack-piece".equals(cache)) {
                if (hit) {
                    piecesKept++;
                } else {
                    piecesEncoded++;
                }
            }
            if ("soundtrack-level".equals(cache)) {
                if (hit) {
                    levelKept++;
                } else {
                    levelled++;
                }
            }
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

        // each scene's speech laid on the soundtrack's frame grid, within half a frame of its pictures (ADR 0052)
        Path firstNarration = dir.resolve("first-narration.wav");
        Files.copy(workspace.resolve("audio/narration.wav"), firstNarration);
        List<Integer> firstOnsets = speechOnGrid(firstNarration, dir.resolve("first.srt"));
        Path pieces = workspace.resolve("audio/soundtrack-pieces");
        List<Path> firstPieces = aacPieces(pieces);

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
        // the soundtrack: the pieces before scene 4 are found kept (ADR 0042), the rest encoded
        assertThat(firstLookups.piecesKept).isZero();
        assertThat(firstLookups.piecesEncoded).isGreaterThanOrEqualTo(6);
        // scenes 5 and 6, moved by the edit (their speech by whole AAC frames), find their pieces: of the pieces encoded
        // again, one has sound (scene 4's), the others are silences (a silence is named by its length: the ones
        // beside the edit, at the end)
        List<Integer> secondOnsets = speechOnGrid(workspace.resolve("audio/narration.wav"), dir.resolve("second.srt"));
        assertThat(secondOnsets.get(4)).as("scene 5 moved").isNotEqualTo(firstOnsets.get(4));
        assertThat(secondOnsets.subList(0, 4)).isEqualTo(firstOnsets.subList(0, 4));
        List<Path> encodedAgain = aacPieces(pieces).stream().filter(piece -> !firstPieces.contains(piece)).toList();
        assertThat(encodedAgain).hasSize(secondLookups.piecesEncoded);
        assertThat(encodedAgain.stream().filter(piece -> piece.toFile().length() > 8_000))
                .as("pieces with sound encoded again: scene 4's alone").hasSize(1);
        assertThat(secondLookups.piecesKept).as("the silence before scene 1, scenes 1 to 3, 5 and 6")
                .isGreaterThanOrEqualTo(6);
        assertThat(secondLookups.piecesKept + secondLookups.piecesEncoded)
                .isEqualTo(firstLookups.piecesKept + firstLookups.piecesEncoded);
        // each scene levelled on its own (ADR 0044): only the edited one again, the moved ones only re-encoded
        assertThat(firstLookups.levelKept).isZero();
        assertThat(firstLookups.levelled).as("every scene").isGreaterThanOrEqualTo(6);
        assertThat(secondLookups.levelled).as("scene 4").isEqualTo(1);
        assertThat(secondLookups.levelKept).isEqualTo(firstLookups.levelled - 1);

        // the same video as a render of the edited spec in an empty workspace, its soundtrack to the byte
        Path fresh = dir.resolve("fresh.mp4");
        Path freshWorkspace = dir.resolve("fresh-work");
        Lookups freshLookups = new Lookups();
        render(freshLookups, Drafts.of(scenes), fresh, freshWorkspace);
        assertThat(freshLookups.piecesKept).isZero();
        try (java.util.stream.Stream<Path> audio = Files.list(freshWorkspace.resolve("audio"))) {
            Path soundtrack = audio.filter(file -> file.getFileName().toString().startsWith("soundtrack-")
                    && file.toString().endsWith(".m4a")).findFirst().orElseThrow();
            assertThat(Files.mismatch(soundtrack, workspace.resolve("audio").resolve(soundtrack.getFileName())))
                    .isEqualTo(-1);
        }
        assertThat(audioPackets(second)).as("the re-render's audio is the fresh render's, packet for packet")
                .isEqualTo(audioPackets(fresh)).isNotEmpty();

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

    /**
     * Each scene's speech onset in the narration (its first sample that is not zero, in samples), checked against
     * the scene's pictures: the first caption of a scene (one that starts after a pause) shows from the scene's start
     * plus the lead-in, the caption's own time to the millisecond; the onset, less scene 1's (which starts at 0, on
     * the grid: the lead-in and the clip's own leading silence, the same for these clips that all start "This is"),
     * is on the 1,024-sample grid and within half a frame (and the SRT's millisecond) of the caption.
     */
    private static List<Integer> speechOnGrid(Path narration, Path srt) throws Exception {
        short[] samples;
        int rate;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(narration.toFile())) {
            rate = Math.round(in.getFormat().getSampleRate());
            byte[] bytes = in.readAllBytes();
            samples = new short[bytes.length / 2];
            java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        }
        List<Integer> onsets = new ArrayList<>();
        int silent = 0;
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] == 0) {
                silent++;
                continue;
            }
            if (onsets.isEmpty() || silent > rate / 4) {
                onsets.add(i);
            }
            silent = 0;
        }
        List<Double> sceneCaptions = new ArrayList<>();
        double lastEnd = -1;
        for (String line : Files.readAllLines(srt)) {
            if (line.contains(" --> ")) {
                String[] times = line.split(" --> ");
                double start = srtSeconds(times[0]);
                if (start > lastEnd + 0.2) {
                    sceneCaptions.add(start);
                }
                lastEnd = srtSeconds(times[1]);
            }
        }
        assertThat(onsets).hasSize(6);
        assertThat(sceneCaptions).hasSize(6);
        int lead = onsets.get(0) - (int) Math.round(sceneCaptions.get(0) * rate);   // the clip's leading silence
        for (int scene = 0; scene < 6; scene++) {
            if (scene == 3) {
                continue;   // another sentence (the edited one): its own leading silence
            }
            int start = onsets.get(scene) - onsets.get(0);
            assertThat(start % 1_024).as("scene %d's speech on the grid", scene + 1).isZero();
            double pictures = sceneCaptions.get(scene) - sceneCaptions.get(0);
            assertThat(Math.abs(start / (double) rate - pictures)).as("scene %d's speech against its pictures", scene + 1)
                    .isLessThanOrEqualTo(512.0 / rate + 0.001);
        }
        assertThat(lead).isBetween(0, rate / 100);
        return onsets;
    }

    private static double srtSeconds(String time) {
        String[] parts = time.trim().split("[:,]");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2])
                + Integer.parseInt(parts[3]) / 1000.0;
    }

    private static List<Path> aacPieces(Path directory) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("aac-")).sorted().toList();
        }
    }

    private static RenderedVideo render(RenderObserver observer, io.videogen.application.port.in.VideoDraft draft,
                                        Path target, Path workspace) {
        RenderSpecUseCase renders = new OfflineRendering().useCase(observer);
        return renders.render(new RenderSpecCommand(draft, target, workspace, Map.of(), null));
    }

    /** Every audio packet of the MP4: its pts, duration and bytes (in hex), in order. */
    private static List<String> audioPackets(Path mp4) {
        org.bytedeco.ffmpeg.avformat.AVFormatContext context = new org.bytedeco.ffmpeg.avformat.AVFormatContext(null);
        assertThat(avformat.avformat_open_input(context, mp4.toString(), null, null)).isZero();
        List<String> packets = new ArrayList<>();
        org.bytedeco.ffmpeg.avcodec.AVPacket packet = avcodec.av_packet_alloc();
        try {
            assertThat(avformat.avformat_find_stream_info(context, (org.bytedeco.ffmpeg.avutil.AVDictionary) null))
                    .isGreaterThanOrEqualTo(0);
            int audio = avformat.av_find_best_stream(context, avutil.AVMEDIA_TYPE_AUDIO, -1, -1,
                    (org.bytedeco.ffmpeg.avcodec.AVCodec) null, 0);
            while (avformat.av_read_frame(context, packet) >= 0) {
                if (packet.stream_index() == audio) {
                    byte[] data = new byte[packet.size()];
                    packet.data().get(data);
                    packets.add(packet.pts() + "+" + packet.duration() + ":" + HexFormat.of().formatHex(data));
                }
                avcodec.av_packet_unref(packet);
            }
        } finally {
            avcodec.av_packet_free(packet);
            avformat.avformat_close_input(context);
        }
        return packets;
    }

    static double seconds(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.getFrameLength() / (double) in.getFormat().getFrameRate();
        }
    }
}
