package io.videogen.bootstrap.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Every dependency readiness checks, taken away at once: PostgreSQL and Redis at a port where nothing
 * listens, a free-space threshold no disk meets, and a heartbeat that is stale as soon as it beats.
 * Each check must say DOWN with its own reason.
 */
public class BrokenDependencies implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        int closedPort = closedPort();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + closedPort + "/videogen",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + closedPort + "/videogen",
                "quarkus.datasource.username", "videogen",
                "quarkus.datasource.password", "videogen",
                "videogen.database.migrate-at-start", "false",
                "quarkus.redis.hosts", "redis://localhost:" + closedPort,
                "videogen.health.min-free-space", "1000000G",
                "videogen.health.heartbeat-max-age", "PT0S",
                // no first admin: creating it needs the database this profile takes away
                "videogen.auth.admin.email", "",
                "videogen.auth.admin.password", "");
    }

    /** A port that was free a moment ago and that nothing in this test opens. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
