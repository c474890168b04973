package io.videogen.domain.video;

import java.time.Instant;
import java.util.Objects;

/** One stage of one render attempt: whether it ran, and when. */
public record StageRun(Stage stage, Status status, Instant startedAt, Instant finishedAt) {

    public enum Status { PENDING, RUNNING, COMPLETED, FAILED }

    public StageRun {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
    }

    static StageRun pending(Stage stage) {
        return new StageRun(stage, Status.PENDING, null, null);
    }

    StageRun start(Instant now) {
        return new StageRun(stage, Status.RUNNING, now, null);
    }

    StageRun finish(Instant now) {
        return new StageRun(stage, Status.COMPLETED, startedAt == null ? now : startedAt, now);
    }

    StageRun fail(Instant now) {
        return new StageRun(stage, Status.FAILED, startedAt == null ? now : startedAt, now);
    }
}
