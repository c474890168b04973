package io.videogen.bootstrap.embedded;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the embedded servers say while they work (zonky's binary detection, initdb and the
 * postmaster's own log lines) is logged at INFO by the library; here it becomes DEBUG, so a
 * normal start shows only videogen's lines and {@code quarkus.log.category."io.zonky".level=DEBUG}
 * brings it back. Warnings and errors keep their level.
 */
final class Chatter implements Filter {

    private static final List<String> CATEGORIES = List.of(
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
            "io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver",
            "io.zonky.test.db.postgres.embedded.PreparedDbProvider",
            "redis.embedded");
    /** Held so that the configured loggers (and their filters) are not collected. */
    private static final List<Logger> LOGGERS = CATEGORIES.stream().map(Logger::getLogger).toList();

    private final Logger logger;

    private Chatter(Logger logger) {
        this.logger = logger;
    }

    /** Idempotent: a logger keeps the filter it was given. */
    static void demoteToDebug() {
        LOGGERS.forEach(logger -> {
            if (!(logger.getFilter() instanceof Chatter)) {
                logger.setFilter(new Chatter(logger));
            }
        });
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() > Level.INFO.intValue()) {
            return true;
        }
        if (record.getLevel().intValue() == Level.INFO.intValue()) {
            record.setLevel(org.jboss.logmanager.Level.DEBUG);
        }
        return logger.isLoggable(org.jboss.logmanager.Level.DEBUG);
    }
}
