package io.videogen.application.render;

import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import java.io.IOException;
import java.util.function.IntConsumer;

/** Stage {@code avatar}: the presenter's poses drawn once per scene, and the pose of every frame. */
final class PerformanceStage {

    private PerformanceStage() {
    }

    /** Performs every scene with a presenter now. */
    static Performances run(RenderContext ctx, Script script, Narration narration, IntConsumer percent)
            throws IOException {
        Performances performances = new Performances(ctx, narration);
        for (Scene scene : script.scenes()) {
            if (scene.avatar()) {
                ctx.trace().scene(scene.index());
                performances.of(scene.index());
            }
            percent.accept(100 * (scene.index() + 1) / script.scenes().size());
        }
        return performances;
    }

    /** The stage finished in an earlier attempt: the performances are made when a segment asks for one. */
    static Performances resume(RenderContext ctx, Narration narration) {
        return new Performances(ctx, narration);
    }
}
