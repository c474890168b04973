package io.videogen.domain.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a translation instead of trusting it: the same number of scenes, and in every text each
 * glossary term and each {@code {{variable}}} as often as in the source text.
 */
public final class TranslationCheck {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.-]+\\s*}}");

    private TranslationCheck() {
    }

    /** What is wrong with {@code translated}; empty when nothing is. */
    public static List<String> violations(List<SceneTexts> source, List<SceneTexts> translated, List<String> glossary) {
        List<String> wrong = new ArrayList<>();
        if (translated.size() != source.size()) {
            wrong.add("the translation has " + translated.size() + " scenes, the source " + source.size());
            return wrong;
        }
        for (int i = 0; i < source.size(); i++) {
            compare(i, "text", source.get(i).text(), translated.get(i).text(), glossary, wrong);
            compare(i, "caption", source.get(i).caption(), translated.get(i).caption(), glossary, wrong);
            compare(i, "title", source.get(i).title(), translated.get(i).title(), glossary, wrong);
        }
        return wrong;
    }

    private static void compare(int scene, String field, String from, String to, List<String> glossary,
                                List<String> wrong) {
        if (from == null || from.isBlank()) {
            return;
        }
        if (to == null || to.isBlank()) {
            wrong.add("scene " + scene + " " + field + " is missing");
            return;
        }
        for (String term : glossary) {
            int expected = count(from, Pattern.compile(Pattern.quote(term)));
            if (expected > 0 && count(to, Pattern.compile(Pattern.quote(term))) != expected) {
                wrong.add("scene " + scene + " " + field + " does not keep the glossary term \"" + term + "\"");
            }
        }
        List<String> before = variables(from);
        List<String> after = variables(to);
        if (!before.equals(after)) {
            wrong.add("scene " + scene + " " + field + " changes the variables " + before + " into " + after);
        }
    }

    private static int count(String text, Pattern pattern) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> variables(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
