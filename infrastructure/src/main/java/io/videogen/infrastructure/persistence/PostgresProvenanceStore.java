package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.video.VideoId;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Scene provenance in {@code video_provenance}, one jsonb document per video. */
@ApplicationScoped
class PostgresProvenanceStore implements ProvenanceStore {

    private final Database database;
    private final Pool pool;

    PostgresProvenanceStore(Database database, Pool pool) {
        this.database = database;
        this.pool = pool;
    }

    /** Wraps the list: a jsonb document is an object. */
    record ProvenanceDocument(List<SceneDocument> scenes) {
    }

    record SceneDocument(int scene, String voiceProvider, String voiceId, boolean voiceFallback,
                         String visualProvider, Boolean visualFallback) {

        static SceneDocument of(SceneProvenance scene) {
            PictureMaker visual = scene.visual();
            return new SceneDocument(scene.scene(), scene.voice().provider(), scene.voice().voiceId(),
                    scene.voice().fallback(), visual == null ? null : visual.provider(),
                    visual == null ? null : visual.fallback());
        }

        SceneProvenance toProvenance() {
            return new SceneProvenance(scene, new VoiceMaker(voiceProvider, voiceId, voiceFallback),
                    visualProvider == null ? null : new PictureMaker(visualProvider, Boolean.TRUE.equals(visualFallback)));
        }
    }

    @Override
    public Uni<Void> save(VideoId video, List<SceneProvenance> scenes) {
        String document = JsonDocuments.write(new ProvenanceDocument(scenes.stream().map(SceneDocument::of).toList()))
                .encode();
        // the text cast makes PostgreSQL parse the JSON; a parameter typed jsonb would store one JSON string
        return database.write(session -> session.createNativeQuery("""
                        insert into video_provenance (video_id, scenes, updated_at)
                        select :video, cast(cast(:scenes as text) as jsonb), now()
                        where exists (select 1 from videos where id = :video)
                        on conflict (video_id) do update set scenes = excluded.scenes, updated_at = now()""")
                .setParameter("video", video.value())
                .setParameter("scenes", document)
                .executeUpdate()).replaceWithVoid();
    }

    /** Straight through the pool, like the webhook log: see {@link PostgresWebhookDeliveries#latestFor}. */
    @Override
    public Uni<List<SceneProvenance>> find(VideoId video) {
        return pool.preparedQuery("select cast(scenes as text) from video_provenance where video_id = $1")
                .execute(Tuple.of(video.value()))
                .map(rows -> rows.size() == 0 ? List.of() : scenes(rows.iterator().next().getString(0)));
    }

    /** The scenes of a stored document; none when there is none. */
    static List<SceneProvenance> scenes(String document) {
        return document == null ? List.of() : JsonDocuments.read(document, ProvenanceDocument.class).scenes().stream()
                .map(SceneDocument::toProvenance).toList();
    }
}
