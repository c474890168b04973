import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;
import org.bytedeco.ffmpeg.avcodec.*; import org.bytedeco.ffmpeg.avformat.*; import org.bytedeco.ffmpeg.avutil.*;
import org.bytedeco.javacpp.*; import java.nio.file.*; import java.util.*; import java.lang.reflect.*;
// Two renders of the same spec compared (ADR 0035): the video packets byte for byte, the audio packets by pts and
// duration, the decoded audio against each other and against the levelled narration (levelled here by
// NarrationLevel, as the render levels it: pass the workspace's audio/narration.wav of that spec's render).
// Run: java -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" bench/SoundtrackEquivalence.java a.mp4 b.mp4 narration.wav
public class SoundtrackEquivalence {
  record P(int stream, long pts, long dts, long dur, byte[] data) {}
  static List<P> packets(String f, int[] audioIdx) { AVFormatContext c = new AVFormatContext(null); if (avformat_open_input(c, f, null, null) < 0) throw new IllegalStateException(f); avformat_find_stream_info(c, (PointerPointer) null);
    audioIdx[0] = av_find_best_stream(c, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0); List<P> out = new ArrayList<>(); AVPacket p = av_packet_alloc();
    while (av_read_frame(c, p) >= 0) { byte[] d = new byte[p.size()]; p.data().get(d); out.add(new P(p.stream_index(), p.pts(), p.dts(), p.duration(), d)); av_packet_unref(p); }
    audioIdx[1] = (int) c.streams(audioIdx[0]).time_base().den(); avformat_close_input(c); return out; }
  static float[] decodeAudio(String f) { AVFormatContext c = new AVFormatContext(null); avformat_open_input(c, f, null, null); avformat_find_stream_info(c, (PointerPointer) null);
    int a = av_find_best_stream(c, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0); AVCodecContext d = avcodec_alloc_context3(avcodec_find_decoder(c.streams(a).codecpar().codec_id()));
    avcodec_parameters_to_context(d, c.streams(a).codecpar()); avcodec_open2(d, avcodec_find_decoder(d.codec_id()), (AVDictionary) null);
    float[] out = new float[1 << 22]; int w = 0; AVPacket p = av_packet_alloc(); AVFrame fr = av_frame_alloc();
    while (true) { int r = av_read_frame(c, p); if (r < 0) avcodec_send_packet(d, null); else if (p.stream_index() == a) avcodec_send_packet(d, p); if (r >= 0) av_packet_unref(p);
      while (avcodec_receive_frame(d, fr) >= 0) { FloatPointer fp = new FloatPointer(fr.data(0)); fp.capacity(fr.nb_samples()); fp.get(out, w, fr.nb_samples()); w += fr.nb_samples(); av_frame_unref(fr); } if (r < 0) break; }
    avformat_close_input(c); return Arrays.copyOf(out, w); }
  static double snr(float[] ref, float[] x, int from, int to) { double s = 0, e = 0; for (int i = from; i < to; i++) { s += (double) ref[i]*ref[i]; double df = ref[i]-x[i]; e += df*df; } return 10*Math.log10(s / Math.max(e, 1e-30)); }
  public static void main(String[] a) throws Exception {
    av_log_set_level(AV_LOG_ERROR); int[] ia = new int[2], ib = new int[2];
    List<P> pa = packets(a[0], ia), pb = packets(a[1], ib);
    List<P> va = pa.stream().filter(p -> p.stream() != ia[0]).toList(), vb = pb.stream().filter(p -> p.stream() != ib[0]).toList();
    boolean videoSame = va.size() == vb.size(); for (int i = 0; videoSame && i < va.size(); i++) videoSame = va.get(i).pts() == vb.get(i).pts() && va.get(i).dts() == vb.get(i).dts() && Arrays.equals(va.get(i).data(), vb.get(i).data());
    List<P> aa = pa.stream().filter(p -> p.stream() == ia[0]).toList(), ab = pb.stream().filter(p -> p.stream() == ib[0]).toList();
    boolean timesSame = aa.size() == ab.size(); int sameBytes = 0, firstDiff = -1; for (int i = 0; timesSame && i < aa.size(); i++) { timesSame = aa.get(i).pts() == ab.get(i).pts() && aa.get(i).dur() == ab.get(i).dur(); if (Arrays.equals(aa.get(i).data(), ab.get(i).data())) sameBytes++; else if (firstDiff < 0) firstDiff = i; }
    System.out.printf("video packets %d / %d, identical (bytes, pts, dts): %s%n", va.size(), vb.size(), videoSame);
    System.out.printf("audio packets %d / %d, pts and durations identical: %s; same bytes %d, first different packet %d (pts %d)%n", aa.size(), ab.size(), timesSame, sameBytes, firstDiff, firstDiff < 0 ? 0 : aa.get(firstDiff).pts());
    float[] da = decodeAudio(a[0]), db = decodeAudio(a[1]);
    int n = Math.min(da.length, db.length); int mism = Arrays.mismatch(da, db);
    System.out.printf("decoded samples %d / %d; first differing sample %d (%.3f s)%n", da.length, db.length, mism, mism / 48000.0);
    Class<?> lvl = Class.forName("io.videogen.infrastructure.media.NarrationLevel"); Method m = lvl.getDeclaredMethod("level", Path.class, double.class, Path.class); m.setAccessible(true);
    Path out = Files.createTempFile("levelled", ".wav"); m.invoke(null, Path.of(a[2]), -16.0, out); byte[] b = Files.readAllBytes(out); int ns = (b.length - 44) / 2; float[] pcm = new float[n];
    for (int i = 0; i < Math.min(ns, n); i++) pcm[i] = (short) ((b[44 + 2*i + 1] << 8) | (b[44 + 2*i] & 255)) / 32768f; Files.delete(out);
    int end = Math.min(n, ns);
    System.out.printf("against the levelled narration: base %.2f dB, new %.2f dB; from the first difference: base %.2f, new %.2f dB%n", snr(pcm, da, 0, end), snr(pcm, db, 0, end), snr(pcm, da, Math.max(0, mism), end), snr(pcm, db, Math.max(0, mism), end));
    double worst = 0, best = 0; int wAt = 0, bAt = 0; for (int w = Math.max(0, mism - mism % 1024); w + 1024 <= end; w += 1024) { double x = snr(pcm, db, w, w+1024) - snr(pcm, da, w, w+1024); if (Double.isNaN(x) || Double.isInfinite(x)) continue; if (x < worst) { worst = x; wAt = w; } if (x > best) { best = x; bAt = w; } }
    System.out.printf("per 1024-sample window after it, new minus base: worst %.1f dB at %.2f s, best +%.1f dB at %.2f s%n", worst, wAt / 48000.0, best, bAt / 48000.0);
  }
}
