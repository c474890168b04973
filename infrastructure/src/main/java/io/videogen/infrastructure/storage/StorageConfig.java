package io.videogen.infrastructure.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Where files live on local disk. */
@ConfigMapping(prefix = "videogen")
public interface StorageConfig {

    /** Root of everything the service keeps locally (database, media, work). */
    @WithDefault(".videogen")
    Path dataDir();

    Workspace workspace();

    interface Workspace {
        /** How long a video's working directory is kept after its last change; its cached scenes go with it. */
        @WithDefault("P7D")
        Duration retention();
    }
}
