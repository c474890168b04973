package io.videogen.domain.template;

import io.videogen.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record TemplateId(UUID value) implements Identifier {

    public TemplateId {
        Objects.requireNonNull(value, "template id");
    }

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID());
    }

    public static TemplateId parse(String text) {
        return new TemplateId(Uuids.parse(text, "template"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
