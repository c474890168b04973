package io.videogen.infrastructure.speech;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The words of a text as a voice says them: split at spaces, each with letters or digits. */
final class SpokenWords {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_SOUND = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private SpokenWords() {
    }

    /** The words with their punctuation still attached. */
    static List<String> of(String text) {
        return Arrays.stream(SPACES.split(text.strip())).filter(word -> HAS_SOUND.matcher(word).find()).toList();
    }

    /** The word without the punctuation around it, as a caption shows it. */
    static String bare(String word) {
        return EDGE_MARKS.matcher(word).replaceAll("");
    }
}
