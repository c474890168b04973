package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.HeldPicturesTest.decodeAt30Fps;
import static io.videogen.infrastructure.media.HeldPicturesTest.full;
import static io.videogen.infrastructure.media.HeldPicturesTest.gradientPng;
import static io.videogen.infrastructure.media.HeldPicturesTest.meanDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held picture after a run of moving frames is coded on an encoder of its own beside the run's flush
 * (ADR 0048): its IDR picture comes right after the run's packets, is the very IDR picture x264 codes for it
 * alone, and decodes to the painted picture.
 */
class HeldPictureBesideTest {

    private static final Resolution SIZE = new Resolution(320, 180);
    private static final int FADE = 6;
    private static final int HELD = 30;

    @TempDir
    Path dir;

    @Test
    void theHeldPictureCodedBesideTheRunsFlushFollowsItsPacketsAndIsTheIdrPictureCodedAlone() throws IOException {
        BufferedImage before = picture("before.png", new Color(75, 19, 79), new Color(201, 75, 75));
        BufferedImage after = picture("slide.png", new Color(30, 60, 114), new Color(42, 82, 152));
        Path faded = dir.resolve("faded.mp4");
        Path alone = dir.resolve("alone.mp4");
        try (PictureConverter converter = new PictureConverter(SIZE)) {
            AVFrame from = converter.convert(before);
            AVFrame to = converter.convert(after);
            try (SegmentEncoder encoder = encoder(faded)) {
                Crossfade crossfade = new Crossfade();
                for (int frame = 0; frame < FADE; frame++) {
                    AVFrame blended = crossfade.blend(from, to, (frame + 1.0) / (FADE + 1));
                    encoder.append(blended);
                    av_frame_free(blended);
                }
                encoder.hold(to, HELD);
                encoder.finish();
            }
            try (SegmentEncoder encoder = encoder(alone)) {
                encoder.hold(to, HELD);
                encoder.finish();
            }
            av_frame_free(from);
            av_frame_free(to);
        }

        List<VideoPackets.Packet> packets = VideoPackets.payloads(faded);
        List<VideoPackets.Packet> held = VideoPackets.payloads(alone);
        assertThat(packets).hasSize(FADE + HELD);
        assertThat(packets.get(0).key()).isTrue();
        for (int packet = 1; packet < packets.size(); packet++) {
            assertThat(packets.get(packet).key()).as("packet %d", packet).isEqualTo(packet == FADE);
        }
        assertThat(packets.get(FADE).data()).as("the IDR picture coded beside the flush")
                .isEqualTo(held.get(0).data());

        List<BufferedImage> decoded = decodeAt30Fps(faded, FADE + HELD);
        List<BufferedImage> decodedAlone = decodeAt30Fps(alone, HELD);
        for (int frame = FADE; frame < FADE + HELD; frame += 7) {
            assertThat(meanDifference(decoded.get(frame), decodedAlone.get(frame - FADE), full(SIZE)))
                    .as("frame %d against the held picture coded alone", frame).isZero();
            assertThat(meanDifference(decoded.get(frame), after, full(SIZE)))
                    .as("frame %d against the painted picture", frame).isLessThan(1.5);
        }
        for (int frame = 1; frame < FADE; frame++) {
            assertThat(meanDifference(decoded.get(frame), decoded.get(frame - 1), full(SIZE)))
                    .as("fade frame %d moves on", frame).isPositive();
        }
    }

    private static SegmentEncoder encoder(Path file) {
        return new SegmentEncoder(file, SIZE, 30, X264Settings.of(Quality.HIGH), 2, false);
    }

    /** The test's gradient picture (as {@link HeldPicturesTest} paints it) on the renderer's canvas. */
    private BufferedImage picture(String name, Color from, Color to) throws IOException {
        BufferedImage image = PictureConverter.canvas(SIZE);
        Graphics2D g = image.createGraphics();
        g.drawImage(ImageIO.read(gradientPng(dir, name, from, to, SIZE).toFile()), 0, 0, null);
        g.dispose();
        return image;
    }
}
