package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StillPngTest {

    @TempDir
    Path dir;

    /** Written as the visuals' PngFiles writes a still (light compression), and at ImageIO's default. */
    @ParameterizedTest
    @ValueSource(floats = {0.75f, 0.0f, 1.0f})
    void aStillAsWrittenReadsAsImageIoReadsIt(float quality) throws Exception {
        byte[] png = written(painted(331, 187), quality);

        assertThat(bgr(StillPng.read(png))).isEqualTo(bgr(ImageIO.read(new ByteArrayInputStream(png))));
    }

    @Test
    void everyRowFilterIsUndone() throws Exception {
        int width = 37;
        int height = 25;
        byte[] rgb = new byte[width * height * 3];
        new Random(7).nextBytes(rgb);
        byte[] png = filteredPng(rgb, width, height);

        BufferedImage read = StillPng.read(png);

        assertThat(bgr(read)).isEqualTo(bgr(ImageIO.read(new ByteArrayInputStream(png))));
        assertThat(read.getRGB(5, 3)).isEqualTo(0xFF000000 | (rgb[(3 * width + 5) * 3] & 0xFF) << 16
                | (rgb[(3 * width + 5) * 3 + 1] & 0xFF) << 8 | rgb[(3 * width + 5) * 3 + 2] & 0xFF);
    }

    @Test
    void otherKindsOfPngAreLeftToImageIo() throws Exception {
        BufferedImage rgba = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(3, 4, 0x80FF0000);
        byte[] png = written(rgba, 0.75f);
        assertThat(StillPng.read(png)).isNull();
        assertThat(StillPng.read(written(new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY), 0.75f))).isNull();
        assertThat(StillPng.read(new byte[] {1, 2, 3})).isNull();

        Path file = Files.write(dir.resolve("rgba.png"), png);
        assertThat(StillPicture.read(file).getRGB(3, 4)).isEqualTo(ImageIO.read(file.toFile()).getRGB(3, 4));
    }

    @Test
    void aStillCutShortIsRefused() throws Exception {
        byte[] png = written(painted(64, 48), 0.75f);
        int idat = indexOf(png, "IDAT");
        int length = ((png[idat - 4] & 0xFF) << 24) | ((png[idat - 3] & 0xFF) << 16) | ((png[idat - 2] & 0xFF) << 8)
                | (png[idat - 1] & 0xFF);
        // the image data halved, the chunk's length and the end kept as they were
        byte[] cut = Arrays.copyOf(png, png.length);
        Arrays.fill(cut, idat + 4 + length / 2, idat + 4 + length, (byte) 0);

        assertThatThrownBy(() -> StillPng.read(cut)).isInstanceOf(DataFormatException.class);
        Path file = Files.write(dir.resolve("cut.png"), cut);
        assertThatThrownBy(() -> StillPicture.read(file)).isInstanceOf(RenderStepException.class)
                .hasMessageContaining("not a readable image");
        assertThatThrownBy(() -> StillPng.read(Arrays.copyOf(png, idat + 20))).isInstanceOf(DataFormatException.class);
    }

    private static BufferedImage painted(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 114), width, height, new Color(201, 75, 75)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("Scene four", 10, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] written(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** An RGB PNG whose rows use the filters 0 to 4 in turn, in two IDAT chunks. */
    private static byte[] filteredPng(byte[] rgb, int width, int height) throws IOException {
        int stride = width * 3;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            int filter = y % 5;
            raw.write(filter);
            for (int i = 0; i < stride; i++) {
                int x = rgb[y * stride + i] & 0xFF;
                int a = i >= 3 ? rgb[y * stride + i - 3] & 0xFF : 0;
                int b = y > 0 ? rgb[(y - 1) * stride + i] & 0xFF : 0;
                int c = i >= 3 && y > 0 ? rgb[(y - 1) * stride + i - 3] & 0xFF : 0;
                int predicted = switch (filter) {
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    case 4 -> paeth(a, b, c);
                    default -> 0;
                };
                raw.write((x - predicted) & 0xFF);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] compressed = new byte[raw.size() * 2 + 64];
        int size = deflater.deflate(compressed);
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", Arrays.copyOfRange(compressed, 0, size / 2));
        chunk(png, "IDAT", Arrays.copyOfRange(compressed, size / 2, size));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static byte[] bgr(BufferedImage image) {
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
