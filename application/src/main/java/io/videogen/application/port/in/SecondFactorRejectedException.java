package io.videogen.application.port.in;

import io.videogen.domain.shared.AuthenticationFailedException;

/**
 * A code or mfaToken that does not prove the second factor: wrong, used before, or expired. A failed
 * sign-in like a wrong password, but its message tells the person what to do.
 */
public final class SecondFactorRejectedException extends AuthenticationFailedException {

    public SecondFactorRejectedException(String message) {
        super(message);
    }
}
