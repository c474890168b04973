package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Renders a scene frame by frame, doing work only when the picture changes: a picture that stays
 * for at least a second (still background, same caption, same pose, no fade) is painted and coded
 * once and held ({@link SegmentEncoder#hold}); frames that change from one to the next (a moving
 * background, a presenter speaking, a cross-fade, short karaoke highlights) go through x264 one by one.
 */
final class SegmentRenderer {

    private final MediaLimits limits;

    SegmentRenderer(MediaLimits limits) {
        this.limits = limits;
    }

    /**
     * The shortest span held rather than encoded frame by frame: a held span starts a GOP, whose IDR
     * picture costs several times the bits of a P frame; a second of repeats saves more than it costs.
     */
    static int shortestHold(int fps) {
        return Math.max(2, fps);
    }

    /** How many frames from {@code frame} on (before {@code end}) show the picture of {@code key}. */
    private static int heldFrames(SceneCanvas canvas, FrameKey key, int frame, int end) {
        int next = frame + 1;
        while (next < end && canvas.keyOf(next).equals(key)) {
            next++;
        }
        return next - frame;
    }

    /**
     * Whether a run of changing frames between {@code first} and {@code end} shows a picture twice in
     * a row (a presenter holding a mouth shape for a few frames): those frames are then written as
     * copies of the one before (ADR 0028). Asked only of a scene with a presenter: elsewhere such runs
     * are rare (a short caption, the end of a half scene) and a copy keeps its original's quality where
     * x264 would refine the picture over the frames after it.
     */
    private static boolean repeatsInRuns(SceneCanvas canvas, int shortestHold, int first, int end) {
        int frame = Math.max(first, canvas.transitionFrames());
        while (frame < end) {
            FrameKey key = canvas.keyOf(frame);
            int held = key.recurs() ? heldFrames(canvas, key, frame, end) : 1;
            if (held > 1 && held < shortestHold) {
                return true;
            }
            frame += held;
        }
        return false;
    }

    void render(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget) {
        render(plan, file, percentDone, budget, 0, plan.frameCount());
    }

    /**
     * Renders the scene's frames {@code first} (inclusive) to {@code end} (exclusive) as a segment
     * of their own, starting with a key frame; percent is of those frames.
     */
    void render(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget, int first, int end) {
        render(plan, file, percentDone, budget, first, end, Around.NOTHING);
    }

    /**
     * Segments copied into a part's file around its own frames: {@code before} them (a scene's lead), and
     * the one {@code after} gives once they are coded (the scene's other half, coded beside them), or
     * null; {@code coded} is told when x264 is done with the part, before {@code after} is asked.
     */
    record Around(List<Path> before, Runnable coded, Supplier<Path> after) {

        static final Around NOTHING = new Around(List.of(), () -> { }, () -> null);
    }

    /**
     * Renders the scene's frames {@code first} (inclusive) to {@code end} (exclusive) into {@code file},
     * between the segments {@code around} copies in, so that the file holds every part of a scene
     * without a join that writes them again; percent is of the frames coded here.
     */
    void render(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget, int first, int end,
                Around around) {
        // told before each costly preparation too, so that a listener that stops the work is heard at once
        percentDone.accept(0);
        SegmentEncoder encoder = null;
        try {
            try (SceneCanvas canvas = SceneCanvas.prepare(plan, plan.frameCount())) {
                encoder = new SegmentEncoder(file, plan.frame(), plan.fps(), X264Settings.of(plan.quality()),
                        limits.threads(), plan.avatar() != null && repeatsInRuns(canvas, shortestHold(plan.fps()),
                        first, end));
                for (Path before : around.before()) {
                    encoder.copy(before);
                }
                code(plan, canvas, encoder, percentDone, budget, first, end);
            }
            around.coded().run();
            Path after = around.after().get();
            if (after != null) {
                encoder.copy(after);
            }
            encoder.finish();
        } finally {
            if (encoder != null) {
                encoder.close();
            }
        }
    }

    private void code(SegmentPlan plan, SceneCanvas canvas, SegmentEncoder encoder, IntConsumer percentDone,
                      RenderBudget budget, int first, int end) {
        try (Pictures pictures = new Pictures(new PictureConverter(plan.frame()),
                new PictureCache(plan.frame().width(), plan.frame().height()))) {
            percentDone.accept(0);
            Crossfade crossfade = new Crossfade();
            int shortestHold = shortestHold(plan.fps());
            FrameKey shownKey = null;
            int reported = -1;
            for (int frame = first; frame < end; ) {
                budget.checkpoint();
                FrameKey key = canvas.keyOf(frame);
                int index = frame;
                int step = 1;
                if (frame < canvas.transitionFrames()) {
                    AVFrame from = pictures.get(key.overPreviousScene(), () -> canvas.paintPrevious(key));
                    AVFrame to = pictures.get(key, () -> canvas.paint(index, key));
                    pictures.show(crossfade.blend(from, to, (double) frame / canvas.transitionFrames()), false);
                    shownKey = null;
                    encoder.append(pictures.shown());
                } else {
                    boolean repeats = key.equals(shownKey);
                    if (!repeats) {
                        pictures.get(key, () -> canvas.paint(index, key));
                        pictures.show(pictures.last(), key.recurs());
                        shownKey = key;
                    }
                    int held = key.recurs() ? heldFrames(canvas, key, frame, end) : 1;
                    if (held >= shortestHold) {
                        encoder.hold(pictures.shown(), held);
                        step = held;
                    } else if (repeats) {
                        encoder.repeat(pictures.shown());
                    } else {
                        encoder.append(pictures.shown());
                    }
                }
                frame += step;
                int percent = (frame - first) * 100 / (end - first);
                if (percent != reported) {
                    reported = percent;
                    percentDone.accept(percent);
                }
            }
            encoder.endCoding();
        }
    }

    /**
     * Converted pictures and who owns them: recurring ones live in the cache, one-off ones (a moving
     * or fading frame) are freed as soon as the next picture replaces them.
     */
    private static final class Pictures implements AutoCloseable {

        private final PictureConverter converter;
        private final PictureCache cache;
        private AVFrame last;
        private boolean lastCached;
        private AVFrame shown;
        private boolean shownCached;

        Pictures(PictureConverter converter, PictureCache cache) {
            this.converter = converter;
            this.cache = cache;
        }

        /** The picture for the key, converted only if not cached; valid until the next get. */
        AVFrame get(FrameKey key, Supplier<BufferedImage> painter) {
            AVFrame picture = key.recurs() ? cache.get(key) : null;
            if (picture == null) {
                picture = converter.convert(painter.get());
                if (key.recurs()) {
                    cache.put(key, picture);
                }
            }
            releaseLast();
            last = picture;
            lastCached = key.recurs();
            return picture;
        }

        AVFrame last() {
            return last;
        }

        void show(AVFrame picture, boolean cached) {
            if (picture == last) {
                last = null;   // ownership moves to "shown"
            }
            releaseShown();
            shown = picture;
            shownCached = cached;
        }

        AVFrame shown() {
            return shown;
        }

        private void releaseLast() {
            if (last != null && !lastCached && last != shown) {
                av_frame_free(last);
            }
            last = null;
        }

        private void releaseShown() {
            if (shown != null && !shownCached) {
                av_frame_free(shown);
            }
            shown = null;
        }

        @Override
        public void close() {
            releaseLast();
            releaseShown();
            cache.close();
            converter.close();
        }
    }
}
