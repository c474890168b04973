package io.videogen.domain.batch;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record BatchId(UUID value) implements Identifier {

    public BatchId {
        Objects.requireNonNull(value, "batch id");
    }

    public static BatchId random() {
        return new BatchId(UUID.randomUUID());
    }

    public static BatchId parse(String text) {
        return new BatchId(Uuids.parse(text, "batch"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
