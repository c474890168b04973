package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderLimitsTest {

    @TempDir
    Path dir;

    @Test
    void renderOverItsTimeAllowanceStopsWithARetryableErrorAndNoFile() {
        MediaLimits tight = new MediaLimits(Duration.ofMillis(300), 0, 1, dir.resolve("logs"));
        FfmpegVideoComposer composer = new FfmpegVideoComposer(tight, io.videogen.application.render.RenderParallelism.forThisMachine());
        Path still = TestMedia.solidPng(dir, "still.png", Color.GRAY, 1280, 720);
        Path target = dir.resolve("slow.mp4");
        // Ken Burns at 720p/high makes every frame new work: far more than 300 ms for 20 s.
        SegmentPlan plan = new SegmentPlan(0, new Resolution(1280, 720), 30, Quality.HIGH, Duration.ofSeconds(20), still,
                true, null, null, List.of(), CaptionStyle.defaults(), null);

        assertThatThrownBy(() -> composer.renderSegment(plan, target, p -> { }))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("longer than its allowance")
                .matches(e -> ((RenderStepException) e).retryable());
        assertThat(target).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.partial*");
    }

    @Test
    void allowanceGrowsWithTheMediaLength() {
        MediaLimits limits = new MediaLimits(Duration.ofSeconds(60), 6, 2, dir);

        assertThat(limits.budgetFor("x", Duration.ofMinutes(10)).allowance()).isEqualTo(Duration.ofSeconds(60 + 3600));
    }
}
