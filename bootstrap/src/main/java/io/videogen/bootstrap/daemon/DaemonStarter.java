package io.videogen.bootstrap.daemon;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the render daemon for a client that found none: {@code videogen daemon run} through the
 * launcher (so it gets the launcher's JDK, options and start-up cache), in a session of its own
 * ({@code setsid}: the terminal's Ctrl+C and hang-up are the client's, not the daemon's), its log in
 * a file, and waits for the one line it prints once it listens. One client at a time starts a
 * daemon (a file lock): a second one waits and then finds it.
 */
final class DaemonStarter {

    /** How long a daemon may take to listen: a JVM start and a socket bind; seconds, even on a busy machine. */
    private static final long READY_WITHIN_SECONDS = 120;

    private final DaemonAddress address;
    private final Path launcher;

    DaemonStarter(DaemonAddress address, Path launcher) {
        this.address = address;
        this.launcher = launcher;
    }

    /** @throws IOException saying why no daemon listens */
    void start() throws IOException {
        try (FileChannel lockFile = FileChannel.open(address.startLock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            SocketChannel started = RenderClient.connect(address);
            if (started != null) {
                started.close(); // another client started it while this one waited for the lock
                return;
            }
            System.err.println("videogen: starting the render daemon (its log: " + address.log() + ")");
            List<String> command = new ArrayList<>();
            for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
                if (Files.isExecutable(Path.of(setsid))) {
                    command.add(setsid);
                    break;
                }
            }
            command.addAll(List.of(launcher.toString(), "daemon", "run"));
            Process daemon = new ProcessBuilder(command)
                    .directory(address.directory().toFile()) // not the client's: a daemon would keep it busy (and unmountable)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                    .start();
            String said = firstLine(daemon);
            if (said == null || !said.startsWith(RenderDaemon.READY) && !said.startsWith("videogen-daemon already running")) {
                throw new IOException("the render daemon did not start" + (said == null ? "" : " (it said: " + said + ")")
                        + "; see its log " + address.log());
            }
        }
    }

    private static String firstLine(Process daemon) throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return line.get(READY_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            daemon.descendants().forEach(ProcessHandle::destroy);
            daemon.destroy();
            throw new IOException("the render daemon did not listen within " + READY_WITHIN_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the render daemon started");
        } catch (ExecutionException e) {
            throw new IOException("the render daemon did not start: " + e.getCause());
        } finally {
            daemon.getInputStream().close(); // the daemon writes nothing more there
        }
    }
}
