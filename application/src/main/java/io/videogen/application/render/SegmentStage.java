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
        Path soundtrackFile = Soundtracks.target(ctx, narration);
        Plan plan = plan(ctx, script, narration, stills, soundtrackFile);
        List<Planned> toEncode = new ArrayList<>();
        long reusedFrames = 0;
        for (Planned planned : plan.scenes()) {
            if (planned.found()) {
                reusedFrames += planned.frames();
            } else {
                toEncode.add(planned);
            }
        }
        // a soundtrack a task made was copied in with the segments, so the render stage finds it made
        boolean soundtrackMade = Files.exists(soundtrackFile);
        if (ctx.fanOut().worthIt(toEncode.size())) {
            SegmentTasks.handOut(ctx, toEncode, performances, narration, soundtrackMade ? null : soundtrackFile);
            // every task finished (done or dead): what no task made is encoded here, its failure told as ours
            try {
                SharedArtefacts.fetch(ctx, toEncode.stream().map(Planned::target).toList());
            } catch (IOException e) {
                // what was not copied is encoded here instead
            }
            toEncode.removeIf(planned -> Files.exists(planned.target()));
        }
        List<SegmentJob> jobs = new ArrayList<>();
        for (Planned planned : toEncode) {
            // The presenter is prepared here, one scene after another, so the encoders share nothing.
            jobs.add(new SegmentJob(planned.plan(performances), planned.target(), planned.frames(),
                    planned.sceneSpan()));
        }
        ParallelWork work = new ParallelWork();
        SegmentProgress progress = new SegmentProgress(plan.totalFrames(), reusedFrames, percent, work);
        int parallel = ctx.parallelism().segmentsAtOnce(spec(ctx).config().resolution());
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
        ParallelWork.Aside<Path> soundtrack = parallel > 1 && !Files.exists(soundtrackFile)
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
        return new Segments(plan.files(), soundtrack);
    }

    private static VideoSpec spec(RenderContext ctx) {
        return ctx.spec();
    }

    /** Every scene's segment, named, with what it takes to encode it. */
    private record Plan(List<Planned> scenes, List<Path> files, long totalFrames) {
    }

    /** One scene's segment as named; its plan is made only when it is encoded here (the presenter is costly). */
    record Planned(int index, Path target, boolean found, int frames, Tracing.Span sceneSpan, Scene scene,
                   RenderContext ctx, SceneTimeline timeline, Path still, Path previous, Duration transition,
                   List<TimedCaption> captions, Path clip, boolean kenBurns, Object background) {

        /** The scene's plan, with its lead (ADR 0041) when it has one. */
        SegmentPlan plan(Performances performances) throws IOException {
            VideoSpec spec = ctx.spec();
            return SceneLeads.withLead(ctx, new SegmentPlan(index, spec.config().resolution(), spec.config().fps(),
                    spec.config().quality(), timeline.duration(), still, kenBurns,
                    previous, transition, captions, spec.captionStyle(),
                    scene.avatar() ? performances.of(index) : null, clip,
                    clip == null ? null : ((Visual.Clip) scene.visual()).fit()), background);
        }
    }

    /**
     * Every scene's segment named, each looked for here and, with the soundtrack, among the shared
     * artefacts: those missing here are all asked for at once, so their round trips overlap.
     */
    private static Plan plan(RenderContext ctx, Script script, Narration narration, List<Path> stills,
                             Path soundtrack) throws IOException {
        List<Named> named = new ArrayList<>();
        for (Scene scene : script.scenes()) {
            named.add(name(ctx, scene, narration, stills));
        }
        List<Path> missing = new ArrayList<>();
        for (Named segment : named) {
            if (!Files.exists(segment.target())) {
                missing.add(segment.target());
            }
        }
        if (!Files.exists(soundtrack)) {
            missing.add(soundtrack);
        }
        // a segment another worker made (a task of this render, or of another video) is copied in
        SharedArtefacts.fetch(ctx, missing);
        List<Planned> scenes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        long totalFrames = 0;
        for (Named segment : named) {
            int index = segment.scene().index();
            ctx.trace().scene(index);
            boolean found = Files.exists(segment.target());
            ctx.trace().cacheLookup("segment", index, found);
            totalFrames += segment.timeline().frameCount();
            scenes.add(new Planned(index, segment.target(), found, segment.timeline().frameCount(),
                    ctx.trace().currentScene(), segment.scene(), ctx, segment.timeline(), stills.get(index),
                    segment.previous(), segment.transition(), segment.captions(), segment.clip(), segment.kenBurns(),
                    segment.background()));
            files.add(segment.target());
        }
        return new Plan(scenes, files, totalFrames);
    }

    /** A scene's segment named by everything that shapes its pictures, before it is looked for. */
    private record Named(Scene scene, Path target, SceneTimeline timeline, Path previous, Duration transition,
                         List<TimedCaption> captions, Path clip, boolean kenBurns, Object background) {
    }

    private static Named name(RenderContext ctx, Scene scene, Narration narration, List<Path> stills)
            throws IOException {
        VideoSpec spec = ctx.spec();
        int index = scene.index();
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
        return new Named(scene, segment, timeline, previous, transition, captions, clip, kenBurns, background);
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
        encode(ctx, job.plan(), job.target(), job.sceneSpan(), p -> progress.report(index, job.frames(), p));
    }

    /** Encodes one scene's segment; what stops the encoder is the scene's failure. */
    static void encode(RenderContext ctx, SegmentPlan plan, Path target, Tracing.Span sceneSpan, IntConsumer percent)
            throws IOException {
        try {
            ctx.trace().ffmpeg(sceneSpan, "segment", () -> ctx.engine().composer().renderSegment(plan, target,
                    percent));
        } catch (RenderStepException e) {
            throw new SceneFailure(plan.sceneIndex(), e.getMessage(), e.retryable(), e);
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
