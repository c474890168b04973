package io.videogen.bootstrap.embedded;

import io.videogen.infrastructure.files.KeptFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * The one embedded Redis of this JVM (codemonstur's embedded-redis, which ships a redis-server
 * binary). Started on its own thread as soon as the configuration shows it is wanted ({@link EarlyStart}),
 * waited for on first need, and stopped when the JVM exits (by the {@link Watchdog} when it is
 * killed). It holds only rate-limit buckets
 * and sign-in lockouts, which may be lost on restart, so it never writes snapshots. It listens on
 * localhost only and wants a password made fresh at every start; the password lives in an
 * owner-only configuration file, deleted once the server has read it, and in the connection URL
 * handed to Quarkus, never in a log.
 */
final class EmbeddedRedis {

    private static EarlyStart<String> starting;
    private static volatile String location;

    private EmbeddedRedis() {
    }

    /** Starts the server on its own thread unless it has started; returns at once. */
    static void begin(EmbeddedRedisSettings settings) {
        starting(settings).begin();
    }

    /** The {@code quarkus.redis.hosts} URL, starting the server (or waiting for its start) on first need. */
    static String url(EmbeddedRedisSettings settings) {
        return starting(settings).get();
    }

    private static synchronized EarlyStart<String> starting(EmbeddedRedisSettings settings) {
        if (starting == null) {
            starting = new EarlyStart<>("videogen-embedded-redis", () -> start(settings));
        }
        return starting;
    }

    static Optional<String> location() {
        return Optional.ofNullable(location);
    }

    private static String start(EmbeddedRedisSettings settings) {
        try {
            Path directory = settings.temporary() ? Files.createTempDirectory("videogen-redis-")
                    : Files.createDirectories(settings.dataDirectory());
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            int port = settings.port() > 0 ? settings.port() : freePort();
            for (int attempt = 1; ; attempt++) {
                try {
                    launch(directory, port, password);
                    break;
                } catch (IOException e) {
                    // a free port chosen here can be taken by another process before the server binds it
                    if (settings.port() > 0 || attempt == 3) {
                        throw e;
                    }
                    port = freePort();
                }
            }
            if (settings.temporary()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory),
                        "videogen-redis-cleanup"));
            }
            location = "Embedded Redis on localhost:" + port + ", working directory " + directory
                    + (settings.temporary() ? " (temporary)" : "") + "; set quarkus.redis.hosts to use another Redis";
            return "redis://:" + password + "@127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis in " + settings.dataDirectory()
                    + " (" + e.getMessage() + "; is port " + settings.port() + " taken?); set videogen.embedded.redis.port, "
                    + "quarkus.redis.hosts to use another Redis, or videogen.embedded.redis.enabled=false", e);
        }
    }

    private static void launch(Path directory, int port, String password) throws IOException {
        // Named by port: processes sharing a data directory (a shared volume) each start their own
        // server, and none may start from a file another has just rewritten with its password.
        Path configuration = writeConfiguration(directory.resolve("redis-" + port + ".conf"), directory, password);
        String executable = executable();
        RedisServer server = new RedisServer(port, List.of(executable, configuration.toString(),
                "--port", Integer.toString(port)), true);
        Chatter.demoteToDebug();
        try {
            server.start();
            Watchdog.child(new java.io.File(executable).getName())
                    .ifPresent(pid -> Watchdog.guard(pid, "redis-server", "TERM"));
        } finally {
            // read once at start; the password then lives only in this process and the server
            Files.deleteIfExists(configuration);
        }
    }

    /**
     * The redis-server binary embedded-redis ships for this machine, kept once in this user's directory of
     * kept files ({@link KeptFiles}): unpacked by embedded-redis into a fresh temporary directory at every
     * start, it stayed there (9.7 MB) whenever the service was killed. Unpacked as before if it cannot be kept.
     */
    private static String executable() throws IOException {
        String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
        if (resource != null) {
            try (InputStream in = RedisServer.class.getResourceAsStream(resource)) {
                if (in != null) {
                    String name = resource.substring(resource.lastIndexOf('/') + 1);
                    Optional<Path> kept = KeptFiles.kept(KeptFiles.directory(), name, in.readAllBytes(), true);
                    if (kept.isPresent()) {
                        return kept.get().toString();
                    }
                }
            }
        }
        return ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
    }

    /** Localhost only, a password, a memory cap, and no persistence: the state is short-lived by design. */
    private static Path writeConfiguration(Path file, Path directory, String password) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, String.join("\n",
                "bind 127.0.0.1",
                "protected-mode yes",
                "requirepass " + password,
                "dir " + directory.toAbsolutePath(),
                "save \"\"",
                "appendonly no",
                "maxmemory 64mb",
                "maxmemory-policy volatile-ttl",
                "daemonize no",
                ""), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
