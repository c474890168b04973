package io.videogen.domain.script;

import io.videogen.domain.shared.Guard;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a script is to be written about: the topic and how long, in which language, for whom and in
 * which tone. {@code sceneCount} is 0 when the writer may choose (about one scene per 10 seconds).
 */
public record TopicBrief(String topic, String language, int durationSeconds, int sceneCount, String tone,
                         String audience) {

    public static final int MAX_TOPIC_LENGTH = 2000;
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 600;
    public static final int MAX_SCENES = 30;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

    public TopicBrief {
        Guard.notBlank(topic, "topic");
        topic = Guard.maxLength(topic.strip(), MAX_TOPIC_LENGTH, "topic");
        language = language == null ? "en" : language.strip();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new io.videogen.domain.shared.InvalidValueException("language", "language '" + language
                    + "' is not a language tag; use e.g. en, es or pt-BR");
        }
        Guard.between(durationSeconds, MIN_SECONDS, MAX_SECONDS, "durationSeconds");
        if (sceneCount != 0) {
            Guard.between(sceneCount, 1, MAX_SCENES, "sceneCount");
        }
        tone = optional(tone, "tone");
        audience = optional(audience, "audience");
    }

    /** The scenes to ask for: the requested count, or one per 10 seconds (at least 2, at most 12). */
    public int scenesWanted() {
        return sceneCount != 0 ? sceneCount : Math.max(2, Math.min(12, Math.round(durationSeconds / 10f)));
    }

    /** Spoken words that fill the duration at an unhurried 150 words a minute. */
    public int wordsWanted() {
        return Math.round(durationSeconds * 2.5f);
    }

    public String languageName() {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    private static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Guard.maxLength(value.strip(), 200, field);
    }
}
