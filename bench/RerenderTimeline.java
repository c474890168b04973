// The warm re-render as a timeline: which threads ran when, and how much CPU each took (ADR 0040). As
// bench/WarmIncremental.java (one warm JVM, a 6-scene job rendered, then again after one scene's text
// changed), but the last round's re-render is watched: every thread's CPU time read from
// /proc/self/task/*/schedstat (nanoseconds, x264's and FFmpeg's native threads included) every 10 ms, and the
// render's stage lines timestamped. Native threads carry the name of the thread that started them (an x264
// encoder's threads started from main are "java", from a half's thread "videogen-segmen…"). Linux only.
// Run: q=bootstrap/target/quarkus-app; java -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" \
//        bench/RerenderTimeline.java bench/job-6scenes.json bench/job-6scenes-edited.json 3
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.presentation.cli.RenderCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

public class RerenderTimeline {

    private static final int COLUMNS = 60;
    private static final long MIN_SHOWN_NS = 3_000_000;

    record Sample(long at, Map<Integer, Long> cpu) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("videogen-timeline-");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        long[] t0 = {System.nanoTime()};
        List<String> stages = new ArrayList<>();
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
        try {
            OfflineRendering rendering = new OfflineRendering().warmUp();
            run(rendering.command(quiet, quiet, false), args[0], dir.resolve("warm"), true);
            RenderCommand watched = rendering.command(quiet, marks, false);
            for (int round = 1; round <= rounds; round++) {
                Path work = dir.resolve("work-" + round);
                run(watched, args[0], work, true);
                stages.clear();
                Map<Integer, String> names = new HashMap<>();
                List<Sample> samples = new ArrayList<>();
                boolean[] on = {true};
                Thread sampler = new Thread(() -> {
                    while (on[0]) {
                        samples.add(sample(names));
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "timeline-sampler");
                t0[0] = System.nanoTime();
                sampler.start();
                double took = run(watched, args[1], work, round < rounds);
                on[0] = false;
                sampler.join();
                samples.add(sample(names));
                System.out.printf(Locale.ROOT, "round %d: re-render %.3f s%n", round, took);
                if (round == rounds) {
                    stages.forEach(System.out::println);
                    report(samples, names, t0[0]);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Sample sample(Map<Integer, String> names) {
        Map<Integer, Long> cpu = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    int tid = Integer.parseInt(task.getFileName().toString());
                    String stat = Files.readString(task.resolve("schedstat")).trim();
                    cpu.put(tid, Long.parseLong(stat.substring(0, stat.indexOf(' '))));
                    // read again while it says "java": a thread the JVM starts is named a moment after it runs
                    if (!names.containsKey(tid) || names.get(tid).equals("java")) {
                        names.put(tid, Files.readString(task.resolve("comm")).trim());
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Sample(System.nanoTime(), cpu);
    }

    /** Per thread: its name, id, first and last 10 ms in which it ran, its CPU, and a bar of where. */
    private static void report(List<Sample> samples, Map<Integer, String> names, long t0) {
        long end = samples.get(samples.size() - 1).at() - t0;
        long column = Math.max(1, end / COLUMNS);
        Map<Integer, long[]> bars = new HashMap<>();
        Map<Integer, long[]> spans = new HashMap<>();
        long all = 0;
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1);
            Sample now = samples.get(i);
            for (Map.Entry<Integer, Long> thread : now.cpu().entrySet()) {
                long ran = thread.getValue() - before.cpu().getOrDefault(thread.getKey(), 0L);
                if (ran <= 0 || !before.cpu().containsKey(thread.getKey()) && i == 1) {
                    continue;   // before the first sample, a thread's CPU is not the re-render's
                }
                all += ran;
                int at = (int) Math.min(COLUMNS - 1, (now.at() - t0) / column);
                bars.computeIfAbsent(thread.getKey(), tid -> new long[COLUMNS])[at] += ran;
                long[] span = spans.computeIfAbsent(thread.getKey(), tid -> new long[] {before.at() - t0, 0, 0});
                span[1] = now.at() - t0;
                span[2] += ran;
            }
        }
        System.out.printf(Locale.ROOT, "%-16s %7s %15s %7s  one column = %.0f ms: . < 1/4 core, - < 1/2, + < 3/4, # more%n",
                "thread", "id", "ran (s)", "CPU (s)", column / 1e6);
        spans.entrySet().stream().filter(e -> e.getValue()[2] >= MIN_SHOWN_NS)
                .sorted(Comparator.comparingLong(e -> e.getValue()[0])).forEach(e -> {
                    StringBuilder bar = new StringBuilder();
                    for (long ran : bars.get(e.getKey())) {
                        bar.append(ran == 0 ? ' ' : ran < column / 4 ? '.' : ran < column / 2 ? '-'
                                : ran < 3 * column / 4 ? '+' : '#');
                    }
                    long[] span = e.getValue();
                    System.out.printf(Locale.ROOT, "%-16s %7d %6.3f–%6.3f %7.3f |%s|%n", names.get(e.getKey()),
                            e.getKey(), span[0] / 1e9, span[1] / 1e9, span[2] / 1e9, bar);
                });
        System.out.printf(Locale.ROOT, "every thread's CPU in the re-render: %.3f s in %.3f s%n", all / 1e9, end / 1e9);
    }

    private static double run(RenderCommand render, String spec, Path work, boolean quietly) {
        long start = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of(spec, "-o", work + ".mp4", "--workspace", work.toString()));
        if (quietly) {
            arguments.add("-q");
        }
        int exit = render.run(arguments);
        if (exit != 0) {
            throw new IllegalStateException("render of " + spec + " exited with " + exit);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
