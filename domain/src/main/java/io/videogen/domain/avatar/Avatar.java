package io.videogen.domain.avatar;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.Voice;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;

/** A presenter a user can put in videos: a look, a default voice and where it stands. */
public record Avatar(AvatarId id, UserId owner, String name, AvatarLook look, Voice defaultVoice,
                     AvatarConfig placement, Instant createdAt) implements AggregateRoot<Avatar, AvatarId> {

    public static final int MAX_NAME = 100;

    public Avatar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        name = Guard.maxLength(Guard.notBlank(name, "name").strip(), MAX_NAME, "name");
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(defaultVoice, "defaultVoice");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public AvatarId getId() {
        return id;
    }
}
