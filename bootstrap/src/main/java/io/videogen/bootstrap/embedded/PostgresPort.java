package io.videogen.bootstrap.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The port of a cluster for which none was configured. zonky would take a free port from the
 * kernel's ephemeral range ({@code new ServerSocket(0)}) and let go of it; PostgreSQL binds it
 * seconds later, after initdb, and in between the kernel may give the same port to any outgoing
 * connection of this machine as its local end, or to another server asking for port 0, and
 * PostgreSQL cannot listen ("Address already in use"). A port below the ephemeral range
 * ({@code net.ipv4.ip_local_port_range}) is handed out by no one but whoever asks for it by number.
 */
final class PostgresPort {

    /** Above the well-known and most registered server ports. */
    static final int LOWEST = 10000;
    /** Linux's default start of the ephemeral range; macOS's starts higher, at 49152. */
    private static final int EPHEMERAL_START = 32768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int TRIES = 100;

    private PostgresPort() {
    }

    /** A port that is free now, below the ephemeral range when there is room there. */
    static int pick() throws IOException {
        int below = ephemeralStart();
        if (below - LOWEST < TRIES) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
        for (int i = 0; i < TRIES; i++) {
            int port = LOWEST + ThreadLocalRandom.current().nextInt(below - LOWEST);
            if (free(port)) {
                return port;
            }
        }
        throw new IOException("found no free port between " + LOWEST + " and " + below + " in " + TRIES + " tries");
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralStart() {
        try {
            // one read: /proc/sys answers nothing to a read that does not start at offset 0
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return EPHEMERAL_START;  // not Linux
        }
    }
}
