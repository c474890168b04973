package io.videogen.bootstrap.daemon;

import io.videogen.bootstrap.cli.OfflineRendering;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code videogen daemon run}: the render daemon. It keeps one {@link OfflineRendering} — FFmpeg's
 * libraries, the fonts, the voice's engine, the validator and the JIT's work — warm between
 * {@code ./videogen render --daemon} calls, renders one spec at a time (a render already uses every
 * core; a second client waits, and is told so), and stops itself after a time without a client.
 * On standard output it says one line, {@value #READY} and its process id, once it listens (the
 * client that started it waits for that line); everything else goes to its log.
 */
public final class RenderDaemon {

    static final String READY = "videogen-daemon ready";

    private final DaemonAddress address;
    private final Duration idleTimeout;
    private final OfflineRendering rendering;
    private final ServerSocketChannel server;
    private final ReentrantLock renders = new ReentrantLock(true);
    private final AtomicInteger served = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "videogen-daemon-idle");
        thread.setDaemon(true);
        return thread;
    });
    private int clients;
    private ScheduledFuture<?> idleStop;
    private volatile boolean stopping;

    private RenderDaemon(DaemonAddress address, Duration idleTimeout, ServerSocketChannel server) {
        this.address = address;
        this.idleTimeout = idleTimeout;
        this.server = server;
        this.rendering = new OfflineRendering().warmUp();
    }

    /** Runs the daemon until it is stopped or idle; returns the exit code. */
    public static int run(String build, String idle) {
        PrintStream log = System.err;
        try {
            DaemonAddress address = DaemonAddress.of(build, System.getenv());
            Duration idleTimeout = IdleTimeout.parse(idle);
            ServerSocketChannel server = listen(address);
            if (server == null) {
                System.out.println("videogen-daemon already running at " + address.socket());
                return 0;
            }
            RenderDaemon daemon = new RenderDaemon(address, idleTimeout, server);
            log.printf("%s videogen render daemon, pid %d, listening on %s, idle timeout %s%n", Instant.now(),
                    ProcessHandle.current().pid(), address.socket(), IdleTimeout.format(idleTimeout));
            System.out.println(READY + " " + ProcessHandle.current().pid());
            System.out.flush();
            System.setOut(log); // the client that started this daemon stops reading; what a library prints goes to the log
            return daemon.serve();
        } catch (DaemonAddress.UntrustedDirectory | IllegalArgumentException e) {
            log.println("videogen daemon: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            log.println("videogen daemon: " + e);
            return 1;
        }
    }

    /** Binds the socket, replacing one left by a daemon that died; null when a daemon answers there. */
    private static ServerSocketChannel listen(DaemonAddress address) throws IOException {
        UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(address.socket());
        if (Files.exists(address.socket())) {
            try (SocketChannel probe = SocketChannel.open(socket)) {
                return null;
            } catch (IOException refused) {
                Files.deleteIfExists(address.socket()); // a daemon killed without its cleanup (kill -9, a crash)
            }
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(socket);
        Files.setPosixFilePermissions(address.socket(), PosixFilePermissions.fromString("rw-------"));
        return server;
    }

    private int serve() {
        clientLeft(); // starts the idle clock
        while (!stopping) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException stopped) {
                break;
            } catch (IOException e) {
                System.err.println(Instant.now() + " accept failed: " + e);
                continue;
            }
            clientCame();
            Thread thread = new Thread(() -> {
                try {
                    new DaemonSession(this, client).serve();
                } finally {
                    clientLeft();
                }
            }, "videogen-daemon-client");
            thread.start();
        }
        renders.lock(); // the render under way, if any, ends before the process does
        System.err.println(Instant.now() + " stopped after " + served.get() + " renders");
        return 0;
    }

    /** Stops listening at once (a new client starts a new daemon); a render under way finishes first. */
    void stop(String why) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        System.err.println(Instant.now() + " stopping: " + why);
        try {
            Files.deleteIfExists(address.socket());
            server.close();
        } catch (IOException e) {
            System.err.println(Instant.now() + " closing the socket: " + e);
        }
    }

    private synchronized void clientCame() {
        clients++;
        if (idleStop != null) {
            idleStop.cancel(false);
        }
    }

    private synchronized void clientLeft() {
        if (clients > 0) {
            clients--;
        }
        if (clients == 0 && !stopping) {
            idleStop = timer.schedule(this::stopIfIdle, idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stopIfIdle() {
        synchronized (this) {
            if (clients > 0) {
                return;
            }
        }
        stop("no client for " + IdleTimeout.format(idleTimeout));
    }

    OfflineRendering rendering() {
        return rendering;
    }

    ReentrantLock renders() {
        return renders;
    }

    void rendered() {
        served.incrementAndGet();
    }

    String status() {
        return String.format("videogen render daemon: running, pid %d, %d renders served, idle timeout %s, "
                        + "socket %s, log %s%n", ProcessHandle.current().pid(), served.get(),
                IdleTimeout.format(idleTimeout), address.socket(), address.log());
    }
}
