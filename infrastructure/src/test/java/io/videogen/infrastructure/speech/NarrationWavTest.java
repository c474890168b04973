package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clip's WAV written with its header made here is the file the JDK's WAV writer makes, to the byte (ADR 0050). */
class NarrationWavTest {

    @TempDir
    Path dir;

    @Test
    void writesTheBytesTheJdksWavWriterWrites() throws Exception {
        List<AudioFormat> formats = List.of(
                new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, 48_000, 16, 1, 2, 48_000, false),   // MaryTTS's SLT
                new AudioFormat(16_000, 16, 1, true, false),                                        // FreeTTS's Kevin
                new AudioFormat(44_100, 16, 2, true, false),
                new AudioFormat(11_025, 24, 1, true, false),
                new AudioFormat(22_050, 32, 2, true, false));
        for (AudioFormat format : formats) {
            assertThat(WavHeader.writtenBefore(format, 100)).as(format.toString()).isPresent();
            byte[] pcm = noise(format.getFrameSize() * 12_345);
            Path ours = new Narration(pcm, format, List.of(), List.of()).writeWav(dir.resolve("ours.wav")).wav();
            Path jdks = dir.resolve("jdks.wav");
            try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                    pcm.length / format.getFrameSize())) {
                AudioSystem.write(audio, AudioFileFormat.Type.WAVE, jdks.toFile());
            }
            assertThat(Files.readAllBytes(ours)).as(format.toString()).isEqualTo(Files.readAllBytes(jdks));
        }
    }

    @Test
    void leavesOtherCodingsToTheJdksWriter() throws Exception {
        List<AudioFormat> others = List.of(
                new AudioFormat(48_000, 16, 1, true, true),                // big-endian: the writer swaps it
                new AudioFormat(8_000, 8, 1, false, false),                // 8-bit PCM is unsigned
                new AudioFormat(AudioFormat.Encoding.ULAW, 8_000, 8, 1, 1, 8_000, false),
                new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 48_000, 32, 1, 4, 48_000, false),
                new AudioFormat(22_050.5f, 16, 1, true, false));
        for (AudioFormat format : others) {
            assertThat(WavHeader.writtenBefore(format, 100)).as(format.toString()).isEmpty();
        }
        AudioFormat bigEndian = others.get(0);
        byte[] pcm = noise(2 * 4_000);
        Path written = new Narration(pcm, bigEndian, List.of(), List.of()).writeWav(dir.resolve("big.wav")).wav();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(written.toFile())) {
            assertThat(in.getFormat().isBigEndian()).isFalse();
            byte[] read = in.readAllBytes();
            for (int i = 0; i < pcm.length; i += 2) {
                assertThat(read[i]).isEqualTo(pcm[i + 1]);
                assertThat(read[i + 1]).isEqualTo(pcm[i]);
            }
        }
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
