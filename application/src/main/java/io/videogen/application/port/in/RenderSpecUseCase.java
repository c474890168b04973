package io.videogen.application.port.in;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a video described by a draft straight to a file, without the service's database, queue
 * or users: what the command-line renderer does. Blocking; runs on the caller's thread.
 */
public interface RenderSpecUseCase {

    /**
     * @throws io.videogen.domain.shared.DomainException when the draft does not describe a video
     *         that can be rendered offline (bad input: nothing is rendered)
     * @throws RenderFailedException when a stage fails; it names the stage and, when one scene
     *         caused it, the scene. Nothing is left at the target then.
     */
    RenderedVideo render(RenderSpecCommand command);

    /**
     * @param target    where the MP4 goes; the thumbnail and captions go beside it
     *                  ({@code out.jpg}, {@code out.srt}, {@code out.vtt}, {@code out.captions.json})
     * @param workspace the render's working directory; kept scene artefacts in it are reused, so a
     *                  second render of an edited draft in the same workspace redoes only what changed
     * @param assets    local files standing in for the uploads the draft names by id; each is
     *                  inspected like an upload before the render starts
     */
    record RenderSpecCommand(VideoDraft draft, Path target, Path workspace, Map<AssetId, Path> assets,
                             Listener listener) {

        public RenderSpecCommand {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(workspace, "workspace");
            assets = assets == null ? Map.of() : Map.copyOf(assets);
            listener = listener == null ? Listener.NONE : listener;
        }
    }

    /** Hears how far the render got. Called on the rendering thread. */
    interface Listener {

        Listener NONE = new Listener() {
        };

        /** A stage started; {@code scenes} is known from the voice stage on (0 before). */
        default void stageStarted(Stage stage, int scenes) {
        }

        /** @param overallPercent 0–100 over the whole render */
        default void progress(Stage stage, int stagePercent, int overallPercent) {
        }

        /** An artefact (speech, still or segment) of a scene was reused from the workspace or made anew. */
        default void artefact(String kind, int sceneIndex, boolean reused) {
        }
    }

    /** What was written, and how much of it came from the workspace's cache. */
    record RenderedVideo(Path video, Path thumbnail, Path srt, Path vtt, Path words, Duration duration, int scenes,
                         int segmentsEncoded, int segmentsReused) {
    }

    /** A render stage failed; {@link #failure()} says which, why, and which scene when one did. */
    final class RenderFailedException extends RuntimeException {

        private final transient VideoFailure failure;

        public RenderFailedException(VideoFailure failure, Throwable cause) {
            super(failure.stage().label() + " stage failed: " + failure.message(), cause);
            this.failure = failure;
        }

        public VideoFailure failure() {
            return failure;
        }
    }
}
