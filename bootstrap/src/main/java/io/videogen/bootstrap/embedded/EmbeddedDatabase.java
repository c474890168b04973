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
import java.util.Map;

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

    private static Map<String, String> start(EmbeddedPostgresSettings settings) {
        try {
            Path directory = settings.temporary() ? Files.createTempDirectory("videogen-postgres-")
                    : Files.createDirectories(settings.dataDirectory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(settings.temporary())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost");
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            if (!settings.temporary()) {
                // zonky tunes for throw-away test clusters (fsync off); this one holds the user's videos
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            Chatter.demoteToDebug();
            EmbeddedPostgres postgres = builder.start();
            StopAfterApplication.register("videogen-embedded-postgres-stop", () -> close(postgres));
            Watchdog.guard(Watchdog.postmaster(directory), "-D " + directory, "INT");
            createDatabase(postgres);
            location = "Embedded PostgreSQL on localhost:" + postgres.getPort() + ", data in " + directory
                    + (settings.temporary() ? " (temporary)" : "; set quarkus.datasource.reactive.url to use another database");
            String host = "localhost:" + postgres.getPort() + "/" + DATABASE;
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://" + host,
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host,
                    "quarkus.datasource.username", USER,
                    "quarkus.datasource.password", PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + settings.dataDirectory()
                    + " (is another videogen using it, or port " + settings.port() + " taken?); "
                    + "set videogen.data-dir, videogen.embedded.postgres.port or quarkus.datasource.reactive.url", e);
        }
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
