package io.videogen.domain.asset;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;

/** An uploaded image or sound a user's videos may use. Its bytes live in the media store. */
public record Asset(AssetId id, UserId owner, String fileName, AssetKind kind, long sizeBytes, String sha256,
                    Integer width, Integer height, Long durationMs, Instant createdAt)
        implements AggregateRoot<Asset, AssetId> {

    public static final int MAX_FILE_NAME = 255;

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        fileName = Guard.maxLength(fileName == null || fileName.isBlank() ? "upload" : fileName.strip(),
                MAX_FILE_NAME, "fileName");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("an asset has at least one byte");
        }
        Guard.notBlank(sha256, "sha256");
    }

    @Override
    public AssetId getId() {
        return id;
    }
}
