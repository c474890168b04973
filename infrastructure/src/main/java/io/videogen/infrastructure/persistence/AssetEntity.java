package io.videogen.infrastructure.persistence;

import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.user.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code assets}: what is known about an upload; its bytes live in the media store. */
@Entity
@Table(name = "assets")
public class AssetEntity {

    @Id
    UUID id;
    @Column(name = "owner_id", nullable = false)
    UUID ownerId;
    @Column(name = "file_name")
    String fileName;
    String kind;
    @Column(name = "size_bytes")
    long sizeBytes;
    String sha256;
    Integer width;
    Integer height;
    @Column(name = "duration_ms")
    Long durationMs;
    @Column(name = "created_at")
    Instant createdAt;

    protected AssetEntity() {
    }

    static AssetEntity of(Asset asset) {
        AssetEntity row = new AssetEntity();
        row.id = asset.id().value();
        row.ownerId = asset.owner().value();
        row.fileName = asset.fileName();
        row.kind = asset.kind().name();
        row.sizeBytes = asset.sizeBytes();
        row.sha256 = asset.sha256();
        row.width = asset.width();
        row.height = asset.height();
        row.durationMs = asset.durationMs();
        row.createdAt = asset.createdAt();
        return row;
    }

    Asset toAsset() {
        return new Asset(new AssetId(id), new UserId(ownerId), fileName, AssetKind.valueOf(kind), sizeBytes, sha256,
                width, height, durationMs, createdAt);
    }
}
