package io.videogen.bootstrap.console;

import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one line a newcomer needs after {@code ./videogen serve}: where the service listens, where its
 * data lives and how to stop it.
 */
@Singleton
class ListeningLine {

    private static final Logger LOG = Logger.getLogger("videogen");

    private final Path dataDirectory;

    ListeningLine(@ConfigProperty(name = "videogen.data-dir", defaultValue = "./.videogen") String dataDirectory) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
    }

    void started(@ObservesAsync HttpServerStart start) {
        int port = start.options().getPort();
        String host = start.options().getHost();
        if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        LOG.info(text(host, port, dataDirectory, ProcessHandle.current().pid()));
    }

    /** A port of 0 (a free one) is known only to Quarkus's own "Listening on" line. */
    static String text(String host, int port, Path dataDirectory, long pid) {
        String address = port > 0 ? "http://" + host + ":" + port : "a free port (Quarkus names it below)";
        return "videogen is listening on " + address + " (API docs at /q/swagger-ui); data in "
                + dataDirectory + "; stop it with Ctrl+C or kill " + pid;
    }
}
