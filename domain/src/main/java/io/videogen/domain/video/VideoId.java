package io.videogen.domain.video;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record VideoId(UUID value) implements Identifier {

    public VideoId {
        Objects.requireNonNull(value, "video id");
    }

    public static VideoId random() {
        return new VideoId(UUID.randomUUID());
    }

    public static VideoId parse(String text) {
        return new VideoId(Uuids.parse(text, "video"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
