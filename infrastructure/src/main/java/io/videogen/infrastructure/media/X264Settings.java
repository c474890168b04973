package io.videogen.infrastructure.media;

import io.videogen.domain.media.Quality;

/** The x264 preset and constant rate factor for each quality. */
record X264Settings(String preset, int crf) {

    static X264Settings of(Quality quality) {
        return switch (quality) {
            case DRAFT -> new X264Settings("veryfast", 28);
            case STANDARD -> new X264Settings("veryfast", 23);
            // The same settings as floor.sh, the hand-written FFmpeg command we compare against.
            case HIGH -> new X264Settings("medium", 18);
        };
    }
}
