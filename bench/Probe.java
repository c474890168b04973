// Prints the duration in seconds of a media file as the bundled FFmpeg libraries read it (in-process,
// like the service's own probe). Run: java -cp "bootstrap/target/quarkus-app/lib/main/*" bench/Probe.java FILE
public class Probe {
    public static void main(String[] args) {
        var info = new io.videogen.infrastructure.media.FfmpegVideoComposer(io.videogen.application.render.RenderParallelism.forThisMachine()).probe(java.nio.file.Path.of(args[0]));
        System.out.printf(java.util.Locale.ROOT, "%.6f%n", info.duration().toNanos() / 1e9);
    }
}
