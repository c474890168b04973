package io.videogen.infrastructure.speech;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as FreeTTS can say it. FreeTTS's English front end knows only ASCII: typographic quotes
 * and dashes, accented letters, emoji and control characters make it spell out garbage, stall or
 * fail, so they are turned into their plain equivalents or dropped.
 */
final class SpokenText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSPEAKABLE = Pattern.compile("[^\\x20-\\x7E]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPEAKABLE = Pattern.compile("[A-Za-z0-9]");

    private SpokenText() {
    }

    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"")
                // A dash between words is a pause in speech, which FreeTTS makes of a comma.
                .replaceAll("\\s*[\\u2013\\u2014\\u2015]\\s*", ", ")
                .replace("\u2026", "...")
                .replace("\u00DF", "ss")
                .replace("\u00C6", "AE").replace("\u00E6", "ae")
                .replace("\u0152", "OE").replace("\u0153", "oe");
        String unaccented = COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        String ascii = UNSPEAKABLE.matcher(unaccented).replaceAll(" ");
        return SPACES.matcher(ascii).replaceAll(" ").strip();
    }

    /** Whether anything in the text makes a sound: punctuation alone does not. */
    static boolean isSpeakable(String spoken) {
        return SPEAKABLE.matcher(spoken).find();
    }
}
