package io.videogen.presentation.rest.asset;

import io.videogen.domain.shared.DomainException;

/** An upload above the configured cap. */
class PayloadTooLargeException extends DomainException {

    PayloadTooLargeException(String message) {
        super("PAYLOAD_TOO_LARGE", message);
    }
}
