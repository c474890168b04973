package io.videogen.bootstrap.daemon;

import io.videogen.presentation.cli.RenderArguments;
import io.videogen.presentation.cli.RenderCommand;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client of the render daemon: its request answered, a render relayed frame by frame to the
 * client's stdout and stderr and ended with the exit code the command in a process of its own would
 * have returned. The client going away (Ctrl+C) or saying {@code CANCEL} interrupts the render, which
 * stops at its next wait for work (as a render stopped by a signal, it leaves no finished output).
 */
final class DaemonSession {

    /** The exit code of a render cancelled by its client: that of a process ended by Ctrl+C (SIGINT). */
    static final int CANCELLED = 130;

    private final RenderDaemon daemon;
    private final SocketChannel channel;

    DaemonSession(RenderDaemon daemon, SocketChannel channel) {
        this.daemon = daemon;
        this.channel = channel;
    }

    void serve() {
        boolean close = true;
        try (Frames frames = new Frames(SocketStreams.out(channel))) {
            DataInputStream in = SocketStreams.in(channel);
            DaemonRequest request = DaemonRequest.readFrom(in);
            frames.accepted(ProcessHandle.current().pid());
            switch (request.kind()) {
                case DaemonRequest.RENDER -> frames.exit(render(request, in, frames));
                case DaemonRequest.STATUS -> {
                    frames.text(DaemonRequest.OUT, daemon.status());
                    frames.exit(0);
                }
                case DaemonRequest.STOP -> {
                    frames.text(DaemonRequest.ERR, "videogen: the render daemon stops"
                            + (daemon.renders().isLocked() ? " after the render under way" : "") + "\n");
                    frames.exit(0);
                    close = false; // the client sees the socket close when the process has ended
                    daemon.stop("asked by a client");
                }
                default -> frames.exit(RenderCommand.USAGE);
            }
        } catch (IOException e) {
            System.err.println(Instant.now() + " a client went away: " + e);
        } finally {
            if (close) {
                closeQuietly();
            }
        }
    }

    private int render(DaemonRequest request, DataInputStream in, Frames frames) throws IOException {
        Thread renderer = Thread.currentThread();
        AtomicBoolean ended = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            try {
                in.read(); // CANCEL, or the end of the stream when the client is gone
            } catch (IOException gone) {
                // the same: nobody waits for this render any more
            }
            if (ended.compareAndSet(false, true)) {
                renderer.interrupt();
            }
        }, "videogen-daemon-cancel");
        watcher.setDaemon(true);
        watcher.start();
        long started = System.nanoTime();
        int status;
        List<String> args = RenderArguments.resolvedAgainst(Path.of(request.directory()), request.args());
        try {
            if (!daemon.renders().tryLock()) {
                frames.text(DaemonRequest.ERR, "videogen: the render daemon is busy with another render; "
                        + "this one starts when it ends\n");
                daemon.renders().lockInterruptibly();
            }
            try {
                status = daemon.rendering().run(args, frames.stream(DaemonRequest.OUT),
                        frames.stream(DaemonRequest.ERR), request.terminal());
            } finally {
                daemon.renders().unlock();
            }
        } catch (InterruptedException e) {
            status = CANCELLED;
        }
        if (!ended.compareAndSet(false, true)) {
            Thread.interrupted(); // the client cancelled: whatever the render returned, it was stopped
            status = CANCELLED;
        } else {
            daemon.rendered();
        }
        System.err.printf("%s render %s: exit %d in %.2f s%n", Instant.now(), args, status,
                (System.nanoTime() - started) / 1e9);
        return status;
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closed already
        }
    }
}
