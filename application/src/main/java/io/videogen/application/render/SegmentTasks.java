package io.videogen.application.render;

import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.media.Visual;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A render's segments and soundtrack as tasks that carry their inputs (ADR 0024). The job that fans
 * out puts into the media store the files the segment tasks are made from — the stills and generated
 * clips they show — and only then queues the tasks, each with its {@link TaskBrief} in its own row. The
 * narration track the soundtrack is made from stays in the fanning worker's workspace, in no store: that
 * worker is the soundtrack task's first pick, and where another takes it the task dies and the video's
 * assembly makes the soundtrack itself. The worker that takes a task has its brief from the claim, copies in the few files it names, and
 * makes the one artefact: it runs no stage before composition and needs nothing of the job's workspace,
 * so it may have a data directory of its own, empty.
 */
final class SegmentTasks {

    private SegmentTasks() {
    }

    /**
     * Hands the segments still to encode, and the soundtrack unless it is made, to the queue. Returns
     * once every task has finished; until then the render stops here and its job waits
     * ({@link AwaitingTasks}).
     *
     * @param soundtrack the soundtrack still to make; null when it is made
     */
    static void handOut(RenderContext ctx, List<SegmentStage.Planned> toEncode, Performances performances,
                        Narration narration, Path soundtrack) throws IOException {
        Set<String> shared = new HashSet<>();
        List<TaskOrder> orders = new ArrayList<>();
        for (SegmentStage.Planned planned : toEncode) {
            SegmentPlan plan = planned.plan(performances);
            TaskBrief brief = new TaskBrief.Segment(plan.sceneIndex(), plan.duration(), input(ctx, plan.still(), shared),
                    plan.kenBurns(), plan.previousStill() == null ? null : input(ctx, plan.previousStill(), shared),
                    plan.transition(), plan.captions(), clip(ctx, planned, shared), plan.clipFit(), plan.avatar(),
                    plan.lead() == null ? null : plan.lead().file().getFileName().toString(),
                    plan.lead() == null ? 0 : plan.lead().frames());
            String name = planned.target().getFileName().toString();
            orders.add(new TaskOrder(name, TaskOrder.Kind.SEGMENT, planned.index(), planned.frames(),
                    TaskBrief.bytes(brief)));
        }
        if (soundtrack != null) {
            Path narrationWav = Soundtracks.layNarration(ctx, narration);
            String key = SharedArtefacts.narrationOf(soundtrack);
            keep(narrationWav, ctx.keys().narrationFor(storedName(key)));
            String name = soundtrack.getFileName().toString();
            orders.add(new TaskOrder(name, TaskOrder.Kind.SOUNDTRACK, -1, 0,
                    TaskBrief.bytes(new TaskBrief.Soundtrack(key, narration.duration()))));
        }
        int unfinished = ctx.trace().fanOut(FanOutStep.QUEUE,
                () -> ctx.fanOut().ensure(orders, ctx.trace().currentStage().context()));
        if (unfinished > 0) {
            throw new AwaitingTasks(unfinished);
        }
    }

    /**
     * One task's artefact, named {@code artefact}: made here from its brief (as the task's row carried it)
     * and the inputs its render put in the media store (or found made in this workspace). Shared for the
     * worker that assembles the video by {@link #share}, on its own.
     */
    static Path make(RenderContext ctx, String artefact, byte[] briefBytes, IntConsumer percent) throws IOException {
        Path target = ctx.keys().named(artefact);
        if (!Files.exists(target)) {
            TaskBrief brief = TaskBrief.of(briefBytes);
            if (brief instanceof TaskBrief.Soundtrack soundtrack) {
                Path narrationWav = narration(ctx, soundtrack.narrationKey());
                Soundtracks.encode(ctx, narrationWav, soundtrack.length(), target, ctx.trace().currentStage(), percent);
            } else {
                TaskBrief.Segment segment = (TaskBrief.Segment) brief;
                ctx.trace().scene(segment.sceneIndex());
                SegmentStage.encode(ctx, plan(ctx, segment), target, ctx.trace().currentScene(), percent);
            }
        }
        return target;
    }

    /**
     * Puts the artefact a task made where the worker that assembles its video finds it; on a thread of its
     * own while the worker makes its next task, so timed as the put's own time, off the worker's path.
     */
    static void share(RenderContext ctx, String artefact) throws IOException {
        Path made = ctx.keys().named(artefact);
        ctx.trace().fanOutStep(FanOutStep.ARTEFACT_PUT_BACKGROUND, () -> {
            SharedArtefacts.share(ctx.media(), made);
        });
    }

    private static SegmentPlan plan(RenderContext ctx, TaskBrief.Segment brief) throws IOException {
        VideoSpec spec = ctx.spec();
        Path clip = null;
        if (brief.clip() != null && brief.clip().startsWith(TaskBrief.Segment.UPLOAD)) {
            clip = ctx.assets().of(brief.sceneIndex(), AssetId.parse(
                    brief.clip().substring(TaskBrief.Segment.UPLOAD.length())));
        } else if (brief.clip() != null) {
            clip = fetch(ctx, brief.clip());
        }
        return new SegmentPlan(brief.sceneIndex(), spec.config().resolution(), spec.config().fps(),
                spec.config().quality(), brief.duration(), fetch(ctx, brief.stillKey()), brief.kenBurns(),
                brief.previousKey() == null ? null : fetch(ctx, brief.previousKey()), brief.transition(),
                brief.captions(), spec.captionStyle(), brief.avatar(), clip, brief.clipFit(),
                brief.lead() == null ? null : new SceneLead(ctx.keys().named(brief.lead()), brief.leadFrames()));
    }

    /** A still or a generated clip copied from the store into this workspace, under the name it has there. */
    private static Path fetch(RenderContext ctx, String key) throws IOException {
        return fetch(ctx, key, ctx.keys().named(storedName(key)));
    }

    /** An input copied from the store into {@code file} in this workspace; kept if there already. */
    private static Path fetch(RenderContext ctx, String key, Path file) throws IOException {
        if (!Files.exists(file)) {
            ctx.trace().fanOutStep(FanOutStep.INPUT_GET, () -> {
                ctx.media().copyTo(key, file);
            });
        }
        return file;
    }

    /**
     * The narration the worker that fanned the render out kept in its workspace — this one, when it is
     * that worker — or, for a task queued by an earlier version, the copy it put in the store. Anywhere
     * else the task ends for good: its video's assembly, on the worker that has the narration or one
     * that makes it again, makes the soundtrack itself, as for any task that died.
     */
    private static Path narration(RenderContext ctx, String key) throws IOException {
        try {
            return fetch(ctx, key, ctx.keys().narrationFor(storedName(key)));
        } catch (NoSuchFileException notShared) {
            throw new RenderStepException("the narration of this soundtrack stays on the worker that fanned its "
                    + "video out, and this is another: the video's assembly makes the soundtrack itself", false,
                    notShared);
        }
    }

    /** Puts a still or a generated clip where the tasks find it, once per hand-out; its key. */
    private static String input(RenderContext ctx, Path file, Set<String> shared) throws IOException {
        String key = SharedArtefacts.inputOf(file);
        if (shared.add(key)) {
            ctx.trace().fanOutStep(FanOutStep.INPUT_PUT, () -> {
                ctx.media().put(key, file);
            });
        }
        return key;
    }

    /** An uploaded clip is read from its upload; a generated one is shared as an input. */
    private static String clip(RenderContext ctx, SegmentStage.Planned planned, Set<String> shared)
            throws IOException {
        if (planned.clip() == null) {
            return null;
        }
        if (planned.scene().visual() instanceof Visual.Clip c && c.uploaded()) {
            return TaskBrief.Segment.UPLOAD + c.assetId();
        }
        return input(ctx, planned.clip(), shared);
    }

    private static String storedName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /**
     * The narration this worker laid for its soundtrack task, kept under the name the task asks for
     * (a second link to the same file; a copy where links are not to be had).
     */
    private static void keep(Path narrationWav, Path kept) throws IOException {
        if (Files.exists(kept)) {
            return;
        }
        try {
            Files.createLink(kept, narrationWav);
        } catch (UnsupportedOperationException | IOException noLink) {
            Path partial = kept.resolveSibling(kept.getFileName() + ".partial");
            Files.copy(narrationWav, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
