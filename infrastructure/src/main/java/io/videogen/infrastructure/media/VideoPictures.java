package io.videogen.infrastructure.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Pictures out of a validated video, for painters outside this package (a clip scene's still). */
public final class VideoPictures {

    private VideoPictures() {
    }

    /** The video's first picture. */
    public static BufferedImage first(Path video) {
        try (VideoFrameReader reader = new VideoFrameReader(video, null, 1)) {
            return reader.pictureAt(0);
        }
    }
}
