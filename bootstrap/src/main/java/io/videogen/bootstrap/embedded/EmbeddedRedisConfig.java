package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The embedded Redis's settings, declared so that configuration validation knows them. They are
 * read through {@link EmbeddedRedisSettings} while configuration is still being built; the
 * defaults there and here must agree.
 */
@ConfigMapping(prefix = "videogen.embedded.redis")
interface EmbeddedRedisConfig {

    /** False: never start it; without quarkus.redis.hosts the limits are then kept in-process. */
    @WithDefault("true")
    boolean enabled();

    /** 0 (the default) picks a free port. */
    OptionalInt port();

    /** A throw-away working directory, deleted when the JVM exits; the default in tests. */
    Optional<Boolean> temporary();
}
