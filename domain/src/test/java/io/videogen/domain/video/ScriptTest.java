package io.videogen.domain.video;

import io.videogen.domain.media.Visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.script.ScriptConfig;
import io.videogen.domain.script.ScriptParsingException;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.Script.SceneDraft;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTest {

    private static final ScriptConfig CONFIG = ScriptConfig.defaults();
    private static final VideoLimits LIMITS = VideoLimits.defaults();
    private static final Visual RED = new Visual.Color(new RgbColor(255, 0, 0));

    private static Script fromText(String text) {
        return Script.fromText(text, Visual.DEFAULT, false, CONFIG, LIMITS);
    }

    private static Script fromScenes(SceneDraft... drafts) {
        return Script.fromScenes(List.of(drafts), Visual.DEFAULT, false, CONFIG, LIMITS);
    }

    private static SceneDraft draft(String text) {
        return new SceneDraft(text, null, null, null, null);
    }

    // --- plain text ---

    @Test
    void aBlankLineStartsANewScene() {
        Script script = fromText("Welcome to the tour.\nIt is short.\n\nHere is the kitchen.");

        assertThat(script.scenes()).extracting(Scene::text)
                .containsExactly("Welcome to the tour. It is short.", "Here is the kitchen.");
        assertThat(script.scenes()).extracting(Scene::index).containsExactly(0, 1);
    }

    @Test
    void aDashRuleStartsANewScene() {
        Script script = fromText("One.\n---\nTwo.\n---\nThree.");

        assertThat(script.scenes()).extracting(Scene::text).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void markdownIsNotSpoken() {
        Script script = fromText("**Bold** move, _really_.");

        assertThat(script.scenes()).singleElement().extracting(Scene::text).isEqualTo("Bold move, really.");
    }

    @Test
    void scenesFromTextUseTheGivenBackgroundAndPresenterAndShowTheSpokenWords() {
        Script script = Script.fromText("One.\n\nTwo.", RED, true, CONFIG, LIMITS);

        assertThat(script.scenes()).allSatisfy(scene -> {
            assertThat(scene.visual()).isEqualTo(RED);
            assertThat(scene.avatar()).isTrue();
            assertThat(scene.captionsFollowSpeech()).isTrue();
            assertThat(scene.titleCard()).isEmpty();
        });
    }

    @Test
    void captionCuesShowExactlyTheSpokenWords() {
        Script script = fromText("First sentence here. And a second one!");

        Scene scene = script.scenes().get(0);
        assertThat(String.join(" ", scene.cues().stream().map(CaptionCue::text).toList())).isEqualTo(scene.text());
        assertThat(scene.cues()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void scenesWithNothingToSayAreDroppedAndTheRestRenumbered() {
        Script script = fromText("***\n\nOnly this.");

        assertThat(script.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.index()).isZero();
            assertThat(scene.text()).isEqualTo("Only this.");
        });
    }

    @Test
    void aScriptWithNothingToSayIsRejected() {
        assertThatThrownBy(() -> fromText("\n\n---\n\n"))
                .isInstanceOf(ScriptParsingException.class)
                .hasMessageContaining("the script has no text to narrate")
                .satisfies(e -> assertThat(((ScriptParsingException) e).code()).isEqualTo("SCRIPT_PARSING_FAILED"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("script");
    }

    @Test
    void rejectsAScriptLongerThanTheLimit() {
        VideoLimits small = new VideoLimits(50, 10, 50, 1920, 1080);

        assertThatThrownBy(() -> Script.fromText("word ".repeat(11), Visual.DEFAULT, false, CONFIG, small))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("script has 55 characters; shorten it to at most 50")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("script");
    }

    @Test
    void rejectsMoreScenesThanTheLimit() {
        String tooMany = String.join("\n\n", Collections.nCopies(101, "Hi."));

        assertThatThrownBy(() -> fromText(tooMany))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("video has 101 scenes; use at most 100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes");
    }

    @Test
    void sceneTextLongerThanLimitNamesTheScene() {
        String script = "Short.\n\n" + "long ".repeat(401).strip() + ".";

        assertThatThrownBy(() -> fromText(script))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 1 has 2005 characters; shorten it to at most 2000")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[1].text");
    }

    @Test
    void countsCharactersAndWordsOfWhatIsSpoken() {
        Script script = fromText("One two three.\n\nFour five.");

        assertThat(script.wordCount()).isEqualTo(5);
        assertThat(script.characterCount()).isEqualTo("One two three.".length() + "Four five.".length());
    }

    // --- scenes spelled out ---

    @Test
    void scenesSpelledOutKeepTheirOrder() {
        Script script = fromScenes(draft("First."), draft("Second."));

        assertThat(script.scenes()).extracting(Scene::text).containsExactly("First.", "Second.");
        assertThat(script.scenes()).extracting(Scene::index).containsExactly(0, 1);
    }

    @Test
    void aScenesOwnCaptionIsShownInsteadOfTheSpokenWords() {
        Script script = fromScenes(new SceneDraft("Welcome to **Acme**.", "Acme — welcome!", null, null, null));

        Scene scene = script.scenes().get(0);
        assertThat(scene.text()).isEqualTo("Welcome to Acme.");
        assertThat(scene.captionsFollowSpeech()).isFalse();
        assertThat(scene.caption()).isEqualTo("Acme — welcome!");
        assertThat(scene.cues()).extracting(CaptionCue::text).containsExactly("Acme — welcome!");
    }

    @Test
    void aSceneTakesTheDefaultBackgroundAndPresenterUnlessItNamesItsOwn() {
        Script script = Script.fromScenes(List.of(draft("Plain."),
                        new SceneDraft("Own.", null, "Title", Visual.DEFAULT, false)),
                RED, true, CONFIG, LIMITS);

        assertThat(script.scenes().get(0).visual()).isEqualTo(RED);
        assertThat(script.scenes().get(0).avatar()).isTrue();
        assertThat(script.scenes().get(1).visual()).isEqualTo(Visual.DEFAULT);
        assertThat(script.scenes().get(1).avatar()).isFalse();
        assertThat(script.scenes().get(1).titleCard()).contains("Title");
    }

    @Test
    void aSpelledOutSceneWithNothingToSayNamesTheScene() {
        assertThatThrownBy(() -> fromScenes(draft("Fine."), draft("***")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 1 has nothing to say; give it some text or remove it")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[1].text");
    }

    @Test
    void aSpelledOutSceneWithoutTextNamesTheScene() {
        assertThatThrownBy(() -> fromScenes(draft(null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 0 has nothing to say")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[0].text");
    }

    @Test
    void noScenesAtAllIsRejected() {
        assertThatThrownBy(() -> fromScenes())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no text to narrate");
    }

    @Test
    void rejectsMoreSpelledOutScenesThanTheLimit() {
        List<SceneDraft> drafts = new ArrayList<>(Collections.nCopies(101, draft("Hi.")));

        assertThatThrownBy(() -> Script.fromScenes(drafts, Visual.DEFAULT, false, CONFIG, LIMITS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("video has 101 scenes; use at most 100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes");
    }

    @Test
    void aSpelledOutSceneLongerThanTheLimitNamesTheScene() {
        assertThatThrownBy(() -> fromScenes(draft("Ok."), draft("Ok."), draft("x".repeat(2_001))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scene 2 has 2001 characters")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scenes[2].text");
    }

    @Test
    void spelledOutScenesTogetherMustKeepTheScriptLimit() {
        VideoLimits small = new VideoLimits(20, 10, 20, 1920, 1080);
        List<SceneDraft> drafts = List.of(draft("x".repeat(10)), draft("y".repeat(12)));

        assertThatThrownBy(() -> Script.fromScenes(drafts, Visual.DEFAULT, false, CONFIG, small))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("shorten it to at most 20")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("script");
    }

    @Test
    void aSingleSpelledOutSceneExactlyAtTheScriptLimitIsAccepted() {
        VideoLimits small = new VideoLimits(20, 10, 20, 1920, 1080);
        List<SceneDraft> drafts = List.of(draft("x".repeat(19) + "."));

        assertThat(Script.fromScenes(drafts, Visual.DEFAULT, false, CONFIG, small).scenes()).hasSize(1);
    }

    // --- the script itself ---

    @Test
    void scenesMustBeNumberedInOrder() {
        List<CaptionCue> cues = List.of(new CaptionCue(0, List.of("Hi.")));
        Scene second = new Scene(1, "Hi.", null, null, Visual.DEFAULT, false, cues);

        assertThatThrownBy(() -> new Script(List.of(second)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbered 0..0 in order");
    }
}
