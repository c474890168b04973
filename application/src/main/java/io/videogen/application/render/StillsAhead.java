package io.videogen.application.render;

import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.port.out.Tracing;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The stills of a script {@link StillsStage#paintedOffline painted offline}, painted on a thread of their
 * own while the voice and avatar stages run, so that the visuals stage finds them made (bench/README.md,
 * "Stills beside the voice stage"). The painting has a trace of its own under the visuals stage's span,
 * which therefore begins with it; its cache lookups are told to the render's observer when the visuals
 * stage takes the stills, on the rendering thread. A render that ends before its visuals stage stops the
 * painting and waits for its end.
 */
final class StillsAhead {

    private final Tracing.Span span;
    private final Lookups lookups;
    private final ParallelWork.Aside<List<Path>> painting;
    private volatile boolean stopped;
    private boolean handedOver;

    /** Starts painting now, under {@code span}, the visuals stage's span. */
    StillsAhead(RenderContext ctx, Script script, RenderObserver observer, Tracing.Span span) {
        this.span = span;
        this.lookups = new Lookups(observer);
        RenderContext own = ctx.tracedBy(new RenderTrace(ctx.videoId(), ctx.spec(), lookups));
        this.painting = new ParallelWork().aside("stills", () -> {
            try (Tracing.Scope ignored = span.activate()) {
                return own.trace().stage(span, () -> StillsStage.paint(own, script, Map.of(), this::checkNotStopped, 1));
            }
        });
    }

    /** The visuals stage's span, from now on the stage's to end. */
    Tracing.Span handOver() {
        handedOver = true;
        return span;
    }

    /** The stills, or the painting's failure as it was thrown, once the painting has ended. */
    List<Path> stills(IntConsumer percent) throws IOException {
        painting.await();
        lookups.tell();
        List<Path> stills = painting.result();
        percent.accept(100);
        return stills;
    }

    /** Stops the painting if it still runs and waits for its end; the span ends here unless handed over. */
    void stop() {
        stopped = true;
        painting.await();
        if (!handedOver) {
            span.tag("videogen.stopped", true);
            span.end();
        }
    }

    private void checkNotStopped(int percent) {
        if (stopped) {
            throw new ParallelWork.Stopped();
        }
    }

    /** The painting's cache lookups, kept until the visuals stage tells them; the rest is passed on. */
    private static final class Lookups extends ObserverRelay {

        private final List<Runnable> kept = new ArrayList<>();

        Lookups(RenderObserver next) {
            super(next);
        }

        @Override
        public void cacheLookup(VideoId video, String cache, int sceneIndex, boolean hit) {
            synchronized (kept) {
                kept.add(() -> next.cacheLookup(video, cache, sceneIndex, hit));
            }
        }

        void tell() {
            synchronized (kept) {
                kept.forEach(Runnable::run);
                kept.clear();
            }
        }
    }
}
