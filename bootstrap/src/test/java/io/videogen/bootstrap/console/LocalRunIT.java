package io.videogen.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.bootstrap.worker.Eventually;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer sees: {@code ./videogen serve} on a terminal (a pseudo-terminal from
 * {@code script(1)}), with the embedded defaults and nothing configured. Runs after packaging, like
 * the crash tests.
 */
class LocalRunIT {

    private static final Pattern LISTENING = Pattern.compile(
            "videogen is listening on (http://localhost:\\d+) .*; data in (\\S+); stop it with Ctrl\\+C or kill (\\d+)");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    /** What the JVM itself prints: its warnings, unified logging, the AOT cache's recording and creation. */
    private static final Pattern JVM_NOISE = Pattern.compile("^WARNING: .*|^\\[\\d+\\.\\d+s\\]\\[.*|.*AOT(Configuration|Cache).*");
    private static final Pattern RUNTIME = Pattern.compile("Java runtime: .* \\(Java (\\d+);");
    /** The batch span processor exports every 5 s; a failing exporter has warned by then. */
    private static final Duration EXPORT_WINDOW = Duration.ofSeconds(8);

    /** The services' data directories, embedded PostgreSQL's included: removed once every process of the test is gone. */
    @TempDir
    Path scratch;

    private Process terminal;
    private Path console;

    @Test
    void aTerminalShowsTextLinesTheListeningLineAndNoExporterWarnings() throws Exception {
        Path data = Files.createTempDirectory(scratch, "videogen-local-run-");
        start(data);
        Matcher listening = awaitListening();
        assertThat(Path.of(listening.group(2))).isEqualTo(data.toRealPath());

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(listening.group(1) + "/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        long until = System.nanoTime() + EXPORT_WINDOW.toNanos();
        while (System.nanoTime() < until) {
            assertThat(lines()).noneMatch(line -> line.contains("Failed to export"));
            terminal.waitFor(200, TimeUnit.MILLISECONDS);
        }

        assertThat(lines()).isNotEmpty()
                .noneMatch(line -> line.startsWith("{"))
                .noneMatch(line -> line.contains("4317"))
                .noneMatch(line -> line.contains("io.zonky") || line.contains("postmaster"));
    }

    @Test
    void embeddedServersDoNotOutliveAKilledService() throws Exception {
        Path data = Files.createTempDirectory(scratch, "videogen-local-run-");
        start(data);
        long pid = Long.parseLong(awaitListening().group(3));
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> redis = service.children()
                .filter(child -> child.info().command().orElse("").contains("redis-server")).toList();
        assertThat(redis).as("the embedded Redis").hasSize(1);
        assertThat(postgresOf(data)).as("the embedded PostgreSQL").isNotEmpty();

        service.destroyForcibly();

        Eventually.within(Duration.ofSeconds(10), () -> {
            assertThat(redis).noneMatch(ProcessHandle::isAlive);
            assertThat(postgresOf(data)).isEmpty();
        });
    }

    @Test
    void aSecondStartMapsTheStartUpCacheTheFirstLeftAndNeitherPrintsTheJvmsOwnLinesNorErrorsOnStop() throws Exception {
        Path data = Files.createTempDirectory(scratch, "videogen-local-run-");
        String cache = javaFeature() >= 25 ? ".aot" : ".jsa";
        start(data);
        ProcessHandle.of(Long.parseLong(awaitListening().group(3))).ifPresent(ProcessHandle::destroy);
        assertThat(terminal.waitFor(5, TimeUnit.MINUTES)).as("the first service stopped, its cache written").isTrue();
        assertThat(lines()).noneMatch(line -> JVM_NOISE.matcher(line).matches())
                .as("a polite stop prints no error (the embedded PostgreSQL stops after the application)")
                .noneMatch(line -> line.contains(" ERROR ") || line.contains("Exception"));
        try (var files = Files.list(root().resolve("bootstrap/target/quarkus-app"))) {
            assertThat(files.map(Path::toString)).anyMatch(name -> name.contains("/videogen-serve-") && name.endsWith(cache));
        }

        start(data);
        long pid = Long.parseLong(awaitListening().group(3));
        assertThat(Files.readAllLines(Path.of("/proc", Long.toString(pid), "maps")))
                .as("the second service's memory maps the cache")
                .anyMatch(line -> line.contains("/videogen-serve-") && line.endsWith(cache));
        assertThat(lines()).noneMatch(line -> JVM_NOISE.matcher(line).matches());
    }

    /** The feature release of the JDK the launcher picks ({@code ./videogen help} names it). */
    private static int javaFeature() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root().resolve("videogen").toString(), "help").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("VIDEOGEN_"));
        Process help = builder.start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor()).as(text).isZero();
        Matcher runtime = RUNTIME.matcher(text);
        assertThat(runtime.find()).as(text).isTrue();
        return Integer.parseInt(runtime.group(1));
    }

    private static Path root() {
        return Path.of(System.getProperty("user.dir")).getParent();
    }

    private void start(Path data) throws IOException {
        Path root = root();
        console = Files.createDirectories(Path.of("target", "local-run")).resolve("console-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", root.resolve("videogen") + " serve", "/dev/null")
                .redirectErrorStream(true).redirectOutput(console.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("VIDEOGEN_"));
        environment.put("VIDEOGEN_DATA_DIR", data.toString());
        environment.put("VIDEOGEN_PORT", Integer.toString(freePort()));
        environment.put("VIDEOGEN_EMBEDDED_POSTGRES_PORT", "0");
        environment.put("JAVA_OPTS", "-Xmx384m");
        try {
            terminal = builder.start();
        } catch (IOException e) {
            throw new IOException("script(1) from util-linux gives the service a terminal; install it (bsdutils)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Matcher awaitListening() {
        Matcher[] found = new Matcher[1];
        Eventually.within(Duration.ofSeconds(180), () -> {
            assertThat(terminal.isAlive()).as("the service runs:\n" + String.join("\n", lines())).isTrue();
            Matcher matcher = LISTENING.matcher(String.join("\n", lines()));
            assertThat(matcher.find()).as("the listening line").isTrue();
            found[0] = matcher;
        });
        return found[0];
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(console, StandardCharsets.UTF_8).stream()
                .map(line -> ANSI.matcher(line).replaceAll("").replace("\r", ""))
                .filter(line -> !line.isBlank())
                .toList();
    }

    private static List<ProcessHandle> postgresOf(Path data) throws IOException {
        String directory = "-D " + data.toRealPath().resolve("postgres");
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(directory))
                .toList();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (terminal != null) {
            List<ProcessHandle> processes = terminal.descendants().toList();
            processes.forEach(ProcessHandle::destroy);
            terminal.destroy();
            terminal.waitFor(60, TimeUnit.SECONDS);
            for (ProcessHandle process : processes) { // before the data directory they write goes
                process.onExit().completeOnTimeout(process, 60, TimeUnit.SECONDS).join();
            }
        }
    }
}
