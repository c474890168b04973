package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The classes SpeechNativeHints keeps for reflection in the native image are exactly those MaryTTS's
 * configuration files name and the class path holds: a MaryTTS upgrade that names another module, or
 * a dependency left out, shows here instead of as a missing class in a native build nobody can run here.
 */
class SpeechNativeHintsTest {

    private static final List<String> MARY_CONFIGURATION = List.of("marytts/config/marybase.config",
            "marytts/language/en/en.config", "marytts/voice/CmuSltHsmm/voice.config");
    private static final String MARY_SERVICES = "META-INF/services/marytts.config.MaryConfig";
    private static final Pattern CLASS_NAME = Pattern.compile("marytts\\.[A-Za-z0-9_.]*[A-Z][A-Za-z0-9_]*");

    @Test
    void keepsEveryClassMarysConfigurationNamesThatStartsAndNothingElse() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String file : MARY_CONFIGURATION) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file + " on the class path").isNotNull();
                CLASS_NAME.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results()
                        .map(match -> match.group()).filter(SpeechNativeHintsTest::loads).forEach(named::add);
            }
        }
        named.remove(MaryEngine.ENGLISH_TOKENISER);
        named.removeAll(MaryEngine.UNUSED_MODULES);
        // the configurations themselves, which MaryTTS finds with ServiceLoader
        for (URL services : Collections.list(getClass().getClassLoader().getResources(MARY_SERVICES))) {
            try (InputStream in = services.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(named::add);
            }
        }
        assertThat(named).as("MaryTTS's three configurations").contains("marytts.config.MainConfig",
                "marytts.language.en.EnglishConfig", "marytts.voice.CmuSltHsmm.Config");

        Set<String> kept = new TreeSet<>(List.of(
                SpeechNativeHints.class.getAnnotation(RegisterForReflection.class).classNames()));

        assertThat(kept).isEqualTo(named);
    }

    private static boolean loads(String name) {
        try {
            Class.forName(name, false, SpeechNativeHintsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
