package io.videogen.infrastructure.avatar;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.PhonemeTiming;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The mouth shape of every frame. Follows the phonemes when the speech engine reports them, and
 * otherwise the loudness of the narration, so that any voice provider makes the presenter talk.
 */
final class MouthTrack {

    /** Shares of the loudest frame above which the mouth is open or slightly open. */
    private static final double OPEN_LOUDNESS = 0.45;
    private static final double SLIGHT_LOUDNESS = 0.15;

    private MouthTrack() {
    }

    /**
     * @param leadInSeconds how far into the scene the speech starts
     */
    static Viseme[] of(SpeechClip speech, double leadInSeconds, int frameCount, int fps) {
        Viseme[] mouths = new Viseme[frameCount];
        Arrays.fill(mouths, Viseme.REST);
        if (speech == null) {
            return mouths;
        }
        if (!speech.phonemes().isEmpty()) {
            followPhonemes(speech.phonemes(), leadInSeconds, fps, mouths);
        } else {
            followLoudness(Loudness.perFrame(speech.wav(), leadInSeconds, frameCount, fps), mouths);
        }
        return mouths;
    }

    private static void followPhonemes(List<PhonemeTiming> phonemes, double leadInSeconds, int fps, Viseme[] mouths) {
        long[] starts = phonemes.stream().mapToLong(phoneme -> phoneme.start().toNanos()).toArray();
        for (int frame = 0; frame < mouths.length; frame++) {
            // The middle of the frame's display time, so a frame shows what is heard while it is seen.
            long at = Math.round(((frame + 0.5) / fps - leadInSeconds) * Duration.ofSeconds(1).toNanos());
            int index = lastStartingAtOrBefore(starts, at);
            if (index >= 0 && at < phonemes.get(index).end().toNanos()) {
                mouths[frame] = Viseme.ofPhoneme(phonemes.get(index).phoneme());
            }
        }
    }

    private static int lastStartingAtOrBefore(long[] starts, long at) {
        int found = Arrays.binarySearch(starts, at);
        if (found >= 0) {
            // Zero-length phonemes share a start with the next one; the last of them is the one that sounds.
            while (found + 1 < starts.length && starts[found + 1] == at) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    private static void followLoudness(double[] loudness, Viseme[] mouths) {
        double loudest = Arrays.stream(loudness).max().orElse(0);
        if (loudest <= 0) {
            return;
        }
        for (int frame = 0; frame < mouths.length; frame++) {
            double share = loudness[frame] / loudest;
            mouths[frame] = share >= OPEN_LOUDNESS ? Viseme.OPEN : share >= SLIGHT_LOUDNESS ? Viseme.SLIGHT : Viseme.REST;
        }
    }
}
