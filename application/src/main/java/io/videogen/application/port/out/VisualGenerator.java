package io.videogen.application.port.out;

import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Visual;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import java.nio.file.Path;

/** Paints the still picture behind a scene: its background and, when it has one, its title card. */
public interface VisualGenerator {

    /**
     * Writes the scene's still as a PNG of exactly {@code request.frame()} pixels (larger by the
     * Ken Burns margin when the picture will move).
     */
    Path paint(StillRequest request, Path pngFile);

    /** The same, saying who made the picture: the user's upload for an image visual, else the painter itself. */
    default Painted paintStill(StillRequest request, Path pngFile) {
        return new Painted(paint(request, pngFile), new PictureMaker(request.visual() != null && request.visual().uploaded()
                ? SceneProvenance.ASSET : SceneProvenance.OFFLINE, false));
    }

    /** The same for a render whose provider calls are made with this account (its keys, metered to its user). */
    default Painted paintStill(StillRequest request, Path pngFile, ProviderAccount account) {
        return paintStill(request, pngFile);
    }

    /** A painted still and who made its picture. */
    record Painted(Path png, PictureMaker maker) {
    }

    /**
     * @param sourceImage the validated local copy of the asset an image visual names, or the
     *                    inspected picture an image provider generated for a prompt visual, or null
     * @param title       title card text, or null
     */
    record StillRequest(Visual visual, Path sourceImage, Resolution frame, String title, RgbColor titleColor,
                        double oversize) {
    }
}
