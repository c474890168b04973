package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;

/** The first request with this idempotency key is still being handled. */
public class RequestInProgressException extends DomainException {

    public RequestInProgressException(String key) {
        super("RESOURCE_CONFLICT", "a request with Idempotency-Key '" + key + "' is still being handled; "
                + "repeat it in a moment to get its response");
    }
}
