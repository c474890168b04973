package io.videogen.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./videogen render} through the launcher, which runs it on a flat class path (not through
 * Quarkus's runner class loader) and from the start-up cache its first run of the build writes. Runs
 * after packaging.
 */
class LauncherRenderIT {

    private static final String SPEC = """
            {"title": "Launcher", "scenes": [
               {"text": "%s", "visual": {"type": "color", "value": "#1e3c72"}}],
             "output": {"aspectRatio": "16:9", "resolution": "320x180", "fps": 12, "quality": "draft"}}
            """;

    @TempDir
    Path dir;

    @Test
    void rendersAndRendersAgainWithOurClassesFromTheCacheAndTheWorkspaceRecordingWhatWasSaid() throws Exception {
        Path workspace = dir.resolve("ws");
        Path first = Files.writeString(dir.resolve("a.json"), SPEC.formatted("Hello from the launcher."));
        Path edited = Files.writeString(dir.resolve("b.json"), SPEC.formatted("Hello again from the launcher."));

        Path classes = dir.resolve("classes.log");
        Path mapping = dir.resolve("aot.log");
        boolean aotCache = javaFeature() >= 25;

        assertThat(render(first, dir.resolve("a.mp4"), workspace, "")).isEmpty();
        assertThat(dir.resolve("a.mp4")).isNotEmptyFile();
        assertThat(render(edited, dir.resolve("b.mp4"), workspace, "-Xlog:class+load=info:file=" + classes
                + (aotCache ? " -Xlog:aot=info,aot+reloc=debug:file=" + mapping : ""))).isEmpty();
        if (aotCache) {
            assertThat(Files.readAllLines(mapping))
                    .as("the AOT cache mapped at the address it was written for, no pointer in it patched")
                    .anyMatch(line -> line.contains("ArchiveRelocationMode: 0"))
                    .noneMatch(line -> line.contains("runtime archive relocation start"));
        }

        assertThat(dir.resolve("b.mp4")).isNotEmptyFile();
        assertThat(Files.readAllLines(classes))
                .as("our classes, mapped from the cache")
                .anyMatch(line -> line.contains(" io.videogen.bootstrap.Main source: shared objects file"))
                .anyMatch(line -> line.contains(" io.videogen.infrastructure.speech.MaryEngine source: shared objects file"))
                .as("by the JDK's class loader: Quarkus's runner class loader, which reads every class from its jar "
                        + "again although the cache holds it, is never loaded")
                .noneMatch(line -> line.contains(" io.quarkus.bootstrap.runner.RunnerClassLoader "));
        assertThat(Files.readAllLines(workspace.resolve(NarrationForecast.FILE))).hasSize(2);
        try (Stream<Path> files = Files.list(root().resolve("bootstrap/target/quarkus-app"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the start-up cache the first render of the build wrote")
                    .anyMatch(name -> name.startsWith("videogen-render-") && (name.endsWith(".aot") || name.endsWith(".jsa")));
        }
    }

    @Test
    void runsTheRenderWithOneMallocArenaAndTheJavaHeapOnHugePagesWhereTheKernelOffersThem() throws Exception {
        // A Java home whose java writes down its environment and arguments, then runs the real one.
        Path realJava = Path.of(javaRuntime().group(1)).toRealPath();
        Path home = dir.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(realJava.getParent().getParent().resolve("release"), home.resolve("release"));
        Path seen = dir.resolve("seen.txt");
        Path java = Files.writeString(home.resolve("bin/java"), """
                #!/bin/sh
                { env; echo "arguments: $*"; } > '%s'
                exec '%s' "$@"
                """.formatted(seen, realJava));
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Path pages = dir.resolve("pages.log");
        Path spec = Files.writeString(dir.resolve("c.json"), SPEC.formatted("Hello from one arena."));

        assertThat(render(spec, dir.resolve("c.mp4"), dir.resolve("ws"), "-Xlog:pagesize=info:file=" + pages,
                "VIDEOGEN_JAVA_HOME", home.toString(), "VIDEOGEN_CDS", "off")).isEmpty();

        List<String> environment = Files.readAllLines(seen);
        assertThat(environment).contains("MALLOC_ARENA_MAX=1", "MALLOC_MMAP_THRESHOLD_=268435456",
                "MALLOC_TRIM_THRESHOLD_=134217728");
        Path offered = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String modes = Files.isReadable(offered) ? Files.readString(offered) : "";
        if (modes.contains("[madvise]") || modes.contains("[always]")) {
            assertThat(environment).anyMatch(line -> line.startsWith("arguments: ") && line.contains(" -XX:+UseTransparentHugePages "));
            assertThat(Files.readAllLines(pages)).as("the JVM took the option").anyMatch(line -> line.contains("UseTransparentHugePages=1"));
        } else {
            assertThat(environment).noneMatch(line -> line.contains("UseTransparentHugePages"));
        }
        assertThat(dir.resolve("c.mp4")).isNotEmptyFile();
    }

    /** Runs the launcher with these extra JVM options and environment; returns what it printed (nothing, with -q, when all went well). */
    private List<String> render(Path spec, Path output, Path workspace, String javaOptions, String... environment) throws Exception {
        Path console = dir.resolve("console-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(root().resolve("videogen").toString(), "render", spec.toString(),
                "-o", output.toString(), "--workspace", workspace.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("VIDEOGEN_RENDER_JAVA_OPTS", javaOptions);
        builder.environment().keySet().removeIf(name -> name.startsWith("MALLOC_")); // the launcher's own, whatever ours are
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the render ended").isTrue();
        List<String> printed = Files.readAllLines(console, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", printed)).isZero();
        return printed;
    }

    /** The feature release of the Java the launcher picks, as {@code ./videogen help} says it. */
    private static int javaFeature() throws Exception {
        return Integer.parseInt(javaRuntime().group(2));
    }

    /** {@code ./videogen help}'s line on the Java it picks: its executable (group 1) and its feature release (group 2). */
    private static Matcher javaRuntime() throws Exception {
        Process help = new ProcessBuilder(root().resolve("videogen").toString(), "help").redirectErrorStream(true).start();
        String said = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(1, TimeUnit.MINUTES)).isTrue();
        Matcher runtime = Pattern.compile("Java runtime: (\\S+) \\(Java (\\d+);").matcher(said);
        assertThat(runtime.find()).as(said).isTrue();
        return runtime;
    }

    private static Path root() {
        return Path.of(System.getProperty("user.dir")).getParent();
    }
}
