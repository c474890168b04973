package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.SpeechAudio;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** {@link SpeechAudio} on 16-bit PCM WAV files, the JDK's own sound API. */
@ApplicationScoped
public class WavSpeechAudio implements SpeechAudio {

    /**
     * A PCM clip's length from its header ({@link WavHeader}); any other WAV through the JDK's sound API,
     * which asks every installed file reader in turn (1-4 ms a clip: a re-render looks up every kept
     * clip before the new ones are said, ADR 0047). Both give the same length to the nanosecond.
     */
    @Override
    public Duration length(Path clip) throws IOException {
        Optional<WavHeader> pcm = WavHeader.of(clip);
        if (pcm.isPresent()) {
            return Duration.ofNanos(Math.round(pcm.get().frames() / (double) pcm.get().sampleRate() * 1e9));
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(clip.toFile())) {
            return Duration.ofNanos(Math.round(in.getFrameLength() / (double) in.getFormat().getFrameRate() * 1e9));
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a WAV clip: " + clip.getFileName(), e);
        }
    }

    @Override
    public void lay(List<Placement> clips, Duration length, int grid, Path target) throws IOException {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("a track has at least one clip, whose format it takes");
        }
        AudioFormat format = formatOf(clips.get(0).clip());
        int frameSize = format.getFrameSize();
        long frames = Math.round(length.toNanos() / 1e9 * format.getSampleRate());
        byte[] pcm = new byte[Math.toIntExact(frames * frameSize)];
        for (Placement placement : clips) {
            place(placement, format, grid, pcm);
        }
        // Written next to the target and moved into place, so no half-written WAV is ever seen.
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / frameSize)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, temp.toFile());
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static AudioFormat formatOf(Path clip) {
        try {
            Optional<WavHeader> pcm = sixteenBit(clip);
            if (pcm.isPresent()) {
                return format(pcm.get());
            }
        } catch (IOException e) {
            throw unreadable(clip, e);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(clip.toFile())) {
            AudioFormat format = in.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16) {
                throw new RenderStepException("speech clips must be 16-bit PCM WAV, got " + format, false);
            }
            return format;
        } catch (IOException | UnsupportedAudioFileException e) {
            throw unreadable(clip, e);
        }
    }

    private static void place(Placement placement, AudioFormat format, int grid, byte[] pcm) {
        byte[] clip = samples(placement.clip(), format);
        int frameSize = format.getFrameSize();
        long startFrame = placement.sample(Math.round(format.getSampleRate()), grid);
        int offset = Math.toIntExact(startFrame * frameSize);
        int length = Math.max(0, Math.min(clip.length, pcm.length - offset));
        System.arraycopy(clip, 0, pcm, offset, length - length % frameSize);
    }

    /**
     * A clip's samples: a 16-bit PCM WAV read at its data chunk ({@link WavHeader}), anything else through
     * the sound API, which looks up every installed file reader first (~0.7 ms a clip, ADR 0047).
     */
    private static byte[] samples(Path wav, AudioFormat format) {
        try {
            Optional<WavHeader> pcm = sixteenBit(wav);
            if (pcm.isPresent()) {
                agree(format(pcm.get()), format);
                return pcm.get().samples(wav);
            }
        } catch (IOException e) {
            throw unreadable(wav, e);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            agree(in.getFormat(), format);
            return in.readAllBytes();
        } catch (IOException | UnsupportedAudioFileException e) {
            throw unreadable(wav, e);
        }
    }

    private static Optional<WavHeader> sixteenBit(Path clip) throws IOException {
        return WavHeader.of(clip).filter(header -> header.bits() == 16);
    }

    /** The sound API's format of a 16-bit PCM WAV: signed, little-endian. */
    private static AudioFormat format(WavHeader header) {
        return new AudioFormat(header.sampleRate(), 16, header.channels(), true, false);
    }

    private static void agree(AudioFormat clip, AudioFormat track) {
        if (!clip.matches(track)) {
            throw new RenderStepException("speech clips disagree on their format: " + clip + " vs " + track, false);
        }
    }

    private static RenderStepException unreadable(Path clip, Exception e) {
        return new RenderStepException("cannot read speech clip " + clip.getFileName() + ": " + e.getMessage(), false, e);
    }
}
