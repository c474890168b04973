package io.videogen.domain.video;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What went wrong in a render: the stage, a code, a message for people (naming the scene when one
 * scene caused it) and whether trying again may help.
 */
public record VideoFailure(Stage stage, FailureCode code, String message, boolean retryable, Integer sceneIndex) {

    public VideoFailure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (sceneIndex != null && !message.contains("scene " + sceneIndex)) {
            message = "scene " + sceneIndex + ": " + message;
        }
    }

    public OptionalInt scene() {
        return sceneIndex == null ? OptionalInt.empty() : OptionalInt.of(sceneIndex);
    }
}
