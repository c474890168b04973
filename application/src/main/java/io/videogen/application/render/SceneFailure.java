package io.videogen.application.render;

import io.videogen.domain.video.Stage;

/**
 * A step failed while working on one scene; carries the scene so the error can name it, and the
 * stage whose work it was when that work ran inside a later stage (a presenter made only when a
 * segment needs it).
 */
final class SceneFailure extends RuntimeException {

    private final int sceneIndex;
    private final boolean retryable;
    private final transient Stage stage;

    SceneFailure(int sceneIndex, String message, boolean retryable, Throwable cause) {
        this(null, sceneIndex, message, retryable, cause);
    }

    SceneFailure(Stage stage, int sceneIndex, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.sceneIndex = sceneIndex;
        this.retryable = retryable;
    }

    int sceneIndex() {
        return sceneIndex;
    }

    boolean retryable() {
        return retryable;
    }

    /** The stage the work belongs to, or the given one when it is the stage that ran it. */
    Stage stageOr(Stage running) {
        return stage != null ? stage : running;
    }
}
