package io.videogen.application.port.out;

import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.VideoId;
import java.util.List;

/** Who made each scene's voice and picture in a video's newest render; gone with the video. */
public interface ProvenanceStore {

    /** Replaces what was recorded for the video. */
    io.smallrye.mutiny.Uni<Void> save(VideoId video, List<SceneProvenance> scenes);

    /** Empty until the render's voice stage has run. */
    io.smallrye.mutiny.Uni<List<SceneProvenance>> find(VideoId video);
}
