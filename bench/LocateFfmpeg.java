// Prints the path of the ffmpeg executable inside bytedeco's FFmpeg natives (extracting it to the
// JavaCPP cache if needed). Used by bench/run.sh for floor.sh only: videogen itself never runs it.
// Run: java -cp "bootstrap/target/quarkus-app/lib/main/*" bench/LocateFfmpeg.java
public class LocateFfmpeg {
    public static void main(String[] args) throws Exception {
        System.out.println(org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
    }
}
