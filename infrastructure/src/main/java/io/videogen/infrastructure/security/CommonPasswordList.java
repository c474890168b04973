package io.videogen.infrastructure.security;

import io.videogen.application.port.out.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses passwords from a bundled list of the most common ones, and passwords made of one
 * character repeated: long but trivially guessed.
 */
@ApplicationScoped
class CommonPasswordList implements PasswordPolicy {

    private final Set<String> common = load();

    @Override
    public boolean isCommon(char[] password) {
        String text = new String(password).toLowerCase(Locale.ROOT);
        return common.contains(text) || text.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswordList.class.getResourceAsStream(
                "/io/videogen/infrastructure/security/common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
