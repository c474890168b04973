package io.videogen.bootstrap.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./videogen render --daemon} through the built launcher, with real processes: the client
 * starts the daemon, later renders reuse it, its output equals a render in a process of its own byte
 * for byte, and it stops when asked, when idle, and is replaced when it died without cleaning up.
 * Each test has a daemon directory of its own ({@code VIDEOGEN_DAEMON_DIR}). Runs after packaging.
 */
class RenderDaemonIT {

    private static final String SPEC = """
            {"title": "Daemon", "scenes": [
               {"text": "%s", "visual": {"type": "color", "value": "#1e3c72"}},
               {"text": "A second scene, said as well.", "visual": {"type": "color", "value": "#2a5298"}}],
             "output": {"aspectRatio": "16:9", "resolution": "320x180", "fps": 12, "quality": "draft"}}
            """;
    private static final Pattern PID = Pattern.compile("running, pid (\\d+), (\\d+) renders served");

    @TempDir
    Path dir;

    @AfterEach
    void stopTheDaemon() throws Exception {
        launcher(Map.of(), "daemon", "stop");
    }

    @Test
    void rendersAgainInTheSameDaemonWithRelativePathsAndTheBytesOfARenderInAProcessOfItsOwn() throws Exception {
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("Hello from the daemon."));
        Files.writeString(dir.resolve("b.json"), SPEC.formatted("Hello again from the daemon."));

        Run first = launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "--workspace", "ws", "-q");
        assertThat(first.status()).as(first.printed()).isZero();
        assertThat(first.printed()).startsWith("videogen: starting the render daemon");
        long pid = daemonPid(1);
        Run again = launcher(Map.of("VIDEOGEN_DAEMON", "on"), "render", "b.json", "-o", "b.mp4", "--workspace", "ws", "-q");
        assertThat(again.status()).as(again.printed()).isZero();
        assertThat(again.printed()).as("a quiet render, in the daemon already running").isEmpty();
        assertThat(daemonPid(2)).as("the same daemon").isEqualTo(pid);

        Run alone = launcher(Map.of(), "render", "a.json", "-o", "a-alone.mp4", "--workspace", "ws-alone", "-q");
        Run aloneAgain = launcher(Map.of("VIDEOGEN_DAEMON", "on"), "render", "--no-daemon", "b.json", "-o", "b-alone.mp4",
                "--workspace", "ws-alone", "-q");
        assertThat(alone.status()).as(alone.printed()).isZero();
        assertThat(aloneAgain.status()).as(aloneAgain.printed()).isZero();
        assertThat(daemonPid(2)).as("--no-daemon beats VIDEOGEN_DAEMON=on").isEqualTo(pid);
        assertThat(Files.mismatch(dir.resolve("a.mp4"), dir.resolve("a-alone.mp4"))).as("the full render").isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("b.mp4"), dir.resolve("b-alone.mp4"))).as("the re-render").isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("b.srt"), dir.resolve("b-alone.srt"))).isEqualTo(-1);
    }

    @Test
    void aBadSpecOrCommandLineGetsTheMessageAndExitCodeOfARenderInAProcessOfItsOwn() throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"title": "Bad", "scenes": [{"text": "Hi.", "visual": {"type": "colour"}}]}""");
        for (List<String> args : List.of(List.of("bad.json", "-o", "bad.mp4"), List.of("bad.json"),
                List.of("bad.json", "-o", "bad.mp4", "--fast"))) {
            Run alone = launcher(Map.of(), concat(List.of("render"), args));
            Run daemon = launcher(Map.of(), concat(List.of("render", "--daemon"), args));
            assertThat(alone.status()).as(alone.printed()).isIn(2, 64);
            assertThat(daemon.status()).as(daemon.printed()).isEqualTo(alone.status());
            assertThat(said(daemon)).isNotEmpty().isEqualTo(said(alone));
        }
    }

    /** What the render command said: its own lines and its usage, not the launcher's or the JVM's. */
    private static List<String> said(Run run) {
        return run.printed().lines().filter(line -> line.startsWith("videogen render") || line.startsWith("usage:")).toList();
    }

    @Test
    void stopsWhenAskedOnceItStoppedListening() throws Exception {
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("Stop me."));
        assertThat(launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "-q").status()).isZero();
        ProcessHandle daemon = ProcessHandle.of(daemonPid(1)).orElseThrow();

        Run stop = launcher(Map.of(), "daemon", "stop");
        assertThat(stop.status()).as(stop.printed()).isZero();
        assertThat(socket()).as("stop returns once the daemon stopped listening").doesNotExist();
        assertThat(launcher(Map.of(), "daemon", "status").printed()).startsWith("videogen render daemon: not running");
        daemon.onExit().get(1, TimeUnit.MINUTES);
    }

    @Test
    void rendersInAProcessOfItsOwnSayingWhyWhenTheDaemonDirectoryIsOpenToOthers() throws Exception {
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("No daemon here."));
        Path open = Files.createDirectory(dir.resolve("daemon"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "-q");
        assertThat(run.status()).as(run.printed()).isZero();
        assertThat(run.printed()).startsWith("videogen: the daemon directory " + open + " is open to others (rwxr-xr-x); "
                + "run chmod 700 on it; rendering in this process instead");
        assertThat(dir.resolve("a.mp4")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(open)) {
            assertThat(files).as("no socket, no log: no daemon").isEmpty();
        }
    }

    @Test
    void stopsItselfWhenIdle() throws Exception {
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("Idle soon."));
        Map<String, String> shortIdle = Map.of("VIDEOGEN_DAEMON_IDLE", "3s");
        assertThat(launcher(shortIdle, "render", "--daemon", "a.json", "-o", "a.mp4", "-q").status()).isZero();
        ProcessHandle daemon = ProcessHandle.of(daemonPid(1)).orElseThrow();

        daemon.onExit().get(2, TimeUnit.MINUTES);
        assertThat(socket()).doesNotExist();
        assertThat(Files.readString(log())).contains("stopping: no client for 3s");
    }

    @Test
    void replacesTheSocketOfADaemonKilledWithoutItsCleanup() throws Exception {
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("Killed soon."));
        assertThat(launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "-q").status()).isZero();
        long killed = daemonPid(1);
        ProcessHandle daemon = ProcessHandle.of(killed).orElseThrow();
        daemon.destroyForcibly(); // SIGKILL: no hook, no cleanup
        daemon.onExit().get(1, TimeUnit.MINUTES);
        assertThat(socket()).as("left behind").exists();

        Run after = launcher(Map.of(), "render", "--daemon", "a.json", "-o", "b.mp4", "-q");
        assertThat(after.status()).as(after.printed()).isZero();
        assertThat(after.printed()).startsWith("videogen: starting the render daemon");
        assertThat(daemonPid(1)).isNotEqualTo(killed);
        assertThat(Files.mismatch(dir.resolve("a.mp4"), dir.resolve("b.mp4"))).isEqualTo(-1);
    }

    @Test
    void aSecondClientWaitsForTheRenderUnderWayAndIsToldSo() throws Exception {
        writeLongSpec();
        Files.writeString(dir.resolve("a.json"), SPEC.formatted("Waiting my turn."));
        Process first = builder(Map.of(), List.of("render", "--daemon", "long.json", "-o", "long.mp4", "--workspace", "ws"))
                .redirectOutput(dir.resolve("long.out").toFile()).start();
        Run second;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            awaitStageVoice(err);
            second = launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "-q");
            while (err.readLine() != null) {
                // the rest of the first render's progress
            }
        }
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(second.status()).as(second.printed()).isZero();
        assertThat(second.printed()).isEqualTo("videogen: the render daemon is busy with another render; "
                + "this one starts when it ends\n");
        assertThat(dir.resolve("a.mp4")).isNotEmptyFile();
        assertThat(daemonPid(2)).isPositive();
    }

    @Test
    void ctrlCInTheClientCancelsTheRenderInTheDaemonWhichRendersOnAfterwards() throws Exception {
        writeLongSpec();
        ProcessBuilder builder = builder(Map.of(), List.of("render", "--daemon", "long.json", "-o", "long.mp4"))
                .redirectOutput(dir.resolve("long.out").toFile());
        // A build started in the background (nohup, `cmd &` in a script) ignores SIGINT, its children too,
        // and a JVM leaves an ignored SIGINT ignored: the client would never see this Ctrl+C. As a terminal's
        // foreground job does, the launcher starts with SIGINT at its default.
        builder.command(concat(List.of("env", "--default-signal=INT"), builder.command()));
        Process launcher = builder.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(launcher.getErrorStream(), StandardCharsets.UTF_8))) {
            awaitStageVoice(err);
            ProcessHandle client = launcher.descendants()
                    .filter(process -> process.info().commandLine().orElse("").contains(RenderClient.class.getName()))
                    .findFirst().orElseThrow();
            new ProcessBuilder("kill", "-INT", Long.toString(client.pid())).start().waitFor();
            StringBuilder rest = new StringBuilder();
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                rest.append(line).append('\n');
            }
            assertThat(rest).as("the cancelled render's exit code came back over the connection")
                    .doesNotContain("ended during the render");
        }
        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(130);
        assertThat(Files.readString(log())).contains("long.mp4]: exit 130").doesNotContain("a client went away");
        long pid = daemonPid(0);

        Files.writeString(dir.resolve("a.json"), SPEC.formatted("After the cancel."));
        Run after = launcher(Map.of(), "render", "--daemon", "a.json", "-o", "a.mp4", "-q");
        assertThat(after.status()).as(after.printed()).isZero();
        assertThat(daemonPid(1)).as("the same daemon renders on; the cancelled render is not counted").isEqualTo(pid);
    }

    private void writeLongSpec() throws IOException {
        StringBuilder scenes = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            scenes.append(i == 0 ? "" : ",").append("""
                    {"text": "Scene %d has a long line to say, so that the voice and the encoder have work to do \
                    for a while, and then another sentence after it.", "visual": {"type": "color", "value": "#1e3c72"}}
                    """.formatted(i));
        }
        Files.writeString(dir.resolve("long.json"), """
                {"title": "Long", "scenes": [%s], "output": {"resolution": "1280x720", "fps": 30}}""".formatted(scenes));
    }

    /** Reads the render's relayed progress until its voice stage starts. */
    private static void awaitStageVoice(BufferedReader err) throws IOException {
        List<String> printed = new ArrayList<>();
        String line;
        while ((line = err.readLine()) != null && !line.contains("stage voice")) {
            printed.add(line);
        }
        assertThat(line).as("the render's progress, relayed: " + printed).isNotNull();
    }

    private record Run(int status, String printed) {
    }

    private Run launcher(Map<String, String> environment, String... args) throws Exception {
        return launcher(environment, List.of(args));
    }

    private Run launcher(Map<String, String> environment, List<String> args) throws Exception {
        Path console = dir.resolve("console-" + System.nanoTime() + ".log");
        Process process = builder(environment, args).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
        return new Run(process.exitValue(), Files.readString(console, StandardCharsets.UTF_8));
    }

    private ProcessBuilder builder(Map<String, String> environment, List<String> args) {
        List<String> command = concat(List.of(root().resolve("videogen").toString()), args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("VIDEOGEN_DAEMON");
        builder.environment().put("VIDEOGEN_DAEMON_DIR", dir.resolve("daemon").toString());
        builder.environment().putAll(environment);
        return builder;
    }

    /** The daemon's process id, as {@code ./videogen daemon status} says it, after this many renders. */
    private long daemonPid(int rendersServed) throws Exception {
        Run status = launcher(Map.of(), "daemon", "status");
        Matcher running = PID.matcher(status.printed());
        assertThat(running.find()).as(status.printed()).isTrue();
        assertThat(Integer.parseInt(running.group(2))).as(status.printed()).isEqualTo(rendersServed);
        return Long.parseLong(running.group(1));
    }

    private Path socket() throws IOException {
        return daemonFile(".sock");
    }

    private Path log() throws IOException {
        return daemonFile(".log");
    }

    private Path daemonFile(String suffix) throws IOException {
        Path daemonDir = dir.resolve("daemon");
        try (Stream<Path> files = Files.list(daemonDir)) {
            return files.filter(file -> file.toString().endsWith(".log")).findFirst()
                    .map(logFile -> Path.of(logFile.toString().replace(".log", suffix)))
                    .orElse(daemonDir.resolve("none" + suffix));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Path root() {
        return Path.of(System.getProperty("user.dir")).getParent();
    }
}
