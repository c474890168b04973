package io.videogen.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceTest {

    @Test
    void defaultVoiceIsAmericanEnglishAtNormalSpeed() {
        assertThat(Voice.defaults()).isEqualTo(new Voice("en-US-default", "en-US", 1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.25, 2.0})
    void speedMayBeFromHalfToDouble(double speed) {
        assertThat(Voice.defaults().withSpeed(speed).speed()).isEqualTo(speed);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 2.01, 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsSpeedOutside0Point5To2(double speed) {
        assertThatThrownBy(() -> Voice.defaults().withSpeed(speed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a value from 0.5 to 2.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("voice.speed");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-12.01, 12.5, Double.NaN})
    void rejectsPitchBeyondAnOctaveNamingTheField(double pitch) {
        assertThatThrownBy(() -> new Voice("en-US-default", "en-US", 1.0, pitch))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a value from -12.0 to 12.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("voice.pitch");
    }

    @Test
    void changingTheSpeedKeepsThePitch() {
        assertThat(new Voice("en-US-default", "en-US", 1.0, -3).withSpeed(1.5).pitch()).isEqualTo(-3);
    }

    @Test
    void changingTheSpeedKeepsTheVoice() {
        Voice voice = new Voice("piper.en_GB-alan", "en-GB", 1.0).withSpeed(1.5);

        assertThat(voice).isEqualTo(new Voice("piper.en_GB-alan", "en-GB", 1.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US-JennyNeural", "elevenlabs:21m00Tcm4TlvDq8ikWAM", "piper.en_US-lessac-medium", "a",
        "7"})
    void acceptsProviderVoiceIds(String voiceId) {
        assertThat(new Voice(voiceId, "en", 1.0).voiceId()).isEqualTo(voiceId);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-leading-dash", "has space", "semi;colon", "../etc/passwd", "é-voice"})
    void rejectsVoiceIdsOfAnotherShapeAndSaysWhereToFindOne(String voiceId) {
        assertThatThrownBy(() -> new Voice(voiceId, "en", 1.0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a voice id; pick one from GET /api/v1/voices")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("voice.voiceId");
    }

    @Test
    void voiceIdsAreAtMost100Characters() {
        assertThat(new Voice("v".repeat(100), "en", 1.0).voiceId()).hasSize(100);
        assertThatThrownBy(() -> new Voice("v".repeat(101), "en", 1.0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a voice id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "pt-BR", "yue", "zh-Hant-TW", "es-419"})
    void acceptsLanguageTags(String language) {
        assertThat(new Voice("v1", language, 1.0).language()).isEqualTo(language);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"EN", "english", "en_US", "e", "en-", "en US"})
    void rejectsLanguagesThatAreNotTags(String language) {
        assertThatThrownBy(() -> new Voice("v1", language, 1.0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a language tag; write it like en or en-US")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("voice.language");
    }
}
