package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts normalised text into sentences, as lists of words. A sentence ends after a word ending in
 * {@code . ! ? …} (closing quotes and brackets may follow), unless that word is a common abbreviation
 * (such as "Dr." or "e.g.") or an initial ("J."; not "I.", which far more often ends a sentence).
 * Splits fall only between words, so "3.5" or "example.com" are never cut.
 */
final class Sentences {

    private static final Pattern CLOSERS = Pattern.compile("[\"'\u201d\u2019\u00bb\u203a)\\]}\u300d\u300f*_]+$");
    private static final Pattern OPENERS = Pattern.compile("^[\"'\u201c\u2018\u00ab\u2039(\\[{\u300c\u300e*_]+");
    private static final Pattern INITIAL = Pattern.compile("[\\p{Lu}&&[^I]]\\.");
    private static final String ENDS = ".!?\u2026\u203c\u2047\u2048\u2049\u3002\uff01\uff1f";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "mt.", "vs.", "e.g.", "i.e.", "cf.",
            "approx.", "fig.", "nr.", "vol.", "pp.", "ca.", "dept.", "gen.", "gov.", "sgt.", "capt.",
            "lt.", "col.", "rev.", "hon.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.", "z.b.", "bzw.", "usw.");

    private Sentences() {
    }

    static List<List<String>> split(String normalised) {
        List<String> words = SpeakableText.words(normalised);
        List<List<String>> sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            sentence.add(words.get(i));
            boolean last = i == words.size() - 1;
            if (last || endsSentence(words.get(i))) {
                sentences.add(List.copyOf(sentence));
                sentence.clear();
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String word) {
        String bare = CLOSERS.matcher(word).replaceFirst("");
        if (bare.isEmpty() || ENDS.indexOf(bare.codePointBefore(bare.length())) < 0) {
            return false;
        }
        if (!bare.endsWith(".")) {
            return true;
        }
        String token = OPENERS.matcher(bare).replaceFirst("");
        return !ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)) && !INITIAL.matcher(token).matches();
    }
}
