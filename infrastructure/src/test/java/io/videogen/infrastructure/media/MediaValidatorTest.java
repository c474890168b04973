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
}
