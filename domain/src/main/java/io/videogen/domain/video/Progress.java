package io.videogen.domain.video;

import io.videogen.domain.shared.Guard;
import java.util.Objects;

/** How far a render has come: the stage running and the overall percentage. */
public record Progress(Stage stage, int percent) {

    public Progress {
        Objects.requireNonNull(stage, "stage");
        Guard.between(percent, 0, 100, "percent");
    }

    /**
     * The progress a running stage reports: it never goes backwards (a stage may re-run after a
     * crash, a task's report may arrive after a later one), and only completion reaches 100.
     *
     * @param before the progress known so far, or null
     */
    public static Progress reported(Progress before, Stage stage, int percent) {
        int kept = Math.max(percent, before == null ? 0 : before.percent());
        return new Progress(stage, Math.min(kept, 99));
    }
}
