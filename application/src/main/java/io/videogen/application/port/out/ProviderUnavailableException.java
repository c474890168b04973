package io.videogen.application.port.out;

import java.time.Duration;

/**
 * A provider could not serve a call: unreachable, too slow, failing, its circuit open, its
 * concurrency full or switched off. Trying again later may help; {@link #retryAfter()} says when.
 */
public class ProviderUnavailableException extends RenderStepException {

    private final String provider;
    private final Duration retryAfter;

    public ProviderUnavailableException(String provider, String message, Duration retryAfter, Throwable cause) {
        super(message, true, cause);
        this.provider = provider;
        this.retryAfter = retryAfter;
    }

    public String provider() {
        return provider;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
