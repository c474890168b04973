package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;

/** The language models that answered did not answer with a usable script. Trying again may help. */
public class ScriptGenerationFailedException extends DomainException {

    public ScriptGenerationFailedException(String message) {
        super("SCRIPT_GENERATION_FAILED", message);
    }
}
