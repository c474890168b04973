package io.videogen.domain.avatar;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.RgbColor;
import java.util.Objects;

/** How a presenter looks: drawn from a few parameters, or animated from a portrait photo. */
public sealed interface AvatarLook {

    String fingerprint();

    record Procedural(RgbColor skin, RgbColor hair, RgbColor outfit, RgbColor backdrop) implements AvatarLook {
        public Procedural {
            Objects.requireNonNull(skin, "skin");
            Objects.requireNonNull(hair, "hair");
            Objects.requireNonNull(outfit, "outfit");
            Objects.requireNonNull(backdrop, "backdrop");
        }

        public static Procedural defaults() {
            return new Procedural(new RgbColor(0xe0, 0xac, 0x69), new RgbColor(0x3b, 0x2a, 0x1e),
                    new RgbColor(0x2c, 0x3e, 0x50), new RgbColor(0xec, 0xf0, 0xf1));
        }

        @Override
        public String fingerprint() {
            return "procedural:" + skin.hex() + hair.hex() + outfit.hex() + backdrop.hex();
        }
    }

    record Portrait(AssetId assetId) implements AvatarLook {
        public Portrait {
            Objects.requireNonNull(assetId, "portrait assetId");
        }

        @Override
        public String fingerprint() {
            return "portrait:" + assetId;
        }
    }
}
