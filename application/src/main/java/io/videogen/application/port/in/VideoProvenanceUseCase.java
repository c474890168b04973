package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import java.util.List;

/** Who made each scene's voice and picture in a video's newest render. */
public interface VideoProvenanceUseCase {

    /** @param video a video the caller was allowed to load; empty until its voice stage has run */
    Uni<List<SceneProvenance>> provenanceOf(Video video);
}
