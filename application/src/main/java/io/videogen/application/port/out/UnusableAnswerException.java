package io.videogen.application.port.out;

/**
 * A provider answered, but not with what was asked for (a script that breaks its schema, audio that
 * is not audio, an image that is not an image) — also after being asked once more.
 */
public class UnusableAnswerException extends RenderStepException {

    private final String provider;

    public UnusableAnswerException(String provider, String message) {
        super(message, true);
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }
}
