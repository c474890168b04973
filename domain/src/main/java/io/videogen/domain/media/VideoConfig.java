package io.videogen.domain.media;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import java.util.Objects;

/** The output format of a video: frame size and shape, frame rate, encoding quality. */
public record VideoConfig(Resolution resolution, AspectRatio aspectRatio, int fps, Quality quality) {

    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 60;

    public VideoConfig {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
        Objects.requireNonNull(quality, "quality");
        Guard.between(fps, MIN_FPS, MAX_FPS, "output.fps");
        if (!aspectRatio.matches(resolution)) {
            throw new InvalidValueException("output.resolution",
                    "resolution " + resolution + " is not " + aspectRatio.label()
                            + "; use " + aspectRatio.defaultResolution() + " or another " + aspectRatio.label()
                            + " size, or change aspectRatio");
        }
    }

    public static VideoConfig defaults() {
        return new VideoConfig(AspectRatio.LANDSCAPE.defaultResolution(), AspectRatio.LANDSCAPE, 30, Quality.STANDARD);
    }

    /**
     * Builds a config from the parts a client may leave out: the aspect ratio follows the resolution
     * when only the resolution is given, and the resolution follows the ratio otherwise.
     */
    public static VideoConfig of(String resolution, String aspectRatio, Integer fps, String quality) {
        Resolution size = resolution == null ? null : Resolution.parse(resolution);
        AspectRatio ratio;
        if (aspectRatio != null) {
            ratio = AspectRatio.parse(aspectRatio);
        } else if (size != null) {
            ratio = AspectRatio.of(size).orElseThrow(() -> new InvalidValueException("output.resolution",
                    "resolution " + resolution + " is not 16:9, 9:16 or 1:1; use a size of one of those shapes"));
        } else {
            ratio = AspectRatio.LANDSCAPE;
        }
        return new VideoConfig(size == null ? ratio.defaultResolution() : size, ratio,
                fps == null ? 30 : fps, quality == null ? Quality.STANDARD : Quality.parse(quality));
    }
}
