package io.videogen.application.render;

import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Stage;
import java.util.List;

/**
 * What the caller hears, and what it decides: whether the job is still its own, and what a stage
 * starting or finishing means (the service saves it). Called on the rendering thread; a hook may
 * block, and may throw to end the render (a stale version: abandoned).
 */
public interface PipelineListener {

    /** Asked before every stage and with every progress report; false stops the render, abandoned. */
    default boolean stillOwned() {
        return true;
    }

    /** Whether an earlier attempt finished this stage: it is then run without events, finding its work done. */
    default boolean finishedBefore(Stage stage) {
        return false;
    }

    default void stageStarted(Stage stage) {
    }

    /** @param overallPercent 0–100 over the whole render, by the pipeline's weight table */
    default void progress(Stage stage, int stagePercent, int overallPercent) {
    }

    default void stageFinished(Stage stage, int overallPercent) {
    }

    /** Who made each scene's voice, after the voice stage, and its picture too, after the visuals stage. */
    default void provenance(List<SceneProvenance> scenes) {
    }
}
