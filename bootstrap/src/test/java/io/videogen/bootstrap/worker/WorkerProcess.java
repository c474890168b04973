package io.videogen.bootstrap.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A videogen process started from the packaged application ({@code java -jar quarkus-run.jar}),
 * pointed at the test's database, with a short lease so that crashes show quickly. Its output goes
 * to a log file under target/crash-tests for reading after a failure.
 */
final class WorkerProcess {

    static final Duration LEASE = Duration.ofSeconds(3);

    private final String name;
    private final Process process;
    private final Path log;
    private final Path dataDir;

    private WorkerProcess(String name, Process process, Path log, Path dataDir) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
    }

    /** The application as {@code ./mvnw verify} packaged it before the integration tests. */
    static Path application() {
        Path jar = Path.of(System.getProperty("crash-tests.application-jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: these tests run in the "
                    + "integration-test phase, after the package phase built it (./mvnw -B verify)");
        }
        return jar;
    }

    /** The datasource this test's application uses, for a worker process to share its queue. */
    private static Map<String, String> testDatabase() {
        Map<String, String> database = new java.util.HashMap<>();
        for (String key : List.of("quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username", "quarkus.datasource.password")) {
            database.put(key, org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(key, String.class));
        }
        return database;
    }

    /**
     * @param roles    videogen.roles of the process
     * @param settings the datasource settings the test's application uses, and any others
     * @param dataDir  its videogen.data-dir
     */
    private static WorkerProcess start(String name, String roles, Map<String, String> settings, Path dataDir)
            throws IOException {
        Path logs = Files.createDirectories(Path.of("target", "crash-tests"));
        Path log = logs.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-Dvideogen.roles=" + roles,
                "-Dvideogen.data-dir=" + dataDir.toAbsolutePath(),
                "-Dvideogen.worker.concurrency=1",
                "-Dvideogen.worker.lease=" + LEASE,
                "-Dvideogen.worker.heartbeat=PT0.5S",
                "-Dvideogen.worker.poll-interval=PT0.3S",
                "-Dquarkus.http.port=0",
                "-Dquarkus.http.host=127.0.0.1"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", application().toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new WorkerProcess(name, process, log, dataDir);
    }

    /** The segment of a video as this process made it in its render workspace (its data directory's). */
    Path segmentInWorkspace(io.videogen.domain.video.VideoId video, String artefact) {
        return dataDir.resolve("work").resolve(video.value().toString()).resolve("segments").resolve(artefact);
    }

    long pid() {
        return process.pid();
    }

    /** Worker ids are host-pid-random, so the pid finds this process's claims. */
    boolean owns(String workerId) {
        return workerId.contains("-" + pid() + "-");
    }

    WorkerProcess awaitStarted() {
        Eventually.within(Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + log());
            }
            if (!log().contains("Render worker") || !log().contains("started")) {
                throw new AssertionError(name + " has not started its worker yet");
            }
        });
        return this;
    }

    void awaitLog(String text, Duration timeout) {
        Eventually.within(timeout, () -> {
            if (!log().contains(text)) {
                throw new AssertionError(name + " never logged '" + text + "':\n" + log());
            }
        });
    }

    /** Where its HTTP server listens (a free port, as it logged at start). */
    String baseUrl() {
        java.util.regex.Matcher listening = java.util.regex.Pattern.compile("Listening on: (http://[0-9.:]+)")
                .matcher(log());
        if (!listening.find()) {
            throw new AssertionError(name + " has not said where it listens:\n" + log());
        }
        return listening.group(1);
    }

    /**
     * SIGKILL to the process and its children (its embedded Redis), as a container runtime kills a
     * crashed container's whole process tree.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGSTOP: frozen in the middle of whatever it was doing, its connections still open. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** SIGTERM, as a service manager stops it, and wait for it to exit. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not stop within a minute of SIGTERM:\n" + log());
        }
        return process.exitValue();
    }

    /** For the end of a test class, whatever state it is in. */
    void forceStop() {
        try {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            if (process.isAlive()) {
                signal("CONT");
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException ignored) {
            process.destroyForcibly();
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + pid() + " failed");
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }

    /**
     * The worker processes of one test class: on the test's database, with the class's further
     * settings, each in the data directory the class chooses for it; stopped together at its end.
     */
    static final class Fleet {

        private final Function<String, Path> dataDirs;
        private final Map<String, String> settings;
        private final List<WorkerProcess> started = new CopyOnWriteArrayList<>();

        private Fleet(Function<String, Path> dataDirs, Map<String, String> settings) {
            this.dataDirs = dataDirs;
            this.settings = settings;
        }

        /** Every process in one data directory, as on a shared volume. */
        static Fleet sharing(Path dataDir, Map<String, String> settings) {
            application();
            return new Fleet(name -> dataDir, settings);
        }

        /** Each process in a directory of its own under the root, as on a disk of its own. */
        static Fleet apart(Path root, Map<String, String> settings) {
            application();
            return new Fleet(name -> root.resolve(name), settings);
        }

        WorkerProcess start(String name, String roles) throws IOException {
            return start(name, roles, Map.of());
        }

        /** With settings of its own on top of the fleet's. */
        WorkerProcess start(String name, String roles, Map<String, String> own) throws IOException {
            Map<String, String> all = new java.util.HashMap<>(testDatabase());
            all.putAll(settings);
            all.putAll(own);
            WorkerProcess process = WorkerProcess.start(name, roles, all,
                    Files.createDirectories(dataDirs.apply(name)));
            started.add(process);
            return process;
        }

        List<WorkerProcess> started() {
            return started;
        }

        /** The started process a worker id belongs to. */
        WorkerProcess owner(String workerId) {
            return started.stream().filter(worker -> worker.owns(workerId)).findFirst()
                    .orElseThrow(() -> new AssertionError(workerId + " is none of " + started));
        }

        void stop() {
            started.forEach(WorkerProcess::forceStop);
        }
    }
}
