package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrationLevelTest {

    private static final float RATE = 16_000f;

    private static float[] sine(double hertz, double amplitude, double seconds) {
        float[] samples = new float[(int) (RATE * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * hertz * i / RATE));
        }
        return samples;
    }

    @Test
    void measuresAFullScaleKiloHertzSineAsBs1770Says() {
        // BS.1770: a 0 dBFS 997 Hz sine in one channel reads -3.01 LUFS.
        assertThat(LoudnessMeter.of(sine(997, 1.0, 5), RATE)).isCloseTo(-3.01, within(0.1));
        assertThat(LoudnessMeter.of(sine(997, 0.1, 5), RATE)).isCloseTo(-23.01, within(0.1));
    }

    @Test
    void silenceHasNoLoudnessAndStaysSilent() {
        float[] silence = new float[16_000 * 2];
        assertThat(LoudnessMeter.of(silence, RATE)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(NarrationLevel.level(silence, RATE, -16)).containsOnly(0f);
    }

    @Test
    void bringsQuietSpeechToTheTargetWithoutTruePeaksAboveTheCeiling() {
        float[] quiet = sine(300, 0.05, 4);
        for (int i = 0; i < quiet.length; i += 4000) {
            quiet[i] = 0.3f;   // clicks: peaks far above the rest, as plosives are
        }

        float[] levelled = NarrationLevel.level(quiet, RATE, -16);

        assertThat(LoudnessMeter.of(levelled, RATE)).isCloseTo(-16, within(NarrationLevel.TOLERANCE_LU + 1e-9));
        float highest = 0;
        for (float peak : TruePeaks.of(levelled)) {
            highest = Math.max(highest, peak);
        }
        assertThat((double) highest).isLessThanOrEqualTo(NarrationLevel.CEILING * 1.001);
    }

    @Test
    void soundTooShortOrTooQuietToMeasureGetsNoGainOnlyTheLimiter() {
        // 0.3 s: shorter than a 400 ms gating block; and 4 s far under the absolute gate (-70 LUFS)
        float[] short_ = sine(997, 0.05, 0.3);
        float[] quiet = sine(997, 0.00005, 4);
        float[] loudAndShort = sine(997, 1.0, 0.3);
        assertThat(LoudnessMeter.of(short_, RATE)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LoudnessMeter.of(quiet, RATE)).isEqualTo(Double.NEGATIVE_INFINITY);

        assertThat(NarrationLevel.level(short_, RATE, -16)).containsExactly(short_);
        assertThat(NarrationLevel.level(quiet, RATE, -16)).containsExactly(quiet);
        float highest = 0;
        for (float peak : TruePeaks.of(NarrationLevel.level(loudAndShort, RATE, -16))) {
            highest = Math.max(highest, peak);
        }
        assertThat((double) highest).as("limited to the ceiling all the same")
                .isLessThanOrEqualTo(NarrationLevel.CEILING * 1.001).isGreaterThan(NarrationLevel.CEILING * 0.9);
    }

    @Test
    void findsPeaksBetweenSamples() {
        // A sine at a quarter of the rate sampled at 45 degrees: every sample is 0.707, the wave reaches 1.
        float[] samples = new float[64];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) Math.sin(Math.PI / 4 + Math.PI / 2 * i);
        }
        float[] peaks = TruePeaks.of(samples);
        assertThat((double) peaks[32]).isGreaterThan(0.95);
    }

    @Test
    void aWavFileIsLevelledSampleForSampleAsItsSamplesAre(@TempDir Path dir) throws Exception {
        float[] asRead = clickyWav(dir.resolve("narration.wav"));

        Path levelled = dir.resolve("levelled.wav");
        assertThat(NarrationLevel.level(dir.resolve("narration.wav"), -16, levelled)).isEqualTo((int) RATE);

        float[] expected = NarrationLevel.level(asRead, RATE, -16);
        byte[] written;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(levelled.toFile())) {
            assertThat(in.getFormat().getSampleRate()).isEqualTo(RATE);
            written = in.readAllBytes();
        }
        assertThat(written).hasSize(expected.length * 2);
        for (int i = 0; i < expected.length; i++) {
            int value = Math.round(Math.max(-1f, Math.min(1f, expected[i])) * 32767f);
            assertThat((short) ((written[2 * i + 1] << 8) | (written[2 * i] & 255))).as("sample %d", i)
                    .isEqualTo((short) value);
        }
        assertThat(Files.size(levelled)).isGreaterThan(asRead.length * 2L);
    }

    @Test
    void aNarrationLevelledInMemoryIsTheSameToTheByteAsOneReadAsItIsNeeded(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("narration.wav");
        clickyWav(wav);
        Path held = dir.resolve("held.wav");
        Path streamed = dir.resolve("streamed.wav");

        NarrationLevel.level(wav, -16, held);
        NarrationLevel.level(wav, -16, streamed, 0);

        assertThat(held).hasSameBinaryContentAs(streamed);
        assertThat(Files.readAllBytes(held)).isNotEqualTo(Files.readAllBytes(wav));
    }

    /**
     * A quiet sine with clicks written to {@code wav} as 16-bit PCM: odd-length, and longer than one
     * read block (64 KiB = 32,768 samples); returns its samples as read back.
     */
    private static float[] clickyWav(Path wav) throws Exception {
        float[] quiet = sine(300, 0.05, 3.3);
        for (int i = 0; i < quiet.length; i += 3999) {
            quiet[i] = 0.3f;
        }
        byte[] pcm = new byte[quiet.length * 2];
        float[] asRead = new float[quiet.length];
        for (int i = 0; i < quiet.length; i++) {
            short value = (short) Math.round(quiet[i] * 32767f);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
            asRead[i] = value / 32768f;
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, quiet.length)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, wav.toFile());
        }
        return asRead;
    }
}
