package io.videogen.domain.script;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders (spaces inside the braces allowed) from the request's variables.
 * Names match {@code [A-Za-z_][A-Za-z0-9_.-]*}; braces around anything else are left as written.
 * Values are inserted as they are and not searched for placeholders again, so a value can never
 * pull in another variable or loop.
 */
public final class ScriptVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    private ScriptVariables() {
    }

    /** The variable names the text uses, each once, in the order they first appear. */
    public static List<String> usedIn(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * The text with every placeholder replaced by its value.
     *
     * @throws MissingVariableException naming every used variable that has no value
     */
    public static String substitute(String text, Map<String, String> variables) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(variables, "variables");
        List<String> missing = new ArrayList<>();
        for (String name : usedIn(text)) {
            if (variables.get(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingVariableException(missing);
        }
        return PLACEHOLDER.matcher(text)
                .replaceAll(placeholder -> Matcher.quoteReplacement(variables.get(placeholder.group(1))));
    }
}
