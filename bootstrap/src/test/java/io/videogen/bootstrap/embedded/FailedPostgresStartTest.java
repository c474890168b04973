package io.videogen.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a failed start of the embedded PostgreSQL is told and told apart. The fresh-clone CI of
 * session 17 failed with "cannot start the embedded PostgreSQL in bootstrap/.videogen/postgres (...
 * port 0 taken?)": neither the temporary directory nor the port actually used, and not why. Its
 * cluster was left behind: initdb done and epg-lock taken at 13:51:25, no postmaster.pid and no
 * postmaster.opts (written only once the listening sockets are open), no postmaster running, the
 * directory last changed in that same second. So the postmaster failed at once, after its lock file
 * and before listening, most likely on a taken port, and zonky waited its 10 s for nothing.
 */
class FailedPostgresStartTest {

    private static final List<String> BIND_FAILURE = List.of(
            "2026-12-06 13:51:25.101 UTC [4711] LOG:  could not bind IPv4 address \"127.0.0.1\": Address already in use",
            "2026-12-06 13:51:25.101 UTC [4711] HINT:  Is another postmaster already running on port 41945?",
            "2026-12-06 13:51:25.102 UTC [4711] FATAL:  could not create any TCP/IP sockets");

    @Test
    void theMessageNamesTheDirectoryAndPortUsedAndSaysWhyWithItsCauses() {
        EmbeddedPostgresSettings tests = new EmbeddedPostgresSettings(Path.of("/work/app/.videogen/postgres"), 0, true);
        IOException timeout = new IOException("Gave up waiting for server to start after 60000ms",
                new SQLException("connect failed", new ConnectException("Connection refused")));

        String message = FailedPostgresStart.describe(tests, Path.of("/tmp/videogen-postgres-123"), 41945, timeout,
                BIND_FAILURE);

        assertThat(message)
                .contains("in /tmp/videogen-postgres-123 (a temporary cluster, removed again)")
                .doesNotContain("/work/app/.videogen/postgres")
                .contains("on port 41945 (a free one picked by videogen)")
                .contains("Gave up waiting for server to start after 60000ms")
                .contains("caused by java.sql.SQLException: connect failed")
                .contains("caused by java.net.ConnectException: Connection refused")
                .contains("Address already in use");
    }

    @Test
    void aUsersOwnClusterIsNamedWithItsConfiguredPort() {
        EmbeddedPostgresSettings own = new EmbeddedPostgresSettings(Path.of("/home/ana/.videogen/postgres"), 54329, false);

        String message = FailedPostgresStart.describe(own, own.dataDirectory(), 54329,
                new IOException("Gave up waiting for server to start after 60000ms"), List.of());

        assertThat(message).contains("in /home/ana/.videogen/postgres on port 54329 (videogen.embedded.postgres.port)")
                .doesNotContain("removed")
                .contains("is another videogen using it, or port 54329 taken?");
    }

    @Test
    void aPostmasterThatCouldNotBindItsPortIsToldApartFromOtherFailures() {
        assertThat(EmbeddedDatabase.portTaken(BIND_FAILURE)).isTrue();
        assertThat(EmbeddedDatabase.portTaken(List.of("FATAL:  data directory \"/tmp/x\" has wrong ownership")))
                .isFalse();
    }

    @Test
    void aPickedPortIsFreeAndBelowTheEphemeralRangeWhereTheKernelHandsOutPortsToOthers() throws IOException {
        int port = PostgresPort.pick();

        assertThat(port).isGreaterThanOrEqualTo(PostgresPort.LOWEST);
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            assertThat(port).isLessThan(Integer.parseInt(Files.readAllLines(range).get(0).strip().split("\\s+")[0]));
        }
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PostgresPort.free(port)).as("a port someone listens on is not free").isFalse();
        }
    }

    @Test
    void abandoningAThrowAwayClusterDeletesItsDirectory() throws IOException {
        Path cluster = Files.createTempDirectory("videogen-postgres-");
        Files.writeString(Files.createDirectories(cluster.resolve("base")).resolve("1"), "data");

        FailedPostgresStart.abandon(cluster);

        assertThat(cluster).doesNotExist();
    }
}
