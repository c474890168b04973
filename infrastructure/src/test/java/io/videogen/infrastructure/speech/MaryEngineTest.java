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
        System.out.println(narration.words() + " " + narration.duration() + " " + narration.format());
    }

    @Test
    void speedShortensAndPitchRaises() {
        Narration normal = MARY.speak(TEXT, MaryEngine.SLT, 1.0, 0);
        Narration fast = MARY.speak(TEXT, MaryEngine.SLT, 1.5, 0);
        Narration high = MARY.speak(TEXT, MaryEngine.SLT, 1.0, 6);

        System.out.println(normal.duration() + " fast " + fast.duration() + " high " + high.duration());
        assertThat(fast.duration().toMillis()).isLessThan(normal.duration().toMillis() * 8 / 10);
    }
}
