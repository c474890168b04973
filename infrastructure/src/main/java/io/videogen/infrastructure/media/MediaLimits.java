package io.videogen.infrastructure.media;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How far one FFmpeg run may go: a time allowance that grows with the media's length, a cap on
 * encoder threads (which also caps x264's frame buffers, the bulk of its memory), and where logs go.
 */
record MediaLimits(Duration baseAllowance, double allowancePerMediaSecond, int threads, Path logDirectory) {

    static MediaLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        // 10 s of 1080p at x264 medium takes ~10 s on 2 cores; 6x leaves room for a busy machine.
        return new MediaLimits(Duration.ofSeconds(60), 6.0, Math.max(1, Math.min(cores, 4)),
                Path.of(System.getProperty("java.io.tmpdir"), "videogen-ffmpeg-logs"));
    }

    RenderBudget budgetFor(String step, Duration media) {
        long millis = baseAllowance.toMillis() + Math.round(media.toMillis() * allowancePerMediaSecond);
        return new RenderBudget(step, Duration.ofMillis(millis), System.nanoTime() + millis * 1_000_000L);
    }
}
