package io.videogen.domain.media;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Guard;
import java.util.Objects;

/** Background music under the narration; ducking lowers it while the voice speaks. */
public record Music(AssetId assetId, double volume, boolean ducking) {

    public Music {
        Objects.requireNonNull(assetId, "music.assetId");
        Guard.between(volume, 0.0, 1.0, "music.volume");
    }
}
