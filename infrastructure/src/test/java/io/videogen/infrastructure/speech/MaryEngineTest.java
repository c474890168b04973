package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.domain.speech.WordTiming;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MaryEngineTest {

    private static final MaryEngine MARY = new MaryEngine();
    private static final String TEXT = "Welcome to the demo video. We sold 42 robots.";

    @Test
    void timesEveryWrittenWordAndTheTimingsSumToTheAudio() {
        Narration narration = MARY.speak(TEXT, MaryEngine.SLT, 1.0, 0);

        assertThat(narration.words()).extracting(WordTiming::word)
                .containsExactly("Welcome", "to", "the", "demo", "video", "We", "sold", "42", "robots");
        Duration last = narration.phonemes().get(narration.phonemes().size() - 1).end();
        assertThat(narration.duration().minus(last).abs()).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void speedShortensAndPitchRaises() {
        Narration normal = MARY.speak(TEXT, MaryEngine.SLT, 1.0, 0);
        Narration fast = MARY.speak(TEXT, MaryEngine.SLT, 1.5, 0);
        Narration high = MARY.speak(TEXT, MaryEngine.SLT, 1.0, 6);

        assertThat(fast.duration().toMillis()).isLessThan(normal.duration().toMillis() * 8 / 10);
        // six semitones up is a factor of 1.41 on the voice's fundamental frequency
        assertThat(medianPitch(high) / medianPitch(normal)).isBetween(1.3, 1.55);
    }

    private static double medianPitch(Narration narration) {
        java.util.List<Double> pitches = PitchTrack.of(new VoiceSyncMeasurementTest.Pcm(narration.pcm(),
                narration.format()).samples(), narration.format().getSampleRate()).stream().sorted().toList();
        return pitches.get(pitches.size() / 2);
    }
}
