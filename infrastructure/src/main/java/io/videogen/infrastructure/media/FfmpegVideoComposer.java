package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.domain.media.Resolution;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;

/**
 * {@link VideoComposer} on the bundled FFmpeg libraries, called in-process through the bytedeco
 * presets (no ffmpeg executable, no libavdevice: see {@link NativeMedia}). Every output is written
 * under a temporary name and moved into place only when complete.
 */
@ApplicationScoped
public class FfmpegVideoComposer implements VideoComposer {

    private final MediaLimits limits;

    public FfmpegVideoComposer() {
        this(MediaLimits.defaults());
    }

    FfmpegVideoComposer(MediaLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads the FFmpeg libraries and opens an x264 encoder once, so the first segment of the first
     * render does not wait for it. Cheap to call again; meant for a background thread at start-up.
     */
    public void warmUp() {
        NativeMedia.load();
        try (FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "warm-up")) {
            SegmentEncoder.warmUp();
        } catch (RuntimeException e) {
            // Only a head start: the real encode reports any problem properly.
        }
    }

    @Override
    public void renderSegment(SegmentPlan plan, Path target, IntConsumer percentDone) {
        Objects.requireNonNull(plan, "plan");
        String step = "rendering scene " + plan.sceneIndex();
        RenderBudget budget = limits.budgetFor(step, plan.duration());
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "segment-" + target.getFileName())) {
            new SegmentRenderer(limits).render(plan, output.temporary(), percentDone, budget);
            output.commit();
        }
    }

    /**
     * Two encoders at once up to 720p on a machine with two or more cores: one x264 encoder keeps
     * only about 1.5 of 2 cores busy on mostly static pictures, two keep both busy. Larger frames
     * are encoded one at a time, because a 1080p x264 encoder holds about half a gigabyte of
     * look-ahead frames and two would not fit the 1 GB a render may use.
     */
    @Override
    public int parallelSegments(Resolution frame) {
        String forced = System.getenv("VIDEOGEN_PARALLEL_SEGMENTS");
        if (forced != null) {
            return Math.max(1, Integer.parseInt(forced));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return cores >= 2 && (long) frame.width() * frame.height() <= 1280L * 720 ? 2 : 1;
    }

    @Override
    public void assemble(AssemblyPlan plan, Path target) {
        Objects.requireNonNull(plan, "plan");
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "assemble-" + target.getFileName())) {
            new SegmentAssembly(plan, limits).writeTo(output.temporary());
            output.commit();
        }
    }

    @Override
    public void thumbnail(Path video, Duration at, Path jpeg) {
        try (AtomicOutput output = AtomicOutput.to(jpeg);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "thumbnail-" + jpeg.getFileName());
             VideoFrameReader reader = new VideoFrameReader(video, "mov", limits.threads())) {
            BufferedImage picture = reader.pictureAt(at.toNanos() / 1e9);
            if (!ImageIO.write(picture, "jpeg", output.temporary().toFile())) {
                throw new RenderStepException("this JVM has no JPEG writer", false);
            }
            output.commit();
        } catch (IOException e) {
            throw new RenderStepException("cannot write the thumbnail " + jpeg + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public MediaInfo probe(Path file) {
        try (FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "probe-" + file.getFileName())) {
            return MediaProbe.of(file);
        }
    }
}
