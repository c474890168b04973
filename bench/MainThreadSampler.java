// The warm re-render's main thread, sampled (ADR 0047). As bench/WarmIncremental.java (one warm JVM, a 6-scene job
// rendered, then again after one scene's text changed), but during each re-render main's Java stack is taken every
// ~1 ms (wall clock: waits and native calls included) with main's CPU time from /proc/self/task/<tid>/schedstat.
// A sample is named by its innermost io.videogen frame and the leaf frame (a native leaf names the FFmpeg or JDK
// call). Prints per round the stage times, and over the last four rounds main's wall and CPU per re-render by
// "class < calling class" and by "frame [leaf]"; for the last round, main's runs of one name (>= 1.5 ms or 1 ms of
// CPU) in time order. The sampling costs main a little; compare builds with the same tool. Linux only.
// Run: q=bootstrap/target/quarkus-app; java -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" \
//        bench/MainThreadSampler.java bench/job-6scenes.json bench/job-6scenes-edited.json 6
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.presentation.cli.RenderCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

public class MainThreadSampler {

    /** One sample: when, main's CPU so far, its innermost frames of ours and the leaf. */
    record Sample(long at, long cpu, String leaf, List<String> ours) {

        String byClass() {
            return ours.isEmpty() ? "(none)" : type(ours.get(0)) + (ours.size() > 1 ? " < " + type(ours.get(1)) : "");
        }

        String byFrame() {
            return (ours.isEmpty() ? "(none)" : ours.get(0)) + "  [" + leaf.replaceAll(":-?[0-9]+$", "") + "]";
        }

        String run() {
            return leaf + " < " + String.join(" ", ours);
        }

        private static String type(String frame) {
            return frame.substring(0, frame.indexOf('.'));
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("videogen-main-sampler-");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        long[] t0 = {System.nanoTime()};
        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        PrintStream marks = new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b != '\n') {
                    line.write(b);
                    return;
                }
                stages.add(String.format(Locale.ROOT, "%7.3f s  %s", (System.nanoTime() - t0[0]) / 1e9,
                        line.toString().replaceFirst("videogen: +[0-9.]+ s  ", "")));
                line.reset();
            }
        }, true);
        int rounds = Integer.parseInt(args[2]);
        Thread main = Thread.currentThread();
        long tid = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, long[]> byFrame = new HashMap<>();
        int summed = 0;
        try {
            OfflineRendering rendering = new OfflineRendering().warmUp();
            RenderCommand silent = rendering.command(quiet, quiet, false);
            RenderCommand watched = rendering.command(quiet, marks, false);
            run(silent, args[0], dir.resolve("warm"));
            for (int round = 1; round <= rounds; round++) {
                Path work = dir.resolve("work-" + round);
                run(silent, args[0], work);
                stages.clear();
                List<Sample> samples = new ArrayList<>();
                boolean[] on = {true};
                Thread sampler = new Thread(() -> {
                    while (on[0]) {
                        samples.add(sample(main.getStackTrace(), tid));
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "main-sampler");
                t0[0] = System.nanoTime();
                sampler.start();
                double took = run(watched, args[1], work);
                on[0] = false;
                sampler.join();
                System.out.printf(Locale.ROOT, "round %d: re-render %.3f s; %s%n", round, took, String.join("; ",
                        stages.stream().filter(s -> s.contains("stage ") || s.contains("100%")).toList()));
                if (round > rounds - 4) {
                    summed++;
                    for (int k = 1; k < samples.size(); k++) {
                        Sample s = samples.get(k - 1);
                        Sample next = samples.get(k);
                        add(byClass, s.byClass(), next.at() - s.at(), next.cpu() - s.cpu());
                        add(byFrame, s.byFrame(), next.at() - s.at(), next.cpu() - s.cpu());
                    }
                }
                if (round == rounds) {
                    runs(samples, t0[0]);
                }
            }
            print("main per re-render, mean of the last " + summed + " rounds, by class < caller", byClass, summed, 40);
            print("the same by innermost frame [leaf]", byFrame, summed, 60);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Sample sample(StackTraceElement[] stack, long tid) {
        List<String> ours = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("io.videogen") && ours.size() < 3) {
                ours.add(name(frame));
            }
        }
        return new Sample(System.nanoTime(), cpu(tid), stack.length == 0 ? "-" : name(stack[0]), ours);
    }

    private static String name(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
    }

    private static long cpu(long tid) {
        try {
            String stat = Files.readString(Path.of("/proc/self/task/" + tid + "/schedstat")).trim();
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException e) {
            return 0;
        }
    }

    private static void add(Map<String, long[]> sums, String key, long wall, long cpu) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += wall;
        sum[1] += cpu;
    }

    private static void print(String title, Map<String, long[]> sums, int rounds, int rows) {
        System.out.println(title + " (wall ms, CPU ms):");
        long[] total = new long[2];
        for (long[] sum : sums.values()) {
            total[0] += sum[0];
            total[1] += sum[1];
        }
        System.out.printf(Locale.ROOT, "%8.1f %8.1f  every sample%n", total[0] / 1e6 / rounds, total[1] / 1e6 / rounds);
        sums.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(rows)
                .forEach(e -> System.out.printf(Locale.ROOT, "%8.1f %8.1f  %s%n", e.getValue()[0] / 1e6 / rounds,
                        e.getValue()[1] / 1e6 / rounds, e.getKey()));
    }

    /** The last round's samples as runs of one name, in time order. */
    private static void runs(List<Sample> samples, long t0) {
        System.out.println("main in the last round's re-render (from - to s, CPU ms, leaf < frames of ours):");
        for (int i = 0; i < samples.size(); ) {
            int j = i;
            while (j + 1 < samples.size() && samples.get(j + 1).run().equals(samples.get(i).run())) {
                j++;
            }
            Sample end = samples.get(Math.min(j + 1, samples.size() - 1));
            long from = samples.get(i).at() - t0;
            long to = end.at() - t0;
            long cpu = end.cpu() - samples.get(i).cpu();
            if (to - from >= 1_500_000 || cpu >= 1_000_000) {
                System.out.printf(Locale.ROOT, "%7.3f-%7.3f %5.1f  %s%n", from / 1e9, to / 1e9, cpu / 1e6,
                        samples.get(i).run());
            }
            i = j + 1;
        }
    }

    private static double run(RenderCommand render, String spec, Path work) {
        long start = System.nanoTime();
        int exit = render.run(List.of(spec, "-o", work + ".mp4", "--workspace", work.toString()));
        if (exit != 0) {
            throw new IllegalStateException("render of " + spec + " exited with " + exit);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
