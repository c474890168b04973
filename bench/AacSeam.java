import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;
import org.bytedeco.ffmpeg.avcodec.*; import org.bytedeco.ffmpeg.avutil.*;
import org.bytedeco.javacpp.*;
import java.nio.file.*; import java.util.*; import java.util.concurrent.*;
// An experiment (ADR 0034, "Not done"), not a benchmark of the render: a mono 16-bit WAV (a workspace's
// audio/narration.wav, or a levelled one) AAC-encoded as the soundtrack encodes it (FFmpeg's aac, "fast" coder,
// 128 kb/s), once whole and once in two halves joined by packet copy at a frame boundary in the middle, the
// second half's encoder started PRE_ROLL frames before the seam; both decoded and compared with the PCM and
// with each other, and the two ways timed (whole on one thread, halves on two).
// Run: java -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" bench/AacSeam.java narration.wav PRE_ROLL
public class AacSeam {
  record Pkt(long pts, byte[] data) {}
  static int RATE;
  static float[] read(Path wav) throws Exception { byte[] b = Files.readAllBytes(wav);
    RATE = (b[24] & 255) | (b[25] & 255) << 8 | (b[26] & 255) << 16 | (b[27] & 255) << 24;   // a 44-byte PCM header, as ours
    int n = (b.length - 44) / 2; float[] s = new float[n];
    for (int i = 0; i < n; i++) s[i] = (short) ((b[44 + 2*i + 1] << 8) | (b[44 + 2*i] & 255)) / 32768f; return s; }
  static AVCodecContext encoder() { AVCodec aac = avcodec_find_encoder(AV_CODEC_ID_AAC); AVCodecContext e = avcodec_alloc_context3(aac);
    e.sample_fmt(AV_SAMPLE_FMT_FLTP); e.sample_rate(RATE); av_channel_layout_default(e.ch_layout(), 1); e.bit_rate(128000); e.time_base(av_make_q(1, RATE));
    e.flags(e.flags() | AV_CODEC_FLAG_GLOBAL_HEADER); AVDictionary o = new AVDictionary(null); av_dict_set(o, "aac_coder", "fast", 0);
    if (avcodec_open2(e, aac, o) < 0) throw new IllegalStateException(); av_dict_free(o); return e; }
  /** samples [from, to) encoded, packets' pts shifted to the narration's timeline. */
  static List<Pkt> encode(float[] s, int from, int to, byte[][] extradata) {
    AVCodecContext e = encoder(); if (extradata != null) { extradata[0] = new byte[e.extradata_size()]; e.extradata().get(extradata[0]); }
    List<Pkt> out = new ArrayList<>(); AVFrame f = av_frame_alloc(); AVPacket p = av_packet_alloc(); int fs = e.frame_size();
    for (int at = from; ; at += fs) {
      boolean end = at >= to;
      if (!end) { f.nb_samples(Math.min(fs, to - at)); f.format(AV_SAMPLE_FMT_FLTP); av_channel_layout_default(f.ch_layout(), 1); f.sample_rate(RATE);
        av_frame_get_buffer(f, 0); FloatPointer fp = new FloatPointer(f.data(0)); fp.put(s, at, f.nb_samples()); f.pts(at - from);
        if (avcodec_send_frame(e, f) < 0) throw new IllegalStateException(); av_frame_unref(f); }
      else avcodec_send_frame(e, null);
      while (true) { int r = avcodec_receive_packet(e, p); if (r < 0) break; byte[] d = new byte[p.size()]; p.data().get(d); out.add(new Pkt(p.pts() + from, d)); av_packet_unref(p); }
      if (end) break;
    }
    av_frame_free(f); av_packet_free(p); avcodec_free_context(e); return out;
  }
  static float[] decode(List<Pkt> pkts, byte[] extradata, int n) {
    AVCodec aac = avcodec_find_decoder(AV_CODEC_ID_AAC); AVCodecContext d = avcodec_alloc_context3(aac);
    d.sample_rate(RATE); av_channel_layout_default(d.ch_layout(), 1); d.extradata(new BytePointer(av_mallocz(extradata.length + 64))); d.extradata().put(extradata); d.extradata_size(extradata.length);
    if (avcodec_open2(d, aac, (AVDictionary) null) < 0) throw new IllegalStateException();
    float[] out = new float[n + 4096]; int w = 0; AVPacket p = av_packet_alloc(); AVFrame f = av_frame_alloc();
    for (int i = 0; i <= pkts.size(); i++) {
      if (i < pkts.size()) { byte[] data = pkts.get(i).data(); av_new_packet(p, data.length); p.data().put(data); p.pts(pkts.get(i).pts()); avcodec_send_packet(d, p); av_packet_unref(p); }
      else avcodec_send_packet(d, null);
      while (avcodec_receive_frame(d, f) >= 0) { FloatPointer fp = new FloatPointer(f.data(0)); int k = Math.min(f.nb_samples(), out.length - w); fp.get(out, w, k); w += k; av_frame_unref(f); }
    }
    // the decoder's output starts with the encoder's priming (1024 samples)
    return Arrays.copyOfRange(out, 1024, 1024 + n);
  }
  static double snr(float[] ref, float[] x, int from, int to) { double s = 0, e = 0; for (int i = Math.max(0, from); i < Math.min(to, ref.length); i++) { s += ref[i]*ref[i]; double d = ref[i]-x[i]; e += d*d; } return 10*Math.log10(s / Math.max(e, 1e-30)); }
  static double maxDiff(float[] a, float[] b, int from, int to) { double m = 0; for (int i = Math.max(0, from); i < Math.min(to, a.length); i++) m = Math.max(m, Math.abs(a[i]-b[i])); return m; }
  public static void main(String[] a) throws Exception {
    av_log_set_level(AV_LOG_ERROR);
    float[] s = read(Path.of(a[0])); int n = s.length; int preRoll = Integer.parseInt(a[1]) * 1024;
    int seam = (n / 2 / 1024) * 1024; byte[][] ex = new byte[1][];
    List<Pkt> whole = encode(s, 0, n, ex);
    // A: up to the seam and two frames past it (so its last kept packets see the signal after the seam); B: from preRoll before the seam
    List<Pkt> first = encode(s, 0, Math.min(n, seam + 2048), null), second = encode(s, seam - preRoll, n, null);
    List<Pkt> joined = new ArrayList<>(); for (Pkt p : first) if (p.pts() < seam - 1024) joined.add(p); for (Pkt p : second) if (p.pts() >= seam - 1024) joined.add(p);
    System.out.printf("packets whole %d, joined %d; first pts whole %d joined %d; last %d / %d%n", whole.size(), joined.size(), whole.get(0).pts(), joined.get(0).pts(), whole.get(whole.size()-1).pts(), joined.get(joined.size()-1).pts());
    float[] dw = decode(whole, ex[0], n), dj = decode(joined, ex[0], n);
    System.out.printf("SNR against the PCM: whole %.1f dB, joined %.1f dB; around the seam (±2048): whole %.1f, joined %.1f dB%n", snr(s, dw, 0, n), snr(s, dj, 0, n), snr(s, dw, seam-2048, seam+2048), snr(s, dj, seam-2048, seam+2048));
    System.out.printf("joined against whole: identical before the seam-2048: %s; max |diff| before %.6f, at the seam ±2048 %.6f, after +8192 %.6f; max |sample| near seam %.4f%n", maxDiff(dw, dj, 0, seam-2048) == 0, maxDiff(dw, dj, 0, seam-2048), maxDiff(dw, dj, seam-2048, seam+2048), maxDiff(dw, dj, seam+8192, n), maxDiff(s, new float[n], seam-2048, seam+2048));
    // the worst 1024-sample window of the joined decode's error against the PCM, and where it is
    double worst = 1e9; int where = -1; for (int w = 0; w + 1024 <= n; w += 512) { double v = snr(s, dj, w, w+1024); double v2 = snr(s, dw, w, w+1024); if (v - v2 < worst) { worst = v - v2; where = w; } }
    System.out.printf("largest SNR loss of a 1024-sample window against the whole encode: %.1f dB at sample %d (seam at %d)%n", worst, where, seam);
    // timing
    for (int r = 0; r < 3; r++) {
      long t = System.nanoTime(); encode(s, 0, n, null); double one = (System.nanoTime() - t) / 1e9;
      ExecutorService ex2 = Executors.newFixedThreadPool(2); t = System.nanoTime();
      Future<List<Pkt>> fa = ex2.submit(() -> encode(s, 0, Math.min(n, seam + 2048), null)); Future<List<Pkt>> fb = ex2.submit(() -> encode(s, seam - preRoll, n, null)); fa.get(); fb.get();
      double two = (System.nanoTime() - t) / 1e9; ex2.shutdown();
      System.out.printf("whole on one thread %.3f s, two halves on two threads %.3f s (load %s)%n", one, two, new String(Files.readAllBytes(Path.of("/proc/loadavg"))).substring(0, 14));
    }
  }
}
