package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The embedded PostgreSQL's settings, declared so that configuration validation knows them. They
 * are read through {@link EmbeddedPostgresSettings} while configuration is still being built,
 * before any bean exists; the defaults there and here must agree.
 */
@ConfigMapping(prefix = "videogen.embedded.postgres")
interface EmbeddedPostgresConfig {

    /** False: never start it; a missing datasource URL then fails the start. */
    @WithDefault("true")
    boolean enabled();

    /** 0 picks a free port; the default is 54329, or a free port for a temporary cluster. */
    java.util.OptionalInt port();

    /** A throw-away cluster in a temporary directory, deleted when the JVM exits; the default in tests. */
    java.util.Optional<Boolean> temporary();
}
