package io.videogen.domain.user;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record UserId(UUID value) implements Identifier {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId parse(String text) {
        return new UserId(Uuids.parse(text, "user"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
