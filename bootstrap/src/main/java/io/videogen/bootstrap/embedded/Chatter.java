package io.videogen.bootstrap.embedded;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the embedded servers say while they work (zonky's binary detection, initdb and the
 * postmaster's own log lines) is logged at INFO by the library; here it becomes DEBUG, so a
 * normal start shows only videogen's lines and {@code quarkus.log.category."io.zonky".level=DEBUG}
 * brings it back. Warnings and errors keep their level. The last lines of each are kept, so that a
 * failed start can tell why ({@link #lastWordsOfPostgres}) even when they were not logged.
 */
final class Chatter implements Filter {

    private static final List<String> CATEGORIES = List.of(
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
            "io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver",
            "io.zonky.test.db.postgres.embedded.PreparedDbProvider",
            "redis.embedded");
    /** Held so that the configured loggers (and their filters) are not collected. */
    private static final List<Logger> LOGGERS = CATEGORIES.stream().map(Logger::getLogger).toList();

    /** Enough for the postmaster's complaint and what led to it. */
    private static final int REMEMBERED = 20;

    private final Logger logger;
    private final Deque<String> lastWords = new ArrayDeque<>();
    private long said;

    private Chatter(Logger logger) {
        this.logger = logger;
    }

    /** How many lines zonky and PostgreSQL have said so far: a mark for {@link #lastWordsOfPostgres}. */
    static long saidByPostgres() {
        return installed().map(Chatter::said).orElse(0L);
    }

    /**
     * The last lines zonky and PostgreSQL (initdb, pg_ctl, the postmaster) said after {@code mark},
     * at most {@value #REMEMBERED}; other clusters of this JVM speak through the same logger, so their
     * lines may be among them.
     */
    static List<String> lastWordsOfPostgres(long mark) {
        return installed().map(chatter -> chatter.lastWords(mark)).orElse(List.of());
    }

    /** The filter {@link #demoteToDebug} gave zonky's and PostgreSQL's logger, once it has. */
    private static Optional<Chatter> installed() {
        return LOGGERS.get(0).getFilter() instanceof Chatter chatter ? Optional.of(chatter) : Optional.empty();
    }

    private synchronized long said() {
        return said;
    }

    private synchronized List<String> lastWords(long mark) {
        List<String> words = List.copyOf(lastWords);
        int fresh = (int) Math.max(0, Math.min(words.size(), said - mark));
        return words.subList(words.size() - fresh, words.size());
    }

    private synchronized void remember(LogRecord record) {
        String line = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                : record.getMessage();
        lastWords.addLast(line == null ? "" : line);
        if (lastWords.size() > REMEMBERED) {
            lastWords.removeFirst();
        }
        said++;
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
        remember(record);
        if (record.getLevel().intValue() > Level.INFO.intValue()) {
            return true;
        }
        if (record.getLevel().intValue() == Level.INFO.intValue()) {
            record.setLevel(org.jboss.logmanager.Level.DEBUG);
        }
        return logger.isLoggable(org.jboss.logmanager.Level.DEBUG);
    }
}
