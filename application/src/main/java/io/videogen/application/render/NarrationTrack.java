package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Lays speech clips on a silent track at exact times and writes it as one WAV. Clips are placed by
 * sample offset from the start, so rounding never accumulates from scene to scene.
 */
final class NarrationTrack {

    private final AudioFormat format;
    private final byte[] pcm;

    private NarrationTrack(AudioFormat format, Duration length) {
        this.format = format;
        int frameSize = format.getFrameSize();
        long frames = Math.round(length.toNanos() / 1e9 * format.getSampleRate());
        this.pcm = new byte[Math.toIntExact(frames * frameSize)];
    }

    /** A silent track of the given length in the format of the first clip. */
    static NarrationTrack silent(Path firstClip, Duration length) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(firstClip.toFile())) {
            AudioFormat format = in.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16) {
                throw new RenderStepException("speech clips must be 16-bit PCM WAV, got " + format, false);
            }
            return new NarrationTrack(format, length);
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new RenderStepException("cannot read speech clip " + firstClip.getFileName() + ": " + e.getMessage(),
                    false, e);
        }
    }

    void place(List<PlacedClip> clips, Duration sceneStart) {
        for (PlacedClip clip : clips) {
            place(clip.clip().wav(), sceneStart.plus(clip.offset()));
        }
    }

    void place(Path wav, Duration at) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            if (!in.getFormat().matches(format)) {
                throw new RenderStepException("speech clips disagree on their format: " + in.getFormat() + " vs "
                        + format, false);
            }
            byte[] clip = in.readAllBytes();
            int frameSize = format.getFrameSize();
            long startFrame = Math.round(at.toNanos() / 1e9 * format.getSampleRate());
            int offset = Math.toIntExact(startFrame * frameSize);
            int length = Math.max(0, Math.min(clip.length, pcm.length - offset));
            System.arraycopy(clip, 0, pcm, offset, length - length % frameSize);
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new RenderStepException("cannot read speech clip " + wav.getFileName() + ": " + e.getMessage(),
                    false, e);
        }
    }

    /** Writes the track next to the target and moves it into place, so no half-written WAV is ever seen. */
    void write(Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / format.getFrameSize())) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, temp.toFile());
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
