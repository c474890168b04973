package io.videogen.infrastructure.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The video resource's read cache (docs/adr/0054): {@code videogen.api.read-cache.*}. */
@ConfigMapping(prefix = "videogen.api.read-cache")
interface ReadCacheConfig {

    /** {@code false} sends every read of a video to PostgreSQL. */
    @WithDefault("true")
    boolean enabled();

    /** The most videos kept; the least recently used go first. */
    @WithDefault("10000")
    int maxEntries();
}
