package io.videogen.infrastructure.persistence;

import io.vertx.core.json.JsonObject;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import io.videogen.infrastructure.persistence.RenderStateDocuments.FailureDocument;
import io.videogen.infrastructure.persistence.RenderStateDocuments.ProgressDocument;
import io.videogen.infrastructure.persistence.RenderStateDocuments.StagesDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code videos}. Maps to and from {@link Video.Snapshot}; the domain never sees it. */
@Entity
@Table(name = "videos")
public class VideoEntity {

    @Id
    UUID id;
    @Column(name = "owner_id", nullable = false, updatable = false)
    UUID ownerId;
    String title;
    String status;
    JsonObject spec;
    JsonObject stages;
    JsonObject progress;
    JsonObject failure;
    @Column(name = "duration_ms")
    Long durationMs;
    int attempt;
    @Column(name = "created_at", updatable = false)
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    /** Null until inserted, so Hibernate knows the row is new and starts counting at 0. */
    @Version
    Long version;

    protected VideoEntity() {
    }

    static VideoEntity newRow(Video.Snapshot s) {
        VideoEntity row = new VideoEntity();
        row.id = s.id().value();
        row.ownerId = s.owner().value();
        row.createdAt = s.createdAt();
        row.apply(s);
        return row;
    }

    void apply(Video.Snapshot s) {
        title = s.title().value();
        status = s.status().name();
        spec = JsonDocuments.write(SpecDocument.of(s.spec()));
        stages = JsonDocuments.write(StagesDocument.of(s.stages()));
        progress = JsonDocuments.write(ProgressDocument.of(s.progress()));
        failure = JsonDocuments.write(FailureDocument.of(s.failure()));
        durationMs = s.durationMs();
        attempt = s.attempt();
        updatedAt = s.updatedAt();
    }

    Video toVideo() {
        return restore(id, ownerId, title, status, JsonDocuments.read(spec, SpecDocument.class),
                JsonDocuments.read(stages, StagesDocument.class), JsonDocuments.read(progress, ProgressDocument.class),
                JsonDocuments.read(failure, FailureDocument.class), durationMs, attempt, createdAt, updatedAt, version);
    }

    /** A video from the columns of its row, however they were read (here, or by {@link PostgresVideoReads}). */
    static Video restore(UUID id, UUID ownerId, String title, String status, SpecDocument spec, StagesDocument stages,
                         ProgressDocument progress, FailureDocument failure, Long durationMs, int attempt,
                         Instant createdAt, Instant updatedAt, Long version) {
        return Video.restore(new Video.Snapshot(new VideoId(id), new UserId(ownerId), new VideoTitle(title),
                spec.toSpec(), VideoStatus.valueOf(status), stages.toStages(),
                progress == null ? null : progress.toProgress(), failure == null ? null : failure.toFailure(),
                durationMs, attempt, createdAt, updatedAt, version));
    }
}
