package io.videogen.infrastructure.persistence;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.RgbColor;
import java.util.UUID;

/** An {@link AvatarLook} as stored: {@code type} is procedural or portrait. */
record LookDocument(String type, String skin, String hair, String outfit, String backdrop, UUID assetId) {

    static LookDocument of(AvatarLook look) {
        if (look instanceof AvatarLook.Procedural p) {
            return new LookDocument("procedural", p.skin().hex(), p.hair().hex(), p.outfit().hex(), p.backdrop().hex(),
                    null);
        }
        if (look instanceof AvatarLook.Portrait p) {
            return new LookDocument("portrait", null, null, null, null, p.assetId().value());
        }
        throw new IllegalArgumentException("no stored form for avatar look " + look);
    }

    AvatarLook toLook() {
        return switch (type) {
            case "procedural" -> new AvatarLook.Procedural(RgbColor.parse(skin, "skin"), RgbColor.parse(hair, "hair"),
                    RgbColor.parse(outfit, "outfit"), RgbColor.parse(backdrop, "backdrop"));
            case "portrait" -> new AvatarLook.Portrait(new AssetId(assetId));
            default -> throw new IllegalStateException("stored avatar look has unknown type '" + type + "'");
        };
    }
}
