package io.videogen.bootstrap.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's client of the render daemon: {@code render <arguments>}, {@code status} or
 * {@code stop}. It runs on a class path of one jar and loads nothing but these few classes and the
 * JDK's, so its JVM starts in tens of milliseconds; the render itself happens in the daemon, which
 * this client starts when none listens. Exit codes are the render's ({@code RenderCommand}'s), 130
 * after Ctrl+C, and {@value #IN_PROCESS} when no daemon could be used: the launcher then renders in a
 * process of its own.
 */
public final class RenderClient {

    /** No daemon could be used; the message said why, and the launcher renders without one. */
    static final int IN_PROCESS = 75;
    private static final int FAILED = 1;
    private static final int USAGE = 64;

    private final DaemonAddress address;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile DataOutputStream toDaemon;

    private RenderClient(DaemonAddress address) {
        this.address = address;
    }

    public static void main(String... args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        String kind = args.isEmpty() ? "" : args.get(0);
        if (!List.of(DaemonRequest.RENDER, DaemonRequest.STATUS, DaemonRequest.STOP).contains(kind)) {
            System.err.println("videogen daemon: unknown command '" + kind + "'; try ./videogen daemon status or stop");
            return USAGE;
        }
        String build = System.getProperty("videogen.daemon.build");
        if (build == null) {
            System.err.println("videogen daemon: run me through the launcher ./videogen, which names the build");
            return USAGE;
        }
        boolean render = kind.equals(DaemonRequest.RENDER);
        DaemonAddress address;
        try {
            address = DaemonAddress.of(build, System.getenv());
        } catch (DaemonAddress.UntrustedDirectory e) {
            System.err.println("videogen: " + e.getMessage() + (render ? "; rendering in this process instead" : ""));
            return render ? IN_PROCESS : FAILED;
        }
        DaemonRequest request = new DaemonRequest(kind, Path.of("").toAbsolutePath().toString(),
                Boolean.getBoolean("videogen.cli.terminal"), args.subList(1, args.size()));
        try {
            return new RenderClient(address).ask(request);
        } catch (IOException e) {
            System.err.println("videogen: " + e.getMessage() + (render ? "; rendering in this process instead" : ""));
            return render ? IN_PROCESS : FAILED;
        }
    }

    /** A connection to the daemon listening there, or null when none does (no socket, or a dead one's). */
    static SocketChannel connect(DaemonAddress address) {
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(address.socket()));
        } catch (IOException none) {
            return null;
        }
    }

    private int ask(DaemonRequest request) throws IOException {
        boolean render = request.kind().equals(DaemonRequest.RENDER);
        for (int attempt = 0; attempt < 2; attempt++) {
            SocketChannel found = connect(address);
            if (found == null && !render) {
                System.out.println("videogen render daemon: not running (socket " + address.socket() + ")");
                return 0;
            }
            try (SocketChannel channel = found != null ? found : started()) {
                Integer status = converse(channel, request);
                if (status != null) {
                    return status;
                }
            }
            // the daemon closed the connection unanswered: it was stopping (idle or asked); start another
        }
        throw new IOException("the render daemon closed two connections unanswered; see its log " + address.log());
    }

    private SocketChannel started() throws IOException {
        new DaemonStarter(address, Path.of(System.getProperty("videogen.launcher", "videogen"))).start();
        SocketChannel channel = connect(address);
        if (channel == null) {
            throw new IOException("the render daemon started but does not answer at " + address.socket());
        }
        return channel;
    }

    /** The request sent and the answer relayed; null when the daemon closed the connection before accepting it. */
    private Integer converse(SocketChannel channel, DaemonRequest request) throws IOException {
        DataOutputStream out = SocketStreams.out(channel);
        DataInputStream in = SocketStreams.in(channel);
        request.writeTo(out);
        long pid;
        try {
            if (in.readByte() != DaemonRequest.ACCEPTED) {
                throw new IOException("the render daemon answered out of turn");
            }
            pid = in.readLong();
        } catch (EOFException unanswered) {
            return null;
        }
        Thread cancel = new Thread(this::cancel, "videogen-cancel");
        toDaemon = out;
        Runtime.getRuntime().addShutdownHook(cancel);
        try {
            int status = relay(in, pid);
            if (request.kind().equals(DaemonRequest.STOP)) {
                while (in.read() >= 0) {
                    // the daemon's process ends: its side of the socket closes then
                }
            }
            return status;
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException exiting) {
                // Ctrl+C: the hook runs
            }
        }
    }

    private int relay(DataInputStream in, long pid) throws IOException {
        try {
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case DaemonRequest.OUT -> copy(in, System.out);
                    case DaemonRequest.ERR -> copy(in, System.err);
                    case DaemonRequest.EXIT -> {
                        return in.readInt();
                    }
                    default -> throw new IOException("the render daemon sent an unknown frame " + kind);
                }
            }
        } catch (EOFException gone) {
            System.err.println("videogen: the render daemon (pid " + pid + ") ended during the render; see its log "
                    + address.log());
            return FAILED;
        }
    }

    private static void copy(DataInputStream in, PrintStream to) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        to.write(bytes, 0, bytes.length);
        to.flush();
    }

    /** Ctrl+C (or a TERM): asks the daemon to stop this render, and waits a little for it to say it did. */
    private void cancel() {
        try {
            DataOutputStream out = toDaemon;
            out.writeByte(DaemonRequest.CANCEL);
            out.flush();
            ended.await(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException ignored) {
            // the daemon sees the connection close as the process ends
        }
    }
}
