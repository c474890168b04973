package io.videogen.bootstrap.ai;

import io.videogen.infrastructure.ai.WavAudio;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/** What the stubbed providers send (a tone, a plain picture) and how a test finds it again in an MP4. */
public final class MediaSamples {

    static final int RED = 0xd02020;

    private MediaSamples() {
    }

    /** A sine tone at 24 kHz, as Kokoro-FastAPI would send speech. */
    static byte[] tone(int hertz, double seconds) {
        int rate = 24_000;
        int samples = (int) (seconds * rate);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(Math.sin(2 * Math.PI * hertz * i / rate) * 12_000);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return WavAudio.fromPcm16(pcm, rate);
    }

    static byte[] png(int rgb) throws Exception {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A clip of 160x90 at 10 fps showing each colour for one frame, made with the bundled FFmpeg (H.264 in MP4). */
    public static byte[] clip(Color... frames) throws Exception {
        Path file = Files.createTempFile("clip", ".mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 160, 90, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setFrameRate(10);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.start();
            for (Color colour : frames) {
                BufferedImage frame = new BufferedImage(160, 90, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, 160, 90);
                g.dispose();
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** An OpenAI images answer holding these bytes as {@code b64_json}. */
    static String picture(byte[] bytes) {
        return "{\"created\":1,\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}]}";
    }

    static int centre(BufferedImage image) {
        return image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xffffff;
    }

    static boolean isRed(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 160 && g < 80 && b < 80;
    }

    /** The picture shown at a time of the video. */
    static BufferedImage frameAt(Path video, double seconds) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            grabber.setVideoTimestamp((long) (seconds * 1_000_000));
            Frame frame = grabber.grabImage();
            return converter.getBufferedImage(frame);
        }
    }

    /** The first channel of the video's sound, resampled to 48 kHz. */
    public static float[] leftChannel(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.setSampleRate(48_000);
            grabber.start();
            int channels = grabber.getAudioChannels();
            float[] samples = new float[48_000 * 4];
            int count = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                FloatBuffer buffer = (FloatBuffer) frame.samples[0];
                boolean planar = frame.samples.length > 1;
                int n = planar ? buffer.remaining() : buffer.remaining() / channels;
                if (count + n > samples.length) {
                    samples = Arrays.copyOf(samples, samples.length * 2 + n);
                }
                for (int i = 0; i < n; i++) {
                    samples[count++] = buffer.get(buffer.position() + (planar ? i : i * channels));
                }
            }
            return Arrays.copyOf(samples, count);
        }
    }

    /** Amplitude of one frequency between two times (Goertzel). */
    static double amplitudeOf(float[] samples, double hertz, double from, double to) {
        int start = (int) (from * 48_000);
        int end = Math.min(samples.length, (int) (to * 48_000));
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / 48_000);
        double s1 = 0;
        double s2 = 0;
        for (int i = start; i < end; i++) {
            double s0 = samples[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(Math.max(power, 0)) / Math.max(1, end - start);
    }
}
