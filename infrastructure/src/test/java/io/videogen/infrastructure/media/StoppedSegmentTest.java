package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render that lost its job stops from inside the frame loop: the progress listener throws, and
 * the composer gives the exception back after removing the half-written segment.
 */
class StoppedSegmentTest {

    @TempDir
    Path dir;

    private final FfmpegVideoComposer composer = new FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine());

    private static final class Cancelled extends RuntimeException {
    }

    @Test
    void aSegmentWhoseListenerThrowsStopsThereAndLeavesNoFile() {
        Path still = TestMedia.solidPng(dir, "still.png", new Color(40, 80, 160), 320, 180);
        Path segment = dir.resolve("scene-0.mp4");
        List<Integer> heard = new ArrayList<>();

        // a moving picture (Ken Burns), so that every frame goes through the encoder: a still held
        // picture is coded in one step and reports its span at once (ADR 0020)
        VideoComposer.SegmentPlan moving = new VideoComposer.SegmentPlan(0, new Resolution(320, 180), 30, Quality.DRAFT,
                Duration.ofSeconds(20), still, true, null, null, List.of(), CaptionStyle.defaults(), null);
        assertThatThrownBy(() -> composer.renderSegment(moving, segment, percent -> {
                    heard.add(percent);
                    if (percent >= 10) {
                        throw new Cancelled();
                    }
                })).isInstanceOf(Cancelled.class);

        // a long scene is encoded as two halves at once, so the other half may report once more
        // before it sees the stop; what matters is that nothing runs on far past it
        assertThat(heard).as("told every percent, so a stop is noticed within a few frames")
                .startsWith(0).contains(9, 10).allMatch(percent -> percent <= 15);
        assertThat(segment).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void aSoundtrackStoppedAtAnyPointLeavesNoFile() {
        Path narration = TestMedia.wav(dir, "narration.wav", 16_000, 3.0, TestMedia.tone(300, 0.4, 16_000, 0.5, 2.5));
        Path soundtrack = dir.resolve("soundtrack.m4a");
        for (int stopAt : new int[] {20, 50}) {
            assertThatThrownBy(() -> composer.soundtrack(new VideoComposer.SoundtrackPlan(narration,
                    Duration.ofSeconds(3), null, 0, false, -16, null), soundtrack, percent -> {
                        if (percent >= stopAt) {
                            throw new Cancelled();
                        }
                    })).isInstanceOf(Cancelled.class);

            assertThat(soundtrack).doesNotExist();
            assertThat(dir).as("stopped at " + stopAt + " %").isDirectoryNotContaining("glob:**.partial*");
        }
    }
}
