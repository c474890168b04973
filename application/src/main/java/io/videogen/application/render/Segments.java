package io.videogen.application.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What the composition stage hands on: each scene's video-only segment, in order, and the
 * soundtrack when it was made beside the encoders (null: the render stage makes it).
 */
record Segments(List<Path> files, ParallelWork.Aside<Path> soundtrack) {

    Segments {
        files = List.copyOf(files);
    }
}
