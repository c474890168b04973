package io.videogen.bootstrap.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** What is left of an embedded PostgreSQL that did not start: what to tell, and what to tidy away. */
final class FailedPostgresStart {

    private static final Logger LOG = Logger.getLogger(FailedPostgresStart.class);
    private static final long STOP_WAIT_SECONDS = 10;

    private FailedPostgresStart() {
    }

    /**
     * Names the directory and port this start used, says why it failed (the exception's own message
     * and its causes; Quarkus reports configuration failures without their causes) and what
     * PostgreSQL said last.
     */
    static String describe(EmbeddedPostgresSettings settings, Path directory, int port, IOException failure,
                           List<String> lastWords) {
        StringBuilder text = new StringBuilder("cannot start the embedded PostgreSQL in ").append(directory)
                .append(settings.temporary() ? " (a temporary cluster, removed again)" : "")
                .append(" on port ").append(port)
                .append(settings.port() > 0 ? " (videogen.embedded.postgres.port)" : " (a free one picked by videogen)")
                .append(": ").append(failure);
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        if (!lastWords.isEmpty()) {
            text.append("; PostgreSQL said last: ").append(String.join(" | ", lastWords));
        }
        return text.append(settings.temporary()
                ? "; set videogen.embedded.postgres.port to choose its port, or quarkus.datasource.reactive.url to use"
                        + " another database"
                : "; is another videogen using it, or port " + port + " taken? set videogen.data-dir,"
                        + " videogen.embedded.postgres.port or quarkus.datasource.reactive.url").toString();
    }

    /**
     * Stops the postmaster of a throw-away cluster that zonky gave up on (it may still be starting,
     * or be up on its own), and deletes the cluster. Only for a directory this process made.
     */
    static void abandon(Path temporaryDirectory) {
        stopPostmaster(temporaryDirectory);
        try (Stream<Path> files = Files.walk(temporaryDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete the temporary cluster %s: %s", temporaryDirectory, e.getMessage());
        }
    }

    private static void stopPostmaster(Path directory) {
        long pid;
        try {
            pid = Watchdog.postmaster(directory);
        } catch (IOException | RuntimeException e) {
            return;  // no postmaster.pid: it never came up, or has gone
        }
        String marker = "-D " + directory;
        ProcessHandle.of(pid)
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .ifPresent(postmaster -> {
                    postmaster.destroy();  // SIGTERM: PostgreSQL's smart shutdown; nobody is connected
                    try {
                        postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        postmaster.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
