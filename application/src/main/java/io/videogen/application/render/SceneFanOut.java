package io.videogen.application.render;

import io.videogen.application.port.out.TaskOrder;
import java.io.IOException;
import java.util.List;

/**
 * Whether a render hands its segments and soundtrack to other workers as tasks, and how (ADR 0024).
 * The worker's render gives one that writes through its job's fence; the command line and a task's
 * own render give {@link #NONE}.
 */
public interface SceneFanOut {

    /** Every segment is encoded in the rendering process. */
    SceneFanOut NONE = new SceneFanOut() {
        @Override
        public boolean worthIt(int scenesToEncode) {
            return false;
        }

        @Override
        public int ensure(List<TaskOrder> orders, String traceContext) {
            throw new IllegalStateException("this render does not fan out");
        }
    };

    /** Whether this many segments still to encode are worth the tasks' bookkeeping and transfers. */
    boolean worthIt(int scenesToEncode);

    /**
     * Makes every order a task of the video (those already there stay as they are).
     *
     * @param traceContext the composition stage's span, which the tasks' spans continue
     * @return how many of the video's tasks are not finished yet
     */
    int ensure(List<TaskOrder> orders, String traceContext) throws IOException;
}
