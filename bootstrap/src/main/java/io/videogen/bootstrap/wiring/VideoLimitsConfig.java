package io.videogen.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The operator's limits and caption settings (API contract defaults). */
@ConfigMapping(prefix = "videogen")
interface VideoLimitsConfig {

    Limits limits();

    Captions captions();

    interface Limits {
        @WithDefault("20000")
        int scriptCharacters();

        @WithDefault("100")
        int scenes();

        @WithDefault("2000")
        int sceneCharacters();

        @WithDefault("1920")
        int maxWidth();

        @WithDefault("1080")
        int maxHeight();
    }

    interface Captions {
        @WithDefault("150")
        int wordsPerMinute();

        @WithDefault("PT0.4S")
        Duration pauseBetweenScenes();

        @WithDefault("42")
        int lineLength();

        @WithDefault("2")
        int maxLines();
    }
}
