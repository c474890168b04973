package io.videogen.infrastructure.ai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

/** Media a provider stub serves: a sine tone as 16-bit PCM or WAV, a solid-colour PNG. */
public final class Tones {

    private Tones() {
    }

    public static byte[] pcm(double hertz, double seconds, int sampleRate) {
        int samples = (int) Math.round(seconds * sampleRate);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(Math.sin(2 * Math.PI * hertz * i / sampleRate) * 12_000);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }

    public static byte[] wav(double hertz, double seconds, int sampleRate) {
        return WavAudio.fromPcm16(pcm(hertz, seconds, sampleRate), sampleRate);
    }

    public static byte[] png(int rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
