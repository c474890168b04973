// The incremental case in one warm JVM, as the service renders: the render engine is built once,
// warmed by one render, then for each round a 6-scene job is rendered in a fresh workspace and
// rendered again after one scene's text changed. Prints both wall times and their ratio, and the process's
// CPU time in each (every thread's, x264's and FFmpeg's own included: steadier than wall time on a busy machine).
// The JIT still compiles in the first rounds (C2 took 0.07-0.3 s of a round-8 re-render's CPU): bench/README.md
// reads rounds 4-8 and, with 20 rounds, 13-20, each build in several JVMs interleaved with the other's.
// Run: java -cp "bootstrap/target/quarkus-app/lib/boot/*:bootstrap/target/quarkus-app/lib/main/*:bootstrap/target/quarkus-app/app/*" \
//        bench/WarmIncremental.java bench/job-6scenes.json bench/job-6scenes-edited.json ROUNDS
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.presentation.cli.RenderCommand;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

public class WarmIncremental {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("videogen-warm-");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        // errors reach stderr: a failed render says why
        RenderCommand render = new OfflineRendering().warmUp().command(quiet, System.err, false);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try {
            rounds(render, args, rounds, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) { // the workspaces and MP4s of every round
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void rounds(RenderCommand render, String[] args, int rounds, Path dir) {
        run(render, args[0], dir.resolve("warm.mp4"), dir.resolve("warm"));   // warm-up, not timed
        for (int round = 1; round <= rounds; round++) {
            Path work = dir.resolve("work-" + round);
            double cpu = cpuSeconds();
            double full = run(render, args[0], dir.resolve("full.mp4"), work);
            double fullCpu = cpuSeconds() - cpu;
            double edit = run(render, args[1], dir.resolve("edit.mp4"), work);
            double editCpu = cpuSeconds() - cpu - fullCpu;
            System.out.printf(Locale.ROOT, "warm %d: full %.2f s, re-render %.2f s = %.0f %%; CPU %.2f s, %.2f s = %.0f %%%n",
                    round, full, edit, 100 * edit / full, fullCpu, editCpu, 100 * editCpu / fullCpu);
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double run(RenderCommand render, String spec, Path out, Path work) {
        long start = System.nanoTime();
        int exit = render.run(List.of(spec, "-o", out.toString(), "--workspace", work.toString(), "-q"));
        if (exit != 0) {
            throw new IllegalStateException("render of " + spec + " exited with " + exit);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
