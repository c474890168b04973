package io.videogen.bootstrap.embedded;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Says where the embedded database lives, once logging is set up (the database itself starts
 * earlier, while configuration is read). Injecting the config mapping also registers it, so its
 * keys pass configuration validation.
 */
@Singleton
class EmbeddedDatabaseReport {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseReport.class);

    void report(@Observes StartupEvent started, EmbeddedPostgresConfig config) {
        if (config.enabled()) {
            EmbeddedDatabase.location().ifPresent(LOG::info);
        }
    }
}
