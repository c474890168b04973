package io.videogen.infrastructure.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.IntToDoubleFunction;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;

/** Inputs for media tests, made on the spot. */
final class TestMedia {

    private TestMedia() {
    }

    static Path solidPng(Path dir, String name, Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return png(dir, name, image);
    }

    static Path png(Path dir, String name, BufferedImage image) {
        Path file = dir.resolve(name);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A 16-bit mono WAV whose sample n is signal(n) in [-1, 1]. */
    static Path wav(Path dir, String name, int sampleRate, double seconds, IntToDoubleFunction signal) {
        int samples = (int) Math.round(sampleRate * seconds);
        byte[] pcm = new byte[samples * 2];
        for (int n = 0; n < samples; n++) {
            int value = (int) Math.round(Math.max(-1, Math.min(1, signal.applyAsDouble(n))) * 32767);
            pcm[2 * n] = (byte) value;
            pcm[2 * n + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        Path file = dir.resolve(name);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static IntToDoubleFunction tone(double hertz, double amplitude, int sampleRate, double from, double to) {
        return n -> {
            double t = (double) n / sampleRate;
            return t >= from && t < to ? amplitude * Math.sin(2 * Math.PI * hertz * t) : 0;
        };
    }

    static int[] rgb(BufferedImage image, int x, int y) {
        int value = image.getRGB(x, y);
        return new int[] {(value >> 16) & 255, (value >> 8) & 255, value & 255};
    }
}
