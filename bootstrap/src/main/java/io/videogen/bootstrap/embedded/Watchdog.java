package io.videogen.bootstrap.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stops an embedded server when this JVM is gone, however it went. A normal exit runs the
 * libraries' shutdown hooks, but {@code kill -9} (or the OOM killer) runs nothing, and PostgreSQL and
 * Redis would live on, holding their ports and the data directory. The watchdog is a small shell
 * process started by this JVM: it notices within a second that it was orphaned (its parent process
 * changed), and then sends the server its polite stop signal, and SIGKILL five seconds later if it is
 * still there. It never signals a process whose command line no longer names the server (the pid may
 * have been reused after a normal stop).
 */
final class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class);

    private static final String SCRIPT = String.join("\n",
            // the terminal's hang-up and Ctrl+C reach the whole process group; this one outlives them
            "trap '' HUP INT",
            "parent=$1; server=$2; marker=$3; signal=$4",
            "ppid() { read -r _ _ _ p _ < /proc/$$/stat; echo \"$p\"; }",
            "while [ \"$(ppid)\" = \"$parent\" ]; do sleep 1; done",
            "names() { tr '\\0' ' ' < /proc/$server/cmdline 2>/dev/null | grep -qF -- \"$marker\"; }",
            "names || exit 0",
            "kill -s \"$signal\" \"$server\" 2>/dev/null",
            "i=0; while [ $i -lt 10 ] && names; do sleep 0.5; i=$((i+1)); done",
            "names && kill -s KILL \"$server\" 2>/dev/null",
            "exit 0");

    private Watchdog() {
    }

    /**
     * @param server the server's process
     * @param marker text its command line holds for as long as it is that server
     * @param signal its polite stop: INT for PostgreSQL (fast shutdown), TERM for Redis
     */
    static void guard(long server, String marker, String signal) {
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            return;  // not Linux: the libraries' shutdown hooks are all there is
        }
        try {
            new ProcessBuilder(List.of("/bin/sh", "-c", SCRIPT, "videogen-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(server), marker, signal))
                    .redirectInput(Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warnf("no watchdog for process %d (%s): it may outlive this process if it is killed", server,
                    e.getMessage());
        }
    }

    /** The postmaster's pid, the first line of postmaster.pid in its data directory. */
    static long postmaster(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    /** The child process of this JVM whose executable names {@code executable}. */
    static java.util.OptionalLong child(String executable) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.contains(executable)).orElse(false))
                .mapToLong(ProcessHandle::pid)
                .max();
    }
}
