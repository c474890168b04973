package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Renders a scene frame by frame, doing work only when the picture changes: most frames repeat the
 * one before (still background, same caption, same pose) and are handed to x264 again as they are.
 */
final class SegmentRenderer {

    private final MediaLimits limits;

    SegmentRenderer(MediaLimits limits) {
        this.limits = limits;
    }

    static int frameCount(SegmentPlan plan) {
        return Math.max(1, SceneCanvas.framesIn(plan.duration(), plan.fps()));
    }

    void render(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget) {
        render(plan, file, percentDone, budget, 0, frameCount(plan));
    }

    /**
     * Renders the scene's frames {@code first} (inclusive) to {@code end} (exclusive) as a segment
     * of their own, starting with a key frame; percent is of those frames.
     */
    void render(SegmentPlan plan, Path file, IntConsumer percentDone, RenderBudget budget, int first, int end) {
        int frames = frameCount(plan);
        // told before each costly preparation too, so that a listener that stops the work is heard at once
        percentDone.accept(0);
        X264Settings settings = X264Settings.of(plan.quality());
        try (SceneCanvas canvas = SceneCanvas.prepare(plan, frames);
             SegmentEncoder encoder = new SegmentEncoder(file, plan.frame(), plan.fps(), settings, limits.threads());
             Pictures pictures = new Pictures(new PictureConverter(plan.frame()),
                     new PictureCache(plan.frame().width(), plan.frame().height()))) {
            percentDone.accept(0);
            Crossfade crossfade = new Crossfade();
            FrameKey shownKey = null;
            int reported = -1;
            for (int frame = first; frame < end; frame++) {
                budget.checkpoint();
                FrameKey key = canvas.keyOf(frame);
                int index = frame;
                if (frame < canvas.transitionFrames()) {
                    AVFrame from = pictures.get(key.overPreviousScene(), () -> canvas.paintPrevious(key));
                    AVFrame to = pictures.get(key, () -> canvas.paint(index, key));
                    pictures.show(crossfade.blend(from, to, (double) frame / canvas.transitionFrames()), false);
                    shownKey = null;
                } else if (!key.equals(shownKey)) {
                    pictures.get(key, () -> canvas.paint(index, key));
                    pictures.show(pictures.last(), key.recurs());
                    shownKey = key;
                }
                encoder.append(pictures.shown());
                int percent = (frame + 1 - first) * 100 / (end - first);
                if (percent != reported) {
                    reported = percent;
                    percentDone.accept(percent);
                }
            }
            encoder.finish();
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
