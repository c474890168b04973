package io.videogen.infrastructure.persistence;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Visual;
import java.util.UUID;

/** A {@link Visual} as stored: {@code type} says which kind, the other fields belong to that kind. */
record VisualDocument(String type, String color, String from, String to, UUID assetId, String fit, String prompt) {

    static VisualDocument of(Visual visual) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete
        if (visual instanceof Visual.Color c) {
            return new VisualDocument("color", c.color().hex(), null, null, null, null, null);
        }
        if (visual instanceof Visual.Gradient g) {
            return new VisualDocument("gradient", null, g.from().hex(), g.to().hex(), null, null, null);
        }
        if (visual instanceof Visual.Image i) {
            return new VisualDocument("image", null, null, null, i.assetId().value(), i.fit().name(), null);
        }
        if (visual instanceof Visual.Prompt p) {
            return new VisualDocument("prompt", null, null, null, null, null, p.prompt());
        }
        if (visual instanceof Visual.Clip c) {
            return new VisualDocument("clip", null, null, null, c.uploaded() ? c.assetId().value() : null,
                    c.fit().name(), c.prompt());
        }
        throw new IllegalArgumentException("no stored form for visual " + visual);
    }

    Visual toVisual() {
        return switch (type) {
            case "color" -> new Visual.Color(RgbColor.parse(color, "visual.value"));
            case "gradient" -> new Visual.Gradient(RgbColor.parse(from, "visual.from"), RgbColor.parse(to, "visual.to"));
            case "image" -> new Visual.Image(new AssetId(assetId), Visual.Fit.valueOf(fit));
            case "prompt" -> new Visual.Prompt(prompt);
            case "clip" -> new Visual.Clip(assetId == null ? null : new AssetId(assetId), Visual.Fit.valueOf(fit), prompt);
            default -> throw new IllegalStateException("stored visual has unknown type '" + type + "'");
        };
    }
}
