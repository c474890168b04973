package io.videogen.domain.translation;

import io.videogen.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a translated video is a translation of: its source video, the target language (a BCP 47 tag
 * such as {@code es}) and the glossary terms that must come out exactly as they went in.
 */
public record TranslationBrief(UUID sourceVideoId, String language, List<String> glossary) {

    public static final int MAX_GLOSSARY_TERMS = 50;

    public TranslationBrief {
        Objects.requireNonNull(sourceVideoId, "sourceVideoId");
        if (language == null || !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new InvalidValueException("language", "give a language tag such as \"es\" or \"pt-BR\"");
        }
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        if (glossary.size() > MAX_GLOSSARY_TERMS) {
            throw new InvalidValueException("glossary", "give at most " + MAX_GLOSSARY_TERMS + " terms");
        }
        for (String term : glossary) {
            if (term == null || term.isBlank()) {
                throw new InvalidValueException("glossary", "every term must be a non-empty string");
            }
        }
    }
}
