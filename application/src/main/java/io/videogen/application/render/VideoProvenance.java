package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.VideoProvenanceUseCase;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import java.util.List;

/** Reads what the render recorded (see {@link PipelineListener#provenance}). */
public final class VideoProvenance implements VideoProvenanceUseCase {

    private final ProvenanceStore store;

    public VideoProvenance(ProvenanceStore store) {
        this.store = store;
    }

    @Override
    public Uni<List<SceneProvenance>> provenanceOf(Video video) {
        return store.find(video.id());
    }
}
