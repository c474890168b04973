package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.Visual;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Stage {@code composition}: one video-only segment per scene, the cross-fade from the previous
 * still inside it; segments of a size that leaves room are encoded side by side, the soundtrack
 * beside them. A segment is named by everything that shapes its pictures, so one made before is found.
 */
final class SegmentStage {

    private SegmentStage() {
    }

    static Segments run(RenderContext ctx, Script script, Narration narration, Performances performances,
                        List<Path> stills, IntConsumer percent) throws IOException {
        VideoSpec spec = ctx.spec();
        List<Path> segments = new ArrayList<>();
        List<SegmentJob> jobs = new ArrayList<>();
        long totalFrames = 0;
        long reusedFrames = 0;
        for (Scene scene : script.scenes()) {
            int index = scene.index();
            ctx.trace().scene(index);
            SceneTimeline timeline = narration.scene(index);
            Path previous = index == 0 ? null : stills.get(index - 1);
            Duration transition = index == 0 ? Duration.ZERO : spec.imageSync().transitionLength();
            List<TimedCaption> captions = spec.burnInCaptions()
                    ? CaptionTrack.burnedIn(timeline, spec.captionStyle().look()) : List.of();
            Optional<GeneratedClips.SceneClip> generated = GeneratedClips.found(ctx, scene, timeline.duration());
            Path clip = scene.visual() instanceof Visual.Clip c && c.uploaded() ? ctx.assets().of(index, c.assetId())
                    : generated.map(GeneratedClips.SceneClip::file).orElse(null);
            // a clip scene is named by the clip's bytes too (still scenes keep the names they had)
            Object background = clip == null ? stills.get(index).getFileName() : stills.get(index).getFileName()
                    + "+clip:" + (generated.isPresent() ? ContentHash.ofFile(clip)
                    : ctx.assets().contentHash(index, ((Visual.Clip) scene.visual()).assetId()));
            boolean kenBurns = spec.imageSync().kenBurns()
                    || GeneratedClips.wanted(scene.visual()) && generated.isEmpty();
            Path segment = ctx.keys().segment(spec.config(), background,
                    previous == null ? "-" : previous.getFileName(), transition, kenBurnsKey(kenBurns),
                    narration.speechKey(index), timeline.frameCount(), captions.stream().map(c -> c.lines() + "#" + c.highlight()
                            + "@" + c.start().toNanos() + "-" + c.end().toNanos()).toList(),
                    spec.burnInCaptions() ? spec.captionStyle() : "-",
                    scene.avatar() ? ctx.avatarLook().fingerprint() + spec.avatarConfig() + "#"
                            + Performances.blinkSeed(ctx, index) : "-");
            boolean hit = Files.exists(segment);
            ctx.trace().cacheLookup("segment", index, hit);
            totalFrames += timeline.frameCount();
            if (hit) {
                reusedFrames += timeline.frameCount();
            } else {
                // The presenter is prepared here, one scene after another, so the encoders share nothing.
                SegmentPlan plan = new SegmentPlan(index, spec.config().resolution(), spec.config().fps(),
                        spec.config().quality(), timeline.duration(), stills.get(index), kenBurns,
                        previous, transition, captions, spec.captionStyle(),
                        scene.avatar() ? performances.of(index) : null, clip,
                        clip == null ? null : ((Visual.Clip) scene.visual()).fit());
                jobs.add(new SegmentJob(plan, segment, timeline.frameCount(), ctx.trace().currentScene()));
            }
            segments.add(segment);
        }
        ParallelWork work = new ParallelWork();
        SegmentProgress progress = new SegmentProgress(totalFrames, reusedFrames, percent, work);
        int parallel = ctx.parallelism().segmentsAtOnce(spec.config().resolution());
        if (parallel > 1) {
            // Longest first, so no long scene is left to encode alone at the end while a core idles.
            jobs.sort((a, b) -> Integer.compare(b.frames(), a.frames()));
        }
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        for (SegmentJob job : jobs) {
            pieces.add(() -> encode(ctx, job, progress));
        }
        // Where two encoders share the machine, the soundtrack is mixed and encoded beside them; it
        // needs only the narration. (A larger frame leaves no memory to spare for it.) Whatever stops
        // it is kept for the render stage, which reports it as its own.
        Tracing.Span stage = ctx.trace().currentStage();
        ParallelWork.Aside<Path> soundtrack = parallel > 1
                ? work.aside("soundtrack", () -> Soundtracks.make(ctx, narration, stage, done -> progress.touch()))
                : null;
        try {
            work.run("segment", pieces, parallel);
        } finally {
            if (soundtrack != null) {
                soundtrack.await();
            }
        }
        percent.accept(100);
        return new Segments(segments, soundtrack);
    }

    /**
     * Ken Burns as a segment's key says it: "2" since a fade starts from where the scene before ended
     * its move (segments made before, which faded from its picture at rest, are not reused).
     */
    private static Object kenBurnsKey(boolean kenBurns) {
        return kenBurns ? "ken-burns-2" : false;
    }

    /** One scene's segment still to be encoded. */
    private record SegmentJob(SegmentPlan plan, Path target, int frames, Tracing.Span sceneSpan) {
    }

    private static void encode(RenderContext ctx, SegmentJob job, SegmentProgress progress) throws IOException {
        int index = job.plan().sceneIndex();
        try {
            ctx.trace().ffmpeg(job.sceneSpan(), "segment", () -> ctx.engine().composer().renderSegment(job.plan(),
                    job.target(), p -> progress.report(index, job.frames(), p)));
        } catch (RenderStepException e) {
            throw new SceneFailure(index, e.getMessage(), e.retryable(), e);
        }
    }

    /** Frames encoded over all segments, however many encoders report at once. */
    private static final class SegmentProgress {

        private final long totalFrames;
        private final long reusedFrames;
        private final IntConsumer percent;
        private final ParallelWork work;
        private final Map<Integer, Long> framesByScene = new HashMap<>();
        private int reported = -1;

        SegmentProgress(long totalFrames, long reusedFrames, IntConsumer percent, ParallelWork work) {
            this.totalFrames = Math.max(1, totalFrames);
            this.reusedFrames = reusedFrames;
            this.percent = percent;
            this.work = work;
        }

        /** Work beside the encoders checks in here: it stops when they are stopped or the job is. */
        void touch() {
            work.checkNotStopped();
            synchronized (this) {
                percent.accept(Math.max(0, reported));
            }
        }

        void report(int sceneIndex, int frames, int scenePercent) {
            // Another scene's encoder failed: stop this one at its next frame.
            work.checkNotStopped();
            synchronized (this) {
                framesByScene.put(sceneIndex, (long) frames * Math.max(0, Math.min(100, scenePercent)) / 100);
                long done = reusedFrames + framesByScene.values().stream().mapToLong(Long::longValue).sum();
                reported = Math.max(reported, (int) Math.min(99, 100 * done / totalFrames));
                // Told every time, not only when it grows: the listener may throw to stop the render.
                percent.accept(reported);
            }
        }
    }
}
