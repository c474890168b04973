package io.videogen.domain.script;

import io.videogen.domain.shared.InvalidValueException;

/** The request is well-formed, but its script yields nothing a narrator could say. */
public class ScriptParsingException extends InvalidValueException {

    public ScriptParsingException(String field, String message) {
        super("SCRIPT_PARSING_FAILED", field, message);
    }
}
