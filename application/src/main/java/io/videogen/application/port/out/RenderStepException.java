package io.videogen.application.port.out;

/**
 * A render step failed. Says whether trying again may help (a provider timed out) or not (the
 * input cannot be rendered).
 */
public class RenderStepException extends RuntimeException {

    private final boolean retryable;

    public RenderStepException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public RenderStepException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
