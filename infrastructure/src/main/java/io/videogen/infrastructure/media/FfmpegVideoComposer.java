package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.domain.media.Resolution;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;

/**
 * {@link VideoComposer} on the bundled FFmpeg libraries, called in-process through the bytedeco
 * presets (no ffmpeg executable, no libavdevice: see {@link NativeMedia}). Every output is written
 * under a temporary name and moved into place only when complete.
 */
@ApplicationScoped
public class FfmpegVideoComposer implements VideoComposer {

    /** A scene is split in two only if each half lasts this long: a key frame costs more than a second of a still. */
    private static final int MIN_PART_FRAMES_SECONDS = 2;
    private static final Semaphore ENCODER_SLOTS = new Semaphore(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    private static final ExecutorService HALVES = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "videogen-segment-half");
        thread.setDaemon(true);
        return thread;
    });

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
        int frames = SegmentRenderer.frameCount(plan);
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "segment-" + target.getFileName())) {
            if (parallelSegments(plan.frame()) > 1 && frames >= 2 * MIN_PART_FRAMES_SECONDS * plan.fps()) {
                renderInTwoParts(plan, output.temporary(), percentDone, budget, frames);
            } else {
                withEncoderSlot(() -> new SegmentRenderer(limits).render(plan, output.temporary(), percentDone, budget));
            }
            output.commit();
        }
    }

    /**
     * Encodes the two halves of a scene side by side (each a segment starting with a key frame) and
     * joins them by packet copy: a scene rendered alone, as after an edit, then keeps both cores busy
     * instead of one x264 encoder's ~1.5. The encoder slots keep the total at two encoders.
     */
    private void renderInTwoParts(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget,
                                  int frames) {
        // A cross-fade frame changes everywhere and costs x264 about three still frames, so the half
        // with the fade gets fewer frames: both halves then finish at about the same time.
        int fade = plan.previousStill() == null ? 0
                : Math.min(frames / 2, (int) Math.round(plan.transition().toNanos() * (double) plan.fps() / 1e9));
        int middle = Math.max(1, (frames - 2 * fade) / 2);
        int[] done = new int[2];
        int[] reported = {-1};
        AtomicBoolean stop = new AtomicBoolean();
        IntConsumer[] parts = new IntConsumer[2];
        for (int part = 0; part < 2; part++) {
            int index = part;
            int partFrames = part == 0 ? middle : frames - middle;
            parts[part] = percent -> {
                if (stop.get()) {
                    throw new RenderStepException("stopped: the other half of scene " + plan.sceneIndex()
                            + " failed", false);
                }
                synchronized (done) {
                    done[index] = partFrames * percent / 100;
                    reported[0] = Math.max(reported[0], (done[0] + done[1]) * 100 / frames);
                    // Passed on every time, not only when it grows: a listener that throws stops the work.
                    percentDone.accept(reported[0]);
                }
            };
        }
        try (AtomicOutput first = AtomicOutput.to(file.resolveSibling(file.getFileName() + ".a.mp4"));
             AtomicOutput second = AtomicOutput.to(file.resolveSibling(file.getFileName() + ".b.mp4"))) {
            Future<?> secondHalf = HALVES.submit(() -> {
                try (FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "segment-" + file.getFileName() + "-b")) {
                    withEncoderSlot(() -> new SegmentRenderer(limits).render(plan, second.temporary(), parts[1],
                            budget, middle, frames));
                }
                return null;
            });
            try {
                withEncoderSlot(() -> new SegmentRenderer(limits).render(plan, first.temporary(), parts[0], budget,
                        0, middle));
            } catch (RuntimeException e) {
                stop.set(true);
                awaitQuietly(secondHalf);
                throw e;
            }
            await(secondHalf, plan);
            SegmentJoin.join(List.of(first.temporary(), second.temporary()), file, budget);
        }
    }

    private static void await(Future<?> half, SegmentPlan plan) {
        try {
            half.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new RenderStepException("rendering scene " + plan.sceneIndex() + " failed: " + e.getCause(),
                    false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderStepException("interrupted while rendering scene " + plan.sceneIndex(), true, e);
        }
    }

    private static void awaitQuietly(Future<?> half) {
        try {
            half.get();
        } catch (ExecutionException | RuntimeException e) {
            // the first failure is the one reported
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** At most {@link #ENCODER_SLOTS} x264 encoders run at once in this process, whoever starts them. */
    private static void withEncoderSlot(Runnable encode) {
        try {
            ENCODER_SLOTS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderStepException("interrupted while waiting to encode", true, e);
        }
        try {
            encode.run();
        } finally {
            ENCODER_SLOTS.release();
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
    public void soundtrack(SoundtrackPlan plan, Path target, IntConsumer percentDone) {
        Objects.requireNonNull(plan, "plan");
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "soundtrack-" + target.getFileName())) {
            new SoundtrackWriter(plan, limits).writeTo(output.temporary(), percentDone);
            output.commit();
        }
    }

    @Override
    public void join(List<Path> segments, Path soundtrack, Path target, IntConsumer percentDone) {
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "assemble-" + target.getFileName())) {
            new SegmentAssembly(segments, soundtrack, limits).writeTo(output.temporary(), percentDone);
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
