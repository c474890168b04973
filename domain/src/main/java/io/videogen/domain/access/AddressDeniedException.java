package io.videogen.domain.access;

import io.videogen.domain.shared.DomainException;

/** A client address the address rules refuse. */
public final class AddressDeniedException extends DomainException {

    public AddressDeniedException(String message) {
        super("ADDRESS_DENIED", message);
    }
}
