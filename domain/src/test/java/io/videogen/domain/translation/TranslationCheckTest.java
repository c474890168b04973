package io.videogen.domain.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranslationCheckTest {

    private static final List<SceneTexts> SOURCE = List.of(
            new SceneTexts("Welcome to videogen, {{name}}.", null, "videogen"),
            new SceneTexts("Goodbye.", "Bye!", null));

    @Test
    void aTranslationThatKeepsTermsAndVariablesPasses() {
        assertThat(TranslationCheck.violations(SOURCE, List.of(
                new SceneTexts("Bienvenido a videogen, {{name}}.", null, "videogen"),
                new SceneTexts("Adiós.", "¡Chao!", null)), List.of("videogen"))).isEmpty();
    }

    @Test
    void aTranslatedGlossaryTermAChangedVariableAndAMissingCaptionAreEachNamed() {
        List<String> wrong = TranslationCheck.violations(SOURCE, List.of(
                new SceneTexts("Bienvenido a videogén, {{nombre}}.", null, "videogen"),
                new SceneTexts("Adiós.", null, null)), List.of("videogen"));
        assertThat(wrong).hasSize(3);
        assertThat(wrong.get(0)).contains("scene 0 text").contains("\"videogen\"");
        assertThat(wrong.get(1)).contains("scene 0 text").contains("{{name}}").contains("{{nombre}}");
        assertThat(wrong.get(2)).contains("scene 1 caption is missing");
    }

    @Test
    void scenesMustNotBeMergedOrSplit() {
        assertThat(TranslationCheck.violations(SOURCE, List.of(new SceneTexts("Todo.", null, null)), List.of()))
                .containsExactly("the translation has 1 scenes, the source 2");
    }

    @Test
    void aBriefNamesTheFieldToFix() {
        assertThatThrownBy(() -> new TranslationBrief(UUID.randomUUID(), "spanish!", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("language tag");
        assertThatThrownBy(() -> new TranslationBrief(UUID.randomUUID(), "es", List.of(" ")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("non-empty");
    }
}
