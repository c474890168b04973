package io.videogen.bootstrap.fuzz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Small, sound upload files of each kind the service accepts, and versions of them whose headers
 * lie about their size (the lies a service must refuse before anything else reads the file).
 */
final class SampleMedia {

    record Sample(String fileName, String contentType, byte[] bytes) {
    }

    private SampleMedia() {
    }

    static List<Sample> sound() {
        return List.of(new Sample("tone.wav", "audio/wav", wav(8000)), new Sample("picture.png", "image/png",
                image("png")), new Sample("picture.jpg", "image/jpeg", image("jpg")));
    }

    /** Files whose declared sizes do not match their bytes. */
    static List<Sample> lyingAboutTheirSize() {
        byte[] wav = wav(8000);
        return List.of(
                new Sample("huge-data.wav", "audio/wav", withInt(wav, 40, 0xF0000000)),
                new Sample("unknown-data.wav", "audio/wav", withInt(wav, 40, 0xFFFFFFFF)),
                new Sample("unknown-riff.wav", "audio/wav", withInt(wav, 4, 0xFFFFFFFF)),
                new Sample("huge-riff.wav", "audio/wav", withInt(wav, 4, 0x7FFFFFF0)),
                new Sample("cut.wav", "audio/wav", Arrays.copyOf(wav, 44 + 100)),
                new Sample("cut.png", "image/png", cut(image("png"))),
                new Sample("cut.jpg", "image/jpeg", cut(image("jpg"))));
    }

    /** One second of a 440 Hz tone, 16-bit mono PCM. */
    static byte[] wav(int sampleRate) {
        int samples = sampleRate;
        ByteBuffer out = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            out.putShort((short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000));
        }
        return out.array();
    }

    static byte[] image(String format) {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(30, 60, 114));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.ORANGE);
        g.fillOval(10, 10, 30, 20);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] withInt(byte[] file, int offset, int value) {
        byte[] copy = file.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return copy;
    }

    private static byte[] cut(byte[] file) {
        return Arrays.copyOf(file, file.length * 2 / 3);
    }
}
