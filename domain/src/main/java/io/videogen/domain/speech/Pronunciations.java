package io.videogen.domain.speech;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's pronunciation list: written word → what the voice says instead ({@code videogen} →
 * {@code video gen}). Applied to the text a voice speaks, never to captions. A word matches whole
 * and in any case (never the {@code pause} of a written pause marker); the list's words are kept
 * lower case, in order.
 */
public final class Pronunciations {

    public static final int MAX_ENTRIES = 200;
    public static final int MAX_WORD_LENGTH = 50;
    public static final int MAX_SPOKEN_LENGTH = 200;
    public static final Pronunciations NONE = new Pronunciations(new TreeMap<>());

    /** A word: letters and digits, joined by apostrophes, hyphens or dots inside it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

    private final Map<String, String> entries;
    private final Pattern matcher;

    private Pronunciations(TreeMap<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        this.matcher = entries.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?<!\\[\\s{0,5})(?:"
                + entries.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The list checked: each word one written word, each replacement some words to say.
     *
     * @throws InvalidValueException naming the entry ({@code pronunciations.<word>}) and what to change
     */
    public static Pronunciations of(Map<String, String> written) {
        if (written == null) {
            throw new InvalidValueException("pronunciations", "send an object of written word to spoken words, "
                    + "e.g. {\"videogen\": \"video gen\"} ({} clears the list)");
        }
        if (written.size() > MAX_ENTRIES) {
            throw new InvalidValueException("pronunciations", "the list has " + written.size()
                    + " words; keep it to " + MAX_ENTRIES);
        }
        TreeMap<String, String> entries = new TreeMap<>();
        for (Map.Entry<String, String> entry : written.entrySet()) {
            String word = entry.getKey() == null ? "" : entry.getKey().strip();
            String field = "pronunciations." + word;
            if (word.length() > MAX_WORD_LENGTH || !WORD.matcher(word).matches()) {
                throw new InvalidValueException(field, "'" + word + "' is not one written word; use letters and "
                        + "digits (joined by ' - or .), up to " + MAX_WORD_LENGTH + " characters, no spaces");
            }
            String spoken = entry.getValue() == null ? "" : entry.getValue().strip().replaceAll("\\s+", " ");
            if (spoken.isEmpty() || spoken.length() > MAX_SPOKEN_LENGTH || spoken.contains("[")
                    || spoken.contains("]")) {
                throw new InvalidValueException(field, "say how '" + word + "' is spoken in 1 to "
                        + MAX_SPOKEN_LENGTH + " characters, without [ or ]");
            }
            String key = word.toLowerCase(Locale.ROOT);
            if (entries.put(key, spoken) != null) {
                throw new InvalidValueException(field, "'" + word + "' is in the list twice (words match in any "
                        + "case); keep one");
            }
        }
        return entries.isEmpty() ? NONE : new Pronunciations(entries);
    }

    /** Written word (lower case) → spoken words, in word order. */
    public Map<String, String> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The text as the voice should say it: every listed word, whole and in any case, replaced. */
    public String apply(String text) {
        if (matcher == null) {
            return text;
        }
        Matcher found = matcher.matcher(text);
        StringBuilder said = new StringBuilder();
        while (found.find()) {
            found.appendReplacement(said, Matcher.quoteReplacement(
                    entries.get(found.group().toLowerCase(Locale.ROOT))));
        }
        found.appendTail(said);
        return said.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pronunciations that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Pronunciations" + entries;
    }
}
