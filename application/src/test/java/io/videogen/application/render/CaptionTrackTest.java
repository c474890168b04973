package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.WordTiming;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle.Look;
import io.videogen.domain.script.CaptionCue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionTrackTest {

    private static final int FPS = 30;

    /** Two cues: "One two three four five." and "Six seven." */
    private final SceneTimeline scene = SceneTimeline.ofCues(0, 0, FPS,
            List.of(new CaptionCue(0, List.of("One two three", "four five.")), new CaptionCue(1, List.of("Six seven."))),
            List.of(clip(1000, "one", "two", "three", "four", "five"), clip(400, "six", "seven")),
            Duration.ofMillis(300), Duration.ZERO);

    @Test
    void classicShowsEachCaptionWhole() {
        assertThat(CaptionTrack.burnedIn(scene, Look.CLASSIC)).isEqualTo(scene.captions());
    }

    @Test
    void karaokeHighlightsEachWordFromWhenItIsSaidUntilTheNext() {
        List<TimedCaption> pictures = CaptionTrack.burnedIn(scene, Look.KARAOKE);

        assertThat(pictures).hasSize(7);
        assertThat(pictures).extracting(TimedCaption::highlight).containsExactly(0, 1, 2, 3, 4, 0, 1);
        assertThat(pictures.get(0).lines()).containsExactly("One two three", "four five.");
        assertThat(pictures.get(0).start()).isEqualTo(scene.captions().get(0).start());
        // word 1 ("two") is said from 200 ms into its clip, which starts at the lead-in
        assertThat(pictures.get(1).start()).isEqualTo(SceneTimeline.LEAD_IN.plusMillis(200));
        assertThat(pictures.get(4).end()).isEqualTo(scene.captions().get(0).end());
        for (int i = 1; i < pictures.size(); i++) {
            assertThat(pictures.get(i).start()).isEqualTo(pictures.get(i - 1).end());
        }
    }

    @Test
    void wordsShowOneToThreeWordsAtATimeEachHighlightedInTurn() {
        List<TimedCaption> pictures = CaptionTrack.burnedIn(scene, Look.WORDS);

        // five words become groups of three and two (at most 18 characters); a sentence's end closes a group
        assertThat(pictures).extracting(p -> p.lines().get(0)).containsExactly("One two three", "One two three",
                "One two three", "four five.", "four five.", "Six seven.", "Six seven.");
        assertThat(pictures).extracting(TimedCaption::highlight).containsExactly(0, 1, 2, 0, 1, 0, 1);
        assertThat(pictures).allSatisfy(p -> assertThat(p.lines()).hasSize(1));
    }

    @Test
    void aGroupEndsAfterAClause() {
        List<CaptionWord> words = new ArrayList<>();
        String[] texts = {"Hi,", "this", "is", "a", "test"};
        for (int i = 0; i < texts.length; i++) {
            words.add(new CaptionWord(texts[i], Duration.ofMillis(i * 100L), Duration.ofMillis(i * 100L + 100), 0, i));
        }

        assertThat(CaptionTrack.groups(words)).extracting(List::size).containsExactly(1, 2, 2);
    }

    @Test
    void longWordsMakeSmallerGroupsSoTheyStayLarge() {
        List<CaptionWord> words = new ArrayList<>();
        String[] texts = {"introduces", "our", "product", "extraordinarily"};
        for (int i = 0; i < texts.length; i++) {
            words.add(new CaptionWord(texts[i], Duration.ofMillis(i * 100L), Duration.ofMillis(i * 100L + 100), 0, i));
        }

        // "introduces our" is 14 characters, "product" would make it 22
        assertThat(CaptionTrack.groups(words)).extracting(List::size).containsExactly(2, 1, 1);
    }

    private static SpeechClip clip(long millis, String... words) {
        List<WordTiming> units = new ArrayList<>();
        long step = millis / words.length;
        for (int i = 0; i < words.length; i++) {
            units.add(new WordTiming(words[i], Duration.ofMillis(i * step), Duration.ofMillis((i + 1) * step)));
        }
        return new SpeechClip(Path.of("clip.wav"), Duration.ofMillis(millis), units, List.of());
    }
}
