package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechAudio.Placement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavSpeechAudioTest {

    private static final AudioFormat SPEECH = new AudioFormat(16_000, 16, 1, true, false);

    @TempDir
    Path dir;
    private final WavSpeechAudio audio = new WavSpeechAudio();

    @Test
    void readsHowLongAClipLasts() throws Exception {
        Path clip = clip("a.wav", SPEECH, 4_000, (short) 100);

        assertThat(audio.length(clip)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void readsAPcmClipsLengthFromItsHeaderAsTheJdksReaderDoes() throws Exception {
        // WavHeader walks the chunks itself (ADR 0047); the length must be the sound API's to the nanosecond
        List<Path> clips = List.of(
                clip("speech.wav", SPEECH, 12_345, (short) 9),
                clip("stereo.wav", new AudioFormat(44_100, 16, 2, true, false), 7_777, (short) 3),
                clip("eight-bit.wav", new AudioFormat(22_050, 8, 1, false, false), 5_001, (short) 0),
                clip("odd-rate.wav", new AudioFormat(11_025, 24, 1, true, false), 3_333, (short) 1),
                withListChunk(clip("listed.wav", SPEECH, 4_001, (short) 5)));
        for (Path clip : clips) {
            assertThat(WavHeader.of(clip)).as(clip.getFileName().toString()).isPresent();
            try (AudioInputStream in = AudioSystem.getAudioInputStream(clip.toFile())) {
                assertThat(audio.length(clip)).as(clip.getFileName().toString()).isEqualTo(Duration.ofNanos(
                        Math.round(in.getFrameLength() / (double) in.getFormat().getFrameRate() * 1e9)));
            }
        }
        assertThat(audio.length(clips.get(0))).isEqualTo(Duration.ofNanos(771_562_500));
    }

    @Test
    void leavesAnythingButPcmToTheSoundApi() throws Exception {
        Path law = clip("ulaw.wav", new AudioFormat(AudioFormat.Encoding.ULAW, 8_000, 8, 1, 1, 8_000, false), 800,
                (short) 0);

        assertThat(WavHeader.of(law)).isEmpty();
        assertThat(audio.length(law)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void laysEachClipAtItsExactSampleOnASilentTrackOfTheGivenLength() throws Exception {
        Path first = clip("first.wav", SPEECH, 1_600, (short) 1000);
        Path second = clip("second.wav", SPEECH, 1_600, (short) -2000);
        Path track = dir.resolve("track.wav");

        audio.lay(List.of(new Placement(first, Duration.ofMillis(100)), new Placement(second, Duration.ofMillis(500))),
                Duration.ofSeconds(1), track);

        short[] samples = samples(track);
        assertThat(samples).hasSize(16_000);
        assertThat(samples[1_599]).isZero();
        assertThat(samples[1_600]).isEqualTo((short) 1000);
        assertThat(samples[3_199]).isEqualTo((short) 1000);
        assertThat(samples[3_200]).isZero();
        assertThat(samples[8_000]).isEqualTo((short) -2000);
        assertThat(samples[9_599]).isEqualTo((short) -2000);
        assertThat(samples[9_600]).isZero();
        assertThat(Files.exists(dir.resolve("track.wav.part"))).isFalse();
    }

    @Test
    void laysEachScenesClipsWithItsStartOnTheSoundGridAtMostHalfAStepAway() throws Exception {
        // ADR 0052: a scene's clips move with its start to the nearest multiple of the grid (1,024 samples, an AAC
        // frame); at 48 kHz and 30 fps a video frame is 1,600 samples, so each start falls at another phase
        AudioFormat rate48k = new AudioFormat(48_000, 16, 1, true, false);
        Path word = dir.resolve("word.wav");
        byte[] pcm = new byte[2 * 480];
        Arrays.fill(pcm, (byte) 1);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), rate48k, 480)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, word.toFile());
        }
        Duration lead = Duration.ofMillis(300);
        List<Placement> clips = new ArrayList<>();
        int[] startFrames = {0, 8, 24, 101, 382, 763, 764};
        for (int frame : startFrames) {
            clips.add(new Placement(word, Duration.ofNanos(Math.round(frame * 1e9 / 30)), lead));
        }
        Path track = dir.resolve("grid.wav");

        audio.lay(clips, Duration.ofSeconds(26), 1_024, track);

        short[] samples = samples(track);
        int found = 0;
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] != 0 && (i == 0 || samples[i - 1] == 0)) {
                int frame = startFrames[found++];
                long pictures = frame * 1_600L;          // where the scene's pictures start, in samples
                long start = i - 14_400L;                 // the laid clip's start less its 0.3 s offset
                assertThat(start % 1_024).as("scene at frame %d on the grid", frame).isZero();
                assertThat(Math.abs(start - pictures)).as("scene at frame %d", frame).isLessThanOrEqualTo(512);
                assertThat(start).isEqualTo(clips.get(found - 1).sample(48_000, 1_024) - 14_400);
            }
        }
        assertThat(found).isEqualTo(startFrames.length);
        // half-way (frame 8: 12,800 samples, 12.5 frames of 1,024) it goes to the later boundary
        assertThat(clips.get(1).sample(48_000, 1_024)).isEqualTo(13 * 1_024 + 14_400);
        // no grid: where the clip's time says, as before
        assertThat(clips.get(3).sample(48_000, 1)).isEqualTo(101 * 1_600 + 14_400);
    }

    @Test
    void laysAClipsSamplesReadFromItsHeaderAsTheSoundApiReadsThem() throws Exception {
        // lay reads 16-bit PCM at the data chunk WavHeader finds (ADR 0047): every byte as the sound API gives it
        AudioFormat stereo = new AudioFormat(16_000, 16, 2, true, false);
        byte[] ramp = new byte[1_001 * stereo.getFrameSize()];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i * 7 + i / 256);
        }
        Path clip = dir.resolve("ramp.wav");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(ramp), stereo, 1_001)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, clip.toFile());
        }
        withListChunk(clip);
        Path track = dir.resolve("ramp-track.wav");

        audio.lay(List.of(new Placement(clip, Duration.ZERO)), Duration.ofNanos(1_001 * 62_500L), track);

        try (AudioInputStream laid = AudioSystem.getAudioInputStream(track.toFile());
                AudioInputStream source = AudioSystem.getAudioInputStream(clip.toFile())) {
            assertThat(laid.getFormat().matches(stereo)).isTrue();
            byte[] expected = source.readAllBytes();
            assertThat(expected).isEqualTo(ramp);
            assertThat(laid.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void cutsAClipThatRunsPastTheEndOfTheTrack() throws Exception {
        Path clip = clip("long.wav", SPEECH, 16_000, (short) 7);
        Path track = dir.resolve("short.wav");

        audio.lay(List.of(new Placement(clip, Duration.ofMillis(900))), Duration.ofSeconds(1), track);

        short[] samples = samples(track);
        assertThat(samples).hasSize(16_000);
        assertThat(samples[14_399]).isZero();
        assertThat(samples[15_999]).isEqualTo((short) 7);
    }

    @Test
    void refusesClipsThatDisagreeOnTheirFormat() throws Exception {
        Path speech = clip("speech.wav", SPEECH, 160, (short) 1);
        Path other = clip("other.wav", new AudioFormat(22_050, 16, 1, true, false), 160, (short) 1);

        assertThatThrownBy(() -> audio.lay(List.of(new Placement(speech, Duration.ZERO),
                new Placement(other, Duration.ofMillis(10))), Duration.ofSeconds(1), dir.resolve("t.wav")))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("disagree on their format");
    }

    @Test
    void refusesAFileThatIsNoWav() throws Exception {
        Path text = Files.writeString(dir.resolve("note.wav"), "not a sound");

        assertThatThrownBy(() -> audio.length(text)).isInstanceOf(IOException.class).hasMessageContaining("note.wav");
    }

    private Path clip(String name, AudioFormat format, int frames, short value) throws IOException {
        byte[] pcm = new byte[frames * format.getFrameSize()];
        for (int i = 0; i < pcm.length / 2; i++) {
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        Path file = dir.resolve(name);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** The clip with a 3-byte LIST chunk (padded to 4) between its format and its data, as some writers put. */
    private static Path withListChunk(Path wav) throws IOException {
        byte[] bytes = Files.readAllBytes(wav);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(bytes.length + 12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(bytes, 0, 36).put("LIST".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(3)
                .put(new byte[] {'a', 'b', 'c', 0}).put(bytes, 36, bytes.length - 36);
        out.putInt(4, bytes.length + 12 - 8);
        Files.write(wav, out.array());
        return wav;
    }

    private static short[] samples(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] pcm = in.readAllBytes();
            short[] samples = new short[pcm.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            }
            return samples;
        }
    }
}
