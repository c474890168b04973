// The voice stage's clips said warm, timed directly (ADR 0050): every caption cue of a job's scenes said by the
// offline voice (MaryTTS, the default voice) as the render says them, `warm` times over to warm the JVM, then the
// changed scene of the edited job (the scenes whose text differs) said `rounds` times: each clip alone (its
// thread's CPU and wall) and the scene's clips on two threads at once as the voice stage says them (wall, and
// both threads' CPU). Prints per round, the medians and the least (the figure a loaded machine disturbs least),
// and a digest of every clip said in the first warm pass (the job's and the changed scene's WAVs in order: two
// builds that say the same bytes print the same digest). No render; a temporary folder, removed at the end.
// Run: q=bootstrap/target/quarkus-app; java -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" \
//        bench/ClipSynthesis.java bench/job-6scenes.json bench/job-6scenes-edited.json 3 20
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.domain.media.Voice;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.script.ScriptParser;
import io.videogen.infrastructure.speech.OfflineSpeech;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

public class ClipSynthesis {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<List<String>> before = scenes(Path.of(args[0]));
        List<List<String>> after = scenes(Path.of(args[1]));
        int warm = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<String> changed = new ArrayList<>();
        for (int s = 0; s < after.size(); s++) {
            if (!after.get(s).equals(before.get(s))) {
                changed.addAll(after.get(s));
            }
        }
        System.out.println("changed clips: " + changed);
        OfflineSpeech speech = new OfflineSpeech();
        Voice voice = Voice.defaults();
        Path dir = Files.createTempDirectory("videogen-clips-");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            speech.warmUp(voice.voiceId());
            System.out.printf(Locale.ROOT, "MaryTTS started in %.2f s%n", (System.nanoTime() - started) / 1e9);
            int n = 0;
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int w = 0; w < warm; w++) {
                for (List<String> scene : before) {
                    for (String text : scene) {
                        speech.synthesize(text, voice, dir.resolve("warm-" + n++ + ".wav"));
                    }
                }
                for (String text : changed) {
                    speech.synthesize(text, voice, dir.resolve("warm-" + n++ + ".wav"));
                }
                if (w == 0) {
                    for (int i = 0; i < n; i++) {
                        digest.update(Files.readAllBytes(dir.resolve("warm-" + i + ".wav")));
                    }
                    System.out.printf(Locale.ROOT, "%d clips said, their WAVs' SHA-256 %s%n", n,
                            HexFormat.of().formatHex(digest.digest()));
                }
            }
            double[][] alone = new double[changed.size()][rounds];
            double[] pairWall = new double[rounds];
            double[] pairCpu = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d: alone", r + 1));
                for (int c = 0; c < changed.size(); c++) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    speech.synthesize(changed.get(c), voice, dir.resolve("alone-" + r + "-" + c + ".wav"));
                    alone[c][r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                    line.append(String.format(Locale.ROOT, " %6.1f ms CPU (%6.1f wall)", alone[c][r],
                            (System.nanoTime() - wall) / 1e6));
                }
                long wall = System.nanoTime();
                List<Future<Long>> said = new ArrayList<>();
                for (int c = 0; c < changed.size(); c++) {
                    String text = changed.get(c);
                    Path wav = dir.resolve("pair-" + r + "-" + c + ".wav");
                    said.add(two.submit(() -> {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        speech.synthesize(text, voice, wav);
                        return THREADS.getCurrentThreadCpuTime() - cpu;
                    }));
                }
                long cpu = 0;
                for (Future<Long> one : said) {
                    cpu += one.get();
                }
                pairWall[r] = (System.nanoTime() - wall) / 1e6;
                pairCpu[r] = cpu / 1e6;
                line.append(String.format(Locale.ROOT, " | at once %6.1f ms wall, %6.1f ms CPU", pairWall[r], pairCpu[r]));
                System.out.println(line);
            }
            StringBuilder medians = new StringBuilder("median:   alone");
            for (double[] clip : alone) {
                medians.append(String.format(Locale.ROOT, " %6.1f ms CPU", median(clip)));
            }
            medians.append(String.format(Locale.ROOT, " | at once %6.1f ms wall, %6.1f ms CPU", median(pairWall),
                    median(pairCpu)));
            System.out.println(medians);
            StringBuilder least = new StringBuilder("least:    alone");
            for (double[] clip : alone) {
                least.append(String.format(Locale.ROOT, " %6.1f ms CPU", Arrays.stream(clip).min().orElseThrow()));
            }
            least.append(String.format(Locale.ROOT, " | at once %6.1f ms wall, %6.1f ms CPU",
                    Arrays.stream(pairWall).min().orElseThrow(), Arrays.stream(pairCpu).min().orElseThrow()));
            System.out.println(least);
        } finally {
            two.shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        System.exit(0);
    }

    /** Each scene's caption cues as the script stage cuts them (the default script settings). */
    private static List<List<String>> scenes(Path job) throws Exception {
        JsonNode spec = new ObjectMapper().readTree(job.toFile());
        ScriptParser parser = new ScriptParser(ScriptConfig.defaults());
        List<List<String>> scenes = new ArrayList<>();
        for (JsonNode scene : spec.get("scenes")) {
            scenes.add(parser.parseScene(scene.get("text").asText()).cues().stream().map(CaptionCue::text).toList());
        }
        return scenes;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
