package io.videogen.domain.script;

import io.videogen.domain.shared.DomainException;
import java.util.List;

/** The script names a {@code {{variable}}} that the request did not give a value for. */
public class MissingVariableException extends DomainException {

    private final List<String> missingVariables;

    public MissingVariableException(List<String> missingVariables) {
        super("VALIDATION_FAILED", message(missingVariables));
        this.missingVariables = List.copyOf(missingVariables);
    }

    /** The missing names, in the order the script first uses them. */
    public List<String> missingVariables() {
        return missingVariables;
    }

    private static String message(List<String> names) {
        if (names.size() == 1) {
            String name = names.get(0);
            return "Script uses {{" + name + "}} but no variable '" + name + "' was given: add it to \"variables\"";
        }
        return "Script uses " + listed(names, "{{", "}}") + " but no variables " + listed(names, "'", "'")
                + " were given: add them to \"variables\"";
    }

    private static String listed(List<String> names, String before, String after) {
        List<String> quoted = names.stream().map(name -> before + name + after).toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
