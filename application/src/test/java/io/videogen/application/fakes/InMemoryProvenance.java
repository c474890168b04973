package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Scene provenance in a map. */
public final class InMemoryProvenance implements ProvenanceStore {

    private final Map<VideoId, List<SceneProvenance>> saved = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> save(VideoId video, List<SceneProvenance> scenes) {
        saved.put(video, List.copyOf(scenes));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<SceneProvenance>> find(VideoId video) {
        return Uni.createFrom().item(saved.getOrDefault(video, List.of()));
    }
}
