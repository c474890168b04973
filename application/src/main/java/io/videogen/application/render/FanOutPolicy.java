package io.videogen.application.render;

import io.videogen.application.port.in.RenderClaim;
import io.videogen.application.port.out.RenderTaskQueue;
import io.videogen.application.port.out.TaskOrder;
import io.videogen.domain.video.VideoId;
import java.time.Duration;
import java.util.List;

/**
 * When a render's segments become tasks for every worker (ADR 0024): from {@code minScenes} segments
 * still to encode (set by {@code videogen.render.fan-out.min-scenes}; 0 keeps every render in one
 * process). Below it a task's bookkeeping and transfers would cost more than the other workers save.
 */
public record FanOutPolicy(RenderTaskQueue tasks, int minScenes) {

    /** Every render stays in the process that claimed it. */
    public static final FanOutPolicy OFF = new FanOutPolicy(null, 0);

    private static final Duration SAVE_PATIENCE = Duration.ofMinutes(1);

    public FanOutPolicy {
        if (minScenes < 0 || minScenes == 1) {
            throw new IllegalArgumentException("videogen.render.fan-out.min-scenes is 0 (off) or at least 2, not "
                    + minScenes);
        }
        if (minScenes > 0 && tasks == null) {
            throw new IllegalArgumentException("a fan-out needs the task queue");
        }
    }

    /** How the render holding this claim fans out: its tasks are added through the job's fence. */
    SceneFanOut forRender(VideoId video, RenderClaim claim) {
        if (minScenes == 0) {
            return SceneFanOut.NONE;
        }
        return new SceneFanOut() {
            @Override
            public boolean worthIt(int scenesToEncode) {
                return scenesToEncode >= minScenes;
            }

            @Override
            public int ensure(List<TaskOrder> orders, String traceContext) {
                return claim.fenced(() -> tasks.fanOut(video, orders, traceContext)).await().atMost(SAVE_PATIENCE);
            }
        };
    }
}
