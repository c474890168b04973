package io.videogen.domain.video;

import io.videogen.domain.shared.Guard;
import java.util.Objects;

/** How far a render has come: the stage running and the overall percentage. */
public record Progress(Stage stage, int percent) {

    public Progress {
        Objects.requireNonNull(stage, "stage");
        Guard.between(percent, 0, 100, "percent");
    }
}
