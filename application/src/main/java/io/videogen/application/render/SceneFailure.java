package io.videogen.application.render;

/** A step failed while working on one scene; carries the scene so the error can name it. */
final class SceneFailure extends RuntimeException {

    private final int sceneIndex;
    private final boolean retryable;

    SceneFailure(int sceneIndex, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.sceneIndex = sceneIndex;
        this.retryable = retryable;
    }

    int sceneIndex() {
        return sceneIndex;
    }

    boolean retryable() {
        return retryable;
    }
}
