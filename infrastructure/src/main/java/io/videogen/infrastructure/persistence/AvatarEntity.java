package io.videogen.infrastructure.persistence;

import io.vertx.core.json.JsonObject;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.user.UserId;
import io.videogen.infrastructure.persistence.ValueDocuments.PlacementDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.VoiceDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code avatars}. Avatars are never changed, only added and removed: no version. */
@Entity
@Table(name = "avatars")
public class AvatarEntity {

    @Id
    UUID id;
    @Column(name = "owner_id", nullable = false)
    UUID ownerId;
    String name;
    JsonObject look;
    @Column(name = "default_voice")
    JsonObject defaultVoice;
    JsonObject placement;
    @Column(name = "created_at")
    Instant createdAt;

    protected AvatarEntity() {
    }

    static AvatarEntity of(Avatar avatar) {
        AvatarEntity row = new AvatarEntity();
        row.id = avatar.id().value();
        row.ownerId = avatar.owner().value();
        row.name = avatar.name();
        row.look = JsonDocuments.write(LookDocument.of(avatar.look()));
        row.defaultVoice = JsonDocuments.write(VoiceDocument.of(avatar.defaultVoice()));
        row.placement = JsonDocuments.write(PlacementDocument.of(avatar.placement()));
        row.createdAt = avatar.createdAt();
        return row;
    }

    Avatar toAvatar() {
        return new Avatar(new AvatarId(id), new UserId(ownerId), name,
                JsonDocuments.read(look, LookDocument.class).toLook(),
                JsonDocuments.read(defaultVoice, VoiceDocument.class).toVoice(),
                JsonDocuments.read(placement, PlacementDocument.class).toConfig(), createdAt);
    }
}
