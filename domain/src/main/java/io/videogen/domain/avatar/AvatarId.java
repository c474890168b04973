package io.videogen.domain.avatar;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record AvatarId(UUID value) implements Identifier {

    public AvatarId {
        Objects.requireNonNull(value, "avatar id");
    }

    public static AvatarId random() {
        return new AvatarId(UUID.randomUUID());
    }

    public static AvatarId parse(String text) {
        return new AvatarId(Uuids.parse(text, "avatar"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
