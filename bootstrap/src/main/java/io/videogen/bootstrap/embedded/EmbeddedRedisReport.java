package io.videogen.bootstrap.embedded;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Says where the embedded Redis runs, once logging is set up; also registers its config mapping. */
@Singleton
class EmbeddedRedisReport {

    private static final Logger LOG = Logger.getLogger(EmbeddedRedisReport.class);

    void report(@Observes StartupEvent started, EmbeddedRedisConfig config) {
        if (config.enabled()) {
            EmbeddedRedis.location().ifPresent(LOG::info);
        }
    }
}
