package io.videogen.domain.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpeechPausesTest {

    @Test
    void cutsTheTextAtItsMarkersWithTheSilenceBeforeEachPart() {
        assertThat(SpeechPauses.split("Hello there. [pause 500ms] Next part [PAUSE 1.5s][pause 200ms]end"))
                .containsExactly(new SpeechPauses.Part(Duration.ZERO, "Hello there."),
                        new SpeechPauses.Part(Duration.ofMillis(500), "Next part"),
                        new SpeechPauses.Part(Duration.ofMillis(1700), "end"));
    }

    @Test
    void aPauseAtTheEndIsKeptAndALongPauseIsCappedAtTenSeconds() {
        assertThat(SpeechPauses.split("Done. [pause 90s]"))
                .containsExactly(new SpeechPauses.Part(Duration.ZERO, "Done."),
                        new SpeechPauses.Part(SpeechPauses.LONGEST, ""));
    }

    @Test
    void captionsLoseTheMarkersAndTextWithoutMarkersIsUntouched() {
        assertThat(SpeechPauses.strip("One [pause 300ms] two.")).isEqualTo("One two.");
        assertThat(SpeechPauses.split("[not a pause] text")).containsExactly(
                new SpeechPauses.Part(Duration.ZERO, "[not a pause] text"));
    }
}
