package io.videogen.domain.video;

import java.util.Objects;

/**
 * Who made a scene's voice and picture: a configured provider's name, {@code offline} for the
 * built-in adapters or {@code asset} for the user's upload, and whether a later link of the chain
 * made it because an earlier one failed. {@code visual} is null until the visuals stage has run.
 */
public record SceneProvenance(int scene, VoiceMaker voice, PictureMaker visual) {

    public static final String OFFLINE = "offline";
    public static final String ASSET = "asset";

    public SceneProvenance {
        if (scene < 0) {
            throw new IllegalArgumentException("scene counts from 0");
        }
        Objects.requireNonNull(voice, "voice");
    }

    /** @param voiceId the full id as {@code GET /api/v1/voices} lists it */
    public record VoiceMaker(String provider, String voiceId, boolean fallback) {

        public VoiceMaker {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(voiceId, "voiceId");
        }
    }

    public record PictureMaker(String provider, boolean fallback) {

        public PictureMaker {
            Objects.requireNonNull(provider, "provider");
        }
    }
}
