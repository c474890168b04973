package io.videogen.infrastructure.speech;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/**
 * The loudness of 16-bit mono speech in 10 ms frames, and what follows from it: where the voice
 * starts and stops, and the stretches of sound between pauses. A frame is quiet when it is more than
 * 35 dB below the loudest frame (and always below -55 dBFS): breath and room noise of a synthetic
 * voice stay under that, every phoneme that carries a word rises above it.
 */
final class Loudness {

    static final int FRAME_MILLIS = 10;
    private static final double RELATIVE_FLOOR_DB = 35;
    private static final double ABSOLUTE_FLOOR_DB = -55;

    private final double[] decibels;
    private final double floor;

    private Loudness(double[] decibels) {
        this.decibels = decibels;
        double loudest = ABSOLUTE_FLOOR_DB;
        for (double level : decibels) {
            loudest = Math.max(loudest, level);
        }
        this.floor = Math.max(ABSOLUTE_FLOOR_DB, loudest - RELATIVE_FLOOR_DB);
    }

    static Loudness of(byte[] pcm, AudioFormat format) {
        int frameBytes = format.getFrameSize();
        int samplesPerFrame = Math.max(1, Math.round(format.getSampleRate() * FRAME_MILLIS / 1000f));
        int samples = pcm.length / frameBytes;
        double[] levels = new double[(samples + samplesPerFrame - 1) / samplesPerFrame];
        boolean bigEndian = format.isBigEndian();
        for (int frame = 0; frame < levels.length; frame++) {
            double sum = 0;
            int from = frame * samplesPerFrame;
            int to = Math.min(samples, from + samplesPerFrame);
            for (int i = from; i < to; i++) {
                int at = i * frameBytes;
                int sample = bigEndian ? (pcm[at] << 8) | (pcm[at + 1] & 0xff) : (pcm[at + 1] << 8) | (pcm[at] & 0xff);
                sum += (double) sample * sample;
            }
            double rms = Math.sqrt(sum / Math.max(1, to - from)) / 32768.0;
            levels[frame] = rms <= 0 ? -120 : 20 * Math.log10(rms);
        }
        return new Loudness(levels);
    }

    int frames() {
        return decibels.length;
    }

    boolean sounds(int frame) {
        return decibels[frame] > floor;
    }

    double level(int frame) {
        return decibels[frame];
    }

    /** The first frame with sound, or -1 for silence. */
    int firstSound() {
        for (int frame = 0; frame < decibels.length; frame++) {
            if (sounds(frame)) {
                return frame;
            }
        }
        return -1;
    }

    /** The last frame with sound, or -1 for silence. */
    int lastSound() {
        for (int frame = decibels.length - 1; frame >= 0; frame--) {
            if (sounds(frame)) {
                return frame;
            }
        }
        return -1;
    }

    /** Runs of sound (first frame, end frame exclusive) separated by at least {@code minPauseMillis} of quiet. */
    List<int[]> islands(int minPauseMillis) {
        int minPause = Math.max(1, minPauseMillis / FRAME_MILLIS);
        List<int[]> islands = new ArrayList<>();
        int start = -1;
        int quiet = 0;
        for (int frame = 0; frame < decibels.length; frame++) {
            if (sounds(frame)) {
                if (start < 0) {
                    start = frame;
                }
                quiet = 0;
            } else if (start >= 0 && ++quiet >= minPause) {
                islands.add(new int[] {start, frame - quiet + 1});
                start = -1;
                quiet = 0;
            }
        }
        if (start >= 0) {
            islands.add(new int[] {start, decibels.length - quiet});
        }
        return islands;
    }
}
