package io.videogen.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one embedded PostgreSQL of this JVM. Started on its own thread as soon as the configuration
 * shows it is wanted ({@link EarlyStart}), waited for on first need, and kept until the JVM exits
 * (a shutdown hook stops it once the application has stopped, {@link StopAfterApplication}, or the
 * {@link Watchdog} when the JVM is killed), so an
 * application restarted in the same JVM — as tests do between profiles — finds it still running.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "videogen";
    static final String USER = "videogen";
    /**
     * The cluster only accepts connections from this machine, and zonky's initdb trusts local
     * connections; the password exists because the drivers expect one, not as protection.
     */
    static final String PASSWORD = "videogen";

    /**
     * How long zonky waits for the postmaster to answer (its default, 10 s, was too short on a loaded
     * two-core CI machine); pg_ctl's own default wait is as long.
     */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static EarlyStart<Map<String, String>> starting;
    private static volatile String location;

    private EmbeddedDatabase() {
    }

    /** Starts the database on its own thread unless it has started; returns at once. */
    static void begin(EmbeddedPostgresSettings settings) {
        starting(settings).begin();
    }

    /** The datasource settings Quarkus needs, starting the database (or waiting for its start) on first need. */
    static Map<String, String> datasource(EmbeddedPostgresSettings settings) {
        return starting(settings).get();
    }

    private static synchronized EarlyStart<Map<String, String>> starting(EmbeddedPostgresSettings settings) {
        if (starting == null) {
            starting = new EarlyStart<>("videogen-embedded-postgres", () -> start(settings));
        }
        return starting;
    }

    /** Where the database lives, once started. */
    static java.util.Optional<String> location() {
        return java.util.Optional.ofNullable(location);
    }

    /**
     * A throw-away cluster whose port was taken between its pick and PostgreSQL's bind is started
     * once more, in a fresh directory on a fresh port; nothing else is tried twice, and a user's own
     * data directory never.
     */
    private static Map<String, String> start(EmbeddedPostgresSettings settings) {
        Path directory = settings.dataDirectory();
        int port = settings.port();
        long mark = 0;
        try {
            for (int attempt = 1; ; attempt++) {
                directory = settings.temporary() ? Files.createTempDirectory("videogen-postgres-")
                        : Files.createDirectories(settings.dataDirectory());
                port = settings.port() > 0 ? settings.port() : PostgresPort.pick();
                Chatter.demoteToDebug();
                mark = Chatter.saidByPostgres();
                try {
                    return start(settings, directory, port);
                } catch (IOException e) {
                    if (!settings.temporary()) {
                        throw e;
                    }
                    boolean portTaken = e instanceof PortTaken || portTaken(Chatter.lastWordsOfPostgres(mark));
                    FailedPostgresStart.abandon(directory);
                    if (attempt > 1 || !portTaken || settings.port() > 0) {
                        throw e;
                    }
                    LOG.warnf("the embedded PostgreSQL could not listen on port %d (another process took it after it"
                            + " was picked); starting it once more in a fresh directory on another port", port);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FailedPostgresStart.describe(settings, directory, port, e,
                    Chatter.lastWordsOfPostgres(mark)), e);
        }
    }

    private static Map<String, String> start(EmbeddedPostgresSettings settings, Path directory, int port)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(settings.temporary())
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost");
        if (!settings.temporary()) {
            // zonky tunes for throw-away test clusters (fsync off); this one holds the user's videos
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        long postmaster;
        try {
            postmaster = Watchdog.postmaster(directory);
        } catch (IOException e) {
            throw new PortTaken("port " + port + " answered, but not the postmaster started in " + directory
                    + ", which has no postmaster.pid: another server has the port", e);
        }
        StopAfterApplication.register("videogen-embedded-postgres-stop", () -> close(postgres));
        Watchdog.guard(postmaster, "-D " + directory, "INT");
        createDatabase(postgres);
        location = "Embedded PostgreSQL on localhost:" + postgres.getPort() + ", data in " + directory
                + (settings.temporary() ? " (temporary)" : "; set quarkus.datasource.reactive.url to use another database");
        String host = "localhost:" + postgres.getPort() + "/" + DATABASE;
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + host,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    /** Another server answers on the port the embedded PostgreSQL was to listen on. */
    private static final class PortTaken extends IOException {
        PortTaken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the postmaster says when it cannot bind its port (on each address of localhost, then for good). */
    static boolean portTaken(java.util.List<String> lastWords) {
        return lastWords.stream().anyMatch(line -> line.contains("Address already in use")
                || line.contains("could not create any TCP/IP sockets"));
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }

    /** Idempotent: a restart over an existing data directory finds role and database already there. */
    private static void createDatabase(EmbeddedPostgres postgres) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the videogen database in the embedded PostgreSQL", e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
