package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SoundtrackPieces;
import io.videogen.application.render.RenderParallelism;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
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

    private final MediaLimits limits;
    private final RenderParallelism parallelism;
    /** At most this many x264 encoders run at once through this composer (one per process), whoever starts them. */
    private final Semaphore encoderSlots;
    /** Runs the second half of a scene encoded in two; its threads end when idle. */
    private final ExecutorService halves = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "videogen-segment-half");
        thread.setDaemon(true);
        return thread;
    });

    /** @param parallelism how many encoders may run at once, and whether a scene may be split in two */
    @Inject
    public FfmpegVideoComposer(RenderParallelism parallelism) {
        this(MediaLimits.defaults(), parallelism);
    }

    FfmpegVideoComposer(MediaLimits limits, RenderParallelism parallelism) {
        this.limits = limits;
        this.parallelism = parallelism;
        this.encoderSlots = new Semaphore(parallelism.encoderSlots());
    }

    @PreDestroy
    void close() {
        halves.shutdown();
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
        int frames = plan.frameCount();
        SceneLead lead = SceneHalves.lead(plan);
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "segment-" + target.getFileName())) {
            boolean inTwo = parallelism.splitsScenes(plan.frame()) && frames >= 2 * MIN_PART_FRAMES_SECONDS * plan.fps();
            if (inTwo || lead != null) {
                renderInParts(plan, lead, inTwo, output.temporary(), percentDone, budget, frames);
            } else {
                withEncoderSlot(() -> new SegmentRenderer(limits).render(plan, output.temporary(), percentDone, budget));
            }
            output.commit();
        }
    }

    /**
     * Encodes a scene in parts, each starting with a key frame, in one file: its lead (ADR 0041: found, or
     * made first), then the rest as one part or, {@code inTwo}, as two halves side by side — a scene
     * rendered alone, as after an edit, then keeps both cores busy instead of one x264 encoder's ~1.5. The
     * lead and the second half are packet-copied into the first part's file (ADR 0045). The encoder slots
     * keep the total at two encoders.
     */
    private void renderInParts(SegmentPlan plan, SceneLead lead, boolean inTwo, Path file, IntConsumer percentDone,
                               RenderBudget budget, int frames) {
        int from = lead == null ? 0 : lead.frames();
        boolean leadFound = lead != null && Files.exists(lead.file());
        int middle = inTwo ? Math.max(from + 1, SceneHalves.cut(plan, frames, leadFound ? from : 0)) : frames;
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
        try (AtomicOutput second = AtomicOutput.to(file.resolveSibling(file.getFileName() + ".b.mp4"))) {
            Future<?> secondHalf = !inTwo ? null : halves.submit(() -> {
                try (FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "segment-" + file.getFileName() + "-b")) {
                    withEncoderSlot(() -> new SegmentRenderer(limits).render(plan, second.temporary(), parts[1],
                            budget, middle, frames));
                }
                return null;
            });
            // The first part is coded straight into the scene's file, the lead copied in before it and the
            // second half after it: no join writes the scene again. Its encoder slot is given back as soon
            // as x264 is done with it, before the wait for the second half, which needs a slot of its own.
            try (EncoderSlot slot = new EncoderSlot()) {
                if (lead != null && !leadFound) {
                    makeLead(plan, lead, p -> parts[0].accept(p * from / middle), budget);
                }
                new SegmentRenderer(limits).render(plan, file,
                        p -> parts[0].accept((from * 100 + p * (middle - from)) / middle), budget, from, middle,
                        new SegmentRenderer.Around(lead == null ? List.of() : List.of(lead.file()), slot::release,
                                () -> {
                                    if (secondHalf == null) {
                                        return null;
                                    }
                                    await(secondHalf, plan);
                                    return second.temporary();
                                }));
            } catch (RuntimeException e) {
                stop.set(true);
                if (secondHalf != null) {
                    awaitQuietly(secondHalf);
                }
                throw e;
            }
        }
    }

    /** Codes the scene's lead into its own file, where the next render of a scene with the same lead finds it. */
    private void makeLead(SegmentPlan plan, SceneLead lead, IntConsumer percent, RenderBudget budget) {
        try (AtomicOutput output = AtomicOutput.to(lead.file())) {
            new SegmentRenderer(limits).render(plan, output.temporary(), percent, budget, 0, lead.frames());
            output.commit();
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

    /** At most the parallelism's encoder slots of x264 encoders run at once, whoever starts them. */
    private void withEncoderSlot(Runnable encode) {
        try (EncoderSlot slot = new EncoderSlot()) {
            encode.run();
        }
    }

    /** One of the encoder slots, held from its making until released or closed, whichever comes first. */
    private final class EncoderSlot implements AutoCloseable {

        private boolean held;

        EncoderSlot() {
            try {
                encoderSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderStepException("interrupted while waiting to encode", true, e);
            }
            held = true;
        }

        void release() {
            if (held) {
                held = false;
                encoderSlots.release();
            }
        }

        @Override
        public void close() {
            release();
        }
    }

    @Override
    public SoundtrackPieces soundtrack(SoundtrackPlan plan, Path target, IntConsumer percentDone) {
        Objects.requireNonNull(plan, "plan");
        try (AtomicOutput output = AtomicOutput.to(target);
             FfmpegLog log = FfmpegLog.start(limits.logDirectory(), "soundtrack-" + target.getFileName())) {
            SoundtrackPieces pieces = new SoundtrackWriter(plan, limits).writeTo(output.temporary(), percentDone);
            output.commit();
            return pieces;
        }
    }

    @Override
    public int soundtrackFrame() {
        return SpokenAac.FRAME;
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
             // probed (among the whitelisted containers): our MP4s, and an uploaded clip of any accepted kind
             VideoFrameReader reader = new VideoFrameReader(video, null, limits.threads())) {
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
