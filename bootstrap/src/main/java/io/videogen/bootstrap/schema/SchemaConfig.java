package io.videogen.bootstrap.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code videogen.database.*}: what the service does to the database's schema when it starts. */
@ConfigMapping(prefix = "videogen.database")
interface SchemaConfig {

    /** Brings the schema up to date at start (Flyway, started only when the history differs); false leaves it alone. */
    @WithDefault("true")
    boolean migrateAtStart();
}
