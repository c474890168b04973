package io.videogen.domain.batch;

/** How many of a batch's videos are in each state; a deleted video counts as cancelled. */
public record BatchCounts(int queued, int processing, int completed, int failed, int cancelled) {

    public int total() {
        return queued + processing + completed + failed + cancelled;
    }

    /** Every video has ended: nothing is queued or rendering any more. */
    public boolean allEnded() {
        return queued == 0 && processing == 0;
    }
}
