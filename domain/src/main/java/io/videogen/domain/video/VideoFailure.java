package io.videogen.domain.video;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What went wrong in a render: the stage, a code, a message for people (naming the scene when one
 * scene caused it) and whether trying again may help.
 */
public record VideoFailure(Stage stage, FailureCode code, String message, boolean retryable, Integer sceneIndex) {

    public VideoFailure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // "scene 12" does not name scene 1: match the whole number.
        if (sceneIndex != null && !Pattern.compile("\\bscene " + sceneIndex + "(?!\\d)").matcher(message).find()) {
            message = "scene " + sceneIndex + ": " + message;
        }
    }

    public OptionalInt scene() {
        return sceneIndex == null ? OptionalInt.empty() : OptionalInt.of(sceneIndex);
    }
}
