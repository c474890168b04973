package io.videogen.domain.video;

import io.videogen.domain.media.Resolution;

import io.videogen.domain.shared.InvalidValueException;

/**
 * The size rules a video must keep: the defaults of the API contract, configurable by the operator.
 * Each check is a named rule so a failure says which one was broken.
 */
public record VideoLimits(int maxScriptCharacters, int maxScenes, int maxSceneCharacters, int maxWidth, int maxHeight) {

    public VideoLimits {
        if (maxScriptCharacters < 1 || maxScenes < 1 || maxSceneCharacters < 1 || maxWidth < 64 || maxHeight < 64) {
            throw new IllegalArgumentException("video limits must be positive (frame sides at least 64)");
        }
    }

    public static VideoLimits defaults() {
        return new VideoLimits(20_000, 100, 2_000, 1920, 1080);
    }

    public void checkScriptLength(String script) {
        if (script.length() > maxScriptCharacters) {
            throw new InvalidValueException("script", "script has " + script.length()
                    + " characters; shorten it to at most " + maxScriptCharacters + " or split it into several videos");
        }
    }

    public void checkSceneCount(int scenes) {
        if (scenes > maxScenes) {
            throw new InvalidValueException("scenes",
                    "video has " + scenes + " scenes; use at most " + maxScenes);
        }
    }

    public void checkSceneLength(int index, String text) {
        if (text.length() > maxSceneCharacters) {
            throw new InvalidValueException("scenes[" + index + "].text", "scene " + index + " has " + text.length()
                    + " characters; shorten it to at most " + maxSceneCharacters + " or split it into two scenes");
        }
    }

    public void checkResolution(Resolution resolution) {
        if (!resolution.fitsWithin(maxWidth, maxHeight)) {
            throw new InvalidValueException("output.resolution", "resolution " + resolution + " is larger than "
                    + maxWidth + "x" + maxHeight + "; choose a smaller size");
        }
    }
}
