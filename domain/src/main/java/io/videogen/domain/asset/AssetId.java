package io.videogen.domain.asset;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record AssetId(UUID value) implements Identifier {

    public AssetId {
        Objects.requireNonNull(value, "asset id");
    }

    public static AssetId random() {
        return new AssetId(UUID.randomUUID());
    }

    public static AssetId parse(String text) {
        return new AssetId(Uuids.parse(text, "asset"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
