package io.videogen.application.render;

import io.videogen.application.port.out.SpeechClip;
import java.time.Duration;

/** A piece of synthesised speech and where it starts within its scene. */
record PlacedClip(SpeechClip clip, Duration offset) {

    Duration end() {
        return offset.plus(clip.duration());
    }
}
