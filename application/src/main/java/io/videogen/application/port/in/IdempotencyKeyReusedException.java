package io.videogen.application.port.in;

import io.videogen.domain.shared.DomainException;

/** An idempotency key came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException(String key) {
        super("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key '" + key + "' was already used for a different request; "
                + "use a new key for a new request");
    }
}
