package io.videogen.infrastructure.avatar;

import io.videogen.application.port.out.RenderStepException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** How loud the narration is during each frame of the scene: the RMS of its samples, 0 to 1. */
final class Loudness {

    private Loudness() {
    }

    static double[] perFrame(Path wav, double leadInSeconds, int frameCount, int fps) {
        double[] loudness = new double[frameCount];
        if (wav == null || !Files.isReadable(wav)) {
            return loudness;
        }
        try (AudioInputStream encoded = AudioSystem.getAudioInputStream(wav.toFile());
             AudioInputStream audio = AudioSystem.getAudioInputStream(pcm16(encoded.getFormat()), encoded)) {
            measure(audio, audio.getFormat(), leadInSeconds, fps, loudness);
            return loudness;
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new RenderStepException("the narration " + wav.getFileName()
                    + " is not a PCM WAV file the presenter can follow", false, e);
        } catch (IOException e) {
            throw new RenderStepException("cannot read the narration " + wav.getFileName() + ": " + e.getMessage(), true, e);
        }
    }

    private static AudioFormat pcm16(AudioFormat source) {
        return new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
    }

    /** Sums squares per frame window in one pass; channels are mixed, as the ear would hear them. */
    private static void measure(InputStream audio, AudioFormat format, double leadInSeconds, int fps, double[] loudness)
            throws IOException {
        int channels = format.getChannels();
        double samplesPerFrame = format.getSampleRate() / fps;
        long leadInSamples = Math.round(leadInSeconds * format.getSampleRate());
        double[] sums = new double[loudness.length];
        long[] counts = new long[loudness.length];
        byte[] buffer = new byte[8192 * format.getFrameSize()];
        long sample = 0;
        int read;
        while ((read = audio.readNBytes(buffer, 0, buffer.length)) > 0) {
            for (int offset = 0; offset + format.getFrameSize() <= read; offset += format.getFrameSize(), sample++) {
                int frame = (int) ((sample + leadInSamples) / samplesPerFrame);
                if (frame < 0 || frame >= loudness.length) {
                    continue;
                }
                double mixed = 0;
                for (int channel = 0; channel < channels; channel++) {
                    int at = offset + channel * 2;
                    mixed += (short) ((buffer[at] & 0xff) | (buffer[at + 1] << 8)) / 32768.0;
                }
                mixed /= channels;
                sums[frame] += mixed * mixed;
                counts[frame]++;
            }
        }
        for (int frame = 0; frame < loudness.length; frame++) {
            loudness[frame] = counts[frame] == 0 ? 0 : Math.sqrt(sums[frame] / counts[frame]);
        }
    }
}
