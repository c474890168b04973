package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.VideoComposer.MediaInfo;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaValidatorTest {

    @TempDir
    Path dir;

    private final MediaValidator validator = new MediaValidator();

    @Test
    void acceptsARealPng() {
        Path png = TestMedia.solidPng(dir, "ok.png", Color.ORANGE, 64, 48);

        MediaInfo info = validator.validateImage(png);

        assertThat(info.streams()).singleElement().satisfies(s -> {
            assertThat(s.codec()).isEqualTo("png");
            assertThat(s.width()).isEqualTo(64);
        });
    }

    @Test
    void acceptsARealWav() {
        Path wav = TestMedia.wav(dir, "ok.wav", 22_050, 0.5, TestMedia.tone(440, 0.5, 22_050, 0, 1));

        assertThat(validator.validateAudio(wav).duration().toMillis()).isEqualTo(500);
    }

    @Test
    void rejectsATextFileRenamedPng() throws IOException {
        Path fake = Files.writeString(dir.resolve("photo.png"), "just some words, not a picture");

        assertThatThrownBy(() -> validator.validateImage(fake))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("photo.png is not a PNG, JPEG or WebP image");
    }

    @Test
    void rejectsATruncatedPng() throws IOException {
        Path png = TestMedia.solidPng(dir, "whole.png", Color.ORANGE, 200, 100);
        byte[] bytes = Files.readAllBytes(png);
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> validator.validateImage(cut))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("truncated PNG");
    }

    @Test
    void rejectsAWavThatIsReallyAJpeg() throws IOException {
        Path jpegBytes = dir.resolve("picture.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", jpegBytes.toFile());
        Path disguised = Files.copy(jpegBytes, dir.resolve("voice.wav"));

        assertThatThrownBy(() -> validator.validateAudio(disguised))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("voice.wav is a JPEG image, not audio");
    }

    @Test
    void rejectsAWavHeaderOverGarbage() throws IOException {
        byte[] bytes = new byte[400];
        System.arraycopy("RIFF\u0000\u0000\u0000\u0000WAVEjunk".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0,
                bytes, 0, 16);
        Path garbage = Files.write(dir.resolve("noise.wav"), bytes);

        assertThatThrownBy(() -> validator.validateAudio(garbage))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("noise.wav starts like a WAV audio but cannot be read as one");
    }

    @Test
    void rejectsImagesLargerThan8192() throws IOException {
        // The size is read from the header and checked before anything is decoded.
        Path big = TestMedia.solidPng(dir, "big.png", Color.BLACK, 9000, 10);

        assertThatThrownBy(() -> validator.validateImage(big))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("9000x10 pixels");
    }

    @Test
    void rejectsAWavWhoseDataChunkClaimsMoreThanTheFileHolds() throws IOException {
        Path wav = tone(0.1);
        Path lying = Files.write(dir.resolve("huge.wav"), withLittleEndianInt(Files.readAllBytes(wav), 40, 0xF0000000));

        assertThatThrownBy(() -> validator.validateAudio(lying))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("huge.wav is a truncated WAV audio (its data chunk declares 4026531840 bytes");
    }

    @Test
    void rejectsAWavThatGivesNoSize() throws IOException {
        byte[] sound = Files.readAllBytes(tone(0.1));
        Path noDataSize = Files.write(dir.resolve("streamed.wav"), withLittleEndianInt(sound, 40, 0xFFFFFFFF));
        Path noRiffSize = Files.write(dir.resolve("piped.wav"), withLittleEndianInt(sound, 4, 0xFFFFFFFF));

        assertThatThrownBy(() -> validator.validateAudio(noDataSize))
                .hasMessageContaining("its data chunk gives no size (0xFFFFFFFF)");
        assertThatThrownBy(() -> validator.validateAudio(noRiffSize))
                .hasMessageContaining("its RIFF header gives no size (0xFFFFFFFF)");
    }

    @Test
    void rejectsACutOffWav() throws IOException {
        byte[] sound = Files.readAllBytes(tone(0.5));
        Path cut = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(sound, 1_044));

        assertThatThrownBy(() -> validator.validateAudio(cut))
                .isInstanceOf(InvalidMediaException.class)
                .hasMessageContaining("cut.wav is a truncated WAV audio");
    }

    @Test
    void rejectsAPngWhoseChunkRunsPastTheEnd() throws IOException {
        byte[] png = Files.readAllBytes(TestMedia.solidPng(dir, "ok.png", Color.ORANGE, 64, 48));
        // the IHDR chunk's length (at byte 8) said to be 1 MB
        byte[] lying = png.clone();
        java.nio.ByteBuffer.wrap(lying).putInt(8, 1 << 20);
        Path file = Files.write(dir.resolve("lying.png"), lying);

        assertThatThrownBy(() -> validator.validateImage(file))
                .hasMessageContaining("lying.png is a truncated PNG image (its IHDR chunk declares 1048576 bytes");
    }

    @Test
    void rejectsAnMp3WhoseId3TagClaimsMoreThanTheFile() throws IOException {
        byte[] bytes = new byte[200];
        byte[] header = {'I', 'D', '3', 4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f};
        System.arraycopy(header, 0, bytes, 0, header.length);
        Path file = Files.write(dir.resolve("tagged.mp3"), bytes);

        assertThatThrownBy(() -> validator.validateAudio(file))
                .hasMessageContaining("tagged.mp3 is a truncated MP3 audio (its ID3 tag declares 268435465 bytes");
    }

    @Test
    void rejectsAWebpWhoseRiffSizeClaimsMoreThanTheFile() throws IOException {
        byte[] bytes = new byte[64];
        System.arraycopy("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        Path file = Files.write(dir.resolve("big.webp"), withLittleEndianInt(bytes, 4, 1_000_000));

        assertThatThrownBy(() -> validator.validateImage(file))
                .hasMessageContaining("big.webp is a truncated WebP image (its RIFF header declares 1000008 bytes");
    }

    /** A 440 Hz tone at 8 kHz, 16-bit mono. */
    private Path tone(double seconds) {
        return TestMedia.wav(dir, "tone.wav", 8_000, seconds, TestMedia.tone(440, 0.5, 8_000, 0, 1));
    }

    private static byte[] withLittleEndianInt(byte[] file, int offset, int value) {
        byte[] copy = file.clone();
        java.nio.ByteBuffer.wrap(copy).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return copy;
    }
}
