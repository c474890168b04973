package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer;
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

    @Override
    public void assemble(AssemblyPlan plan, Path target, IntConsumer percentDone) {
        Objects.requireNonNull(plan, "plan");
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "assemble-" + target.getFileName())) {
            new SegmentAssembly(plan, limits).writeTo(output.temporary(), percentDone);
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
