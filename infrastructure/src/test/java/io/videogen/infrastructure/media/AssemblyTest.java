package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssemblyTest {

    private static final double MUSIC_HZ = 2000;

    @TempDir
    static Path dir;

    private static final FfmpegVideoComposer composer = new FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine());
    private static List<Path> segments;
    private static Path narration;
    private static Path music;

    @BeforeAll
    static void renderThreeSegments() {
        Color[] colors = {Color.RED, Color.GREEN, Color.BLUE};
        int[] millis = {1000, 1500, 1250};
        segments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path still = TestMedia.solidPng(dir, "still" + i + ".png", colors[i], 320, 180);
            Path segment = dir.resolve("segment" + i + ".mp4");
            composer.renderSegment(new SegmentPlan(i, new Resolution(320, 180), 20, Quality.DRAFT,
                    Duration.ofMillis(millis[i]), still, false, null, null, List.of(), CaptionStyle.defaults(), null),
                    segment, p -> { });
            segments.add(segment);
        }
        // "Speech" (a 300 Hz tone, 16 kHz like FreeTTS) from 1.5 s to 3.0 s; music is a shorter 2 kHz loop.
        narration = TestMedia.wav(dir, "narration.wav", 16_000, 3.75, TestMedia.tone(300, 0.4, 16_000, 1.5, 3.0));
        music = TestMedia.wav(dir, "music.wav", 44_100, 1.6, TestMedia.tone(MUSIC_HZ, 0.5, 44_100, 0, 2));
    }

    /** The render's last two steps: the soundtrack, as long as the segments, then the join. */
    private static void assemble(List<Path> parts, Path narration, Path music, double musicVolume, boolean ducking,
                                 double loudnessTarget, Path target) {
        Duration length = Duration.ofNanos(Math.round(SegmentChain.totalSeconds(parts) * 1e9));
        Path soundtrack = target.resolveSibling(target.getFileName() + ".soundtrack.m4a");
        try {
            composer.soundtrack(new SoundtrackPlan(narration, length, music, musicVolume, ducking, loudnessTarget, null),
                    soundtrack, p -> { });
            composer.join(parts, soundtrack, target, p -> { });
        } finally {
            soundtrack.toFile().delete();
        }
    }

    @Test
    void joinsSegmentsWithOneAacTrackAtTheLoudnessTarget() throws IOException {
        Path video = dir.resolve("joined.mp4");

        assemble(segments, narration, music, 0.3, true, -16, video);

        MediaInfo info = composer.probe(video);
        assertThat(info.streams()).extracting(MediaInfo.Stream::type).containsExactly("video", "audio");
        assertThat(info.streams().get(0).codec()).isEqualTo("h264");
        assertThat(info.streams().get(1).codec()).isEqualTo("aac");
        assertThat(info.streams().get(1).sampleRate()).isEqualTo(48_000);
        assertThat(VideoPackets.of(video).count()).isEqualTo(20 + 30 + 25);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(3.75, within(0.05));
        assertThat(topLevelAtoms(video)).containsSubsequence("moov", "mdat");
        assertThat(SoundMeter.integratedLoudness(video)).isCloseTo(-16.0, within(1.0));
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void theJoinedFilesKeepTheSegmentsSquarePixelsReadWithoutAStreamProbe() {
        // SegmentChain and EncodedAudio open their inputs from the headers alone (ADR 0047): the one
        // setting the probe added that the MP4 muxer writes, the pixel aspect ratio (box pasp), must
        // still reach the video (a scene's parts are no longer joined apart: ADR 0045).
        Path video = dir.resolve("square.mp4");

        assemble(segments, narration, null, 0, false, -16, video);

        for (Path joined : List.of(segments.get(0), video)) {
            try (MediaInput input = MediaInput.openHeaders(joined, "mov")) {
                org.bytedeco.ffmpeg.avformat.AVStream stream = input.stream(input.streamOf(
                        org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO));
                assertThat(stream.sample_aspect_ratio().num()).as("pasp of " + joined.getFileName()).isEqualTo(1);
                assertThat(stream.sample_aspect_ratio().den()).isEqualTo(1);
            }
        }
    }

    @Test
    void narrationAloneIsLevelledToTheTargetAndKeptMonoAtItsOwnRate() {
        // A loud, peaky "voice": 300 Hz with a strong 5 kHz overtone, near full scale.
        Path loud = TestMedia.wav(dir, "loud.wav", 16_000, 3.75, n -> {
            double t = n / 16_000.0;
            return t >= 0.5 && t < 3.25 ? 0.55 * Math.sin(2 * Math.PI * 300 * t) + 0.4 * Math.sin(2 * Math.PI * 5000 * t)
                    : 0;
        });
        Path video = dir.resolve("narrated.mp4");

        assemble(segments, loud, null, 0, false, -16, video);

        MediaInfo info = composer.probe(video);
        assertThat(info.streams()).extracting(MediaInfo.Stream::codec).containsExactly("h264", "aac");
        assertThat(info.streams().get(1).sampleRate()).isEqualTo(16_000);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(3.75, within(0.05));
        assertThat(SoundMeter.integratedLoudness(video)).isCloseTo(-16.0, within(1.0));
        assertThat(dir).isDirectoryNotContaining("glob:**.narration.wav");
    }

    @Test
    void duckingLowersMusicUnderSpeech() {
        Path ducked = dir.resolve("ducked.mp4");
        Path plain = dir.resolve("plain.mp4");

        assemble(segments, narration, music, 0.3, true, -16, ducked);
        assemble(segments, narration, music, 0.3, false, -16, plain);

        double duckedDrop = musicUnderSpeechRatio(ducked);
        double plainDrop = musicUnderSpeechRatio(plain);
        assertThat(duckedDrop).isLessThan(plainDrop * 0.5);
    }

    @Test
    void failedAssemblyLeavesNoTargetFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.mp4"), "not a video");
        Path video = dir.resolve("never.mp4");

        assertThatThrownBy(() -> assemble(List.of(segments.get(0), broken), narration, null,
                0, false, -16, video))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("broken.mp4")
                .matches(e -> !((RenderStepException) e).retryable());
        assertThat(video).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void refusesToJoinASegmentCodedWithOtherSettingsOrAtAnotherSize() {
        // The segments after the first are read from their headers alone: their size and parameter
        // sets must still be checked against the first's.
        Path still = TestMedia.solidPng(dir, "other.png", Color.RED, 320, 180);
        Path otherQuality = dir.resolve("other-quality.mp4");
        composer.renderSegment(new SegmentPlan(0, new Resolution(320, 180), 20, Quality.HIGH, Duration.ofMillis(500),
                still, false, null, null, List.of(), CaptionStyle.defaults(), null), otherQuality, p -> { });
        Path otherSize = dir.resolve("other-size.mp4");
        composer.renderSegment(new SegmentPlan(0, new Resolution(160, 90), 20, Quality.DRAFT, Duration.ofMillis(500),
                still, false, null, null, List.of(), CaptionStyle.defaults(), null), otherSize, p -> { });

        for (Path other : List.of(otherQuality, otherSize)) {
            Path video = dir.resolve("mismatched.mp4");
            assertThatThrownBy(() -> assemble(List.of(segments.get(0), segments.get(1), other), narration, null,
                    0, false, -16, video))
                    .isInstanceOf(RenderStepException.class)
                    .hasMessageContaining(other.getFileName() + " was encoded differently from the first segment");
            assertThat(video).doesNotExist();
        }
    }

    @Test
    void thumbnailIsAJpegOfTheFrameAtTheTime() throws IOException {
        Path jpeg = dir.resolve("thumb.jpg");

        composer.thumbnail(segments.get(1), Duration.ofMillis(700), jpeg);

        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(jpeg.toFile());
        assertThat(picture.getWidth()).isEqualTo(320);
        assertThat(TestMedia.rgb(picture, 160, 90)[1]).isGreaterThan(200);   // the green scene
        assertThat(TestMedia.rgb(picture, 160, 90)[0]).isLessThan(50);
    }

    @Test
    void probeReadsAudioFiles() {
        MediaInfo info = composer.probe(narration);

        assertThat(info.format()).isEqualTo("wav");
        assertThat(info.duration().toMillis()).isCloseTo(3750, within(5L));
        assertThat(info.streams()).singleElement().satisfies(stream -> {
            assertThat(stream.type()).isEqualTo("audio");
            assertThat(stream.sampleRate()).isEqualTo(16_000);
        });
    }

    private static double musicUnderSpeechRatio(Path video) {
        float[] left = SoundMeter.leftChannel(video);
        double under = SoundMeter.amplitudeOf(left, MUSIC_HZ, 2.0, 2.9);
        double alone = SoundMeter.amplitudeOf(left, MUSIC_HZ, 0.3, 1.3);
        return under / alone;
    }

    static List<String> topLevelAtoms(Path file) throws IOException {
        List<String> atoms = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (position < channel.size()) {
                header.clear();
                channel.read(header, position);
                long size = Integer.toUnsignedLong(header.getInt(0));
                atoms.add(new String(header.array(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
                if (size == 1) {
                    size = header.getLong(8);
                }
                if (size < 8) {
                    break;
                }
                position += size;
            }
        }
        return atoms;
    }
}
